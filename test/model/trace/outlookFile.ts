// A small real Outlook .msg built in the test: a compound file with the MAPI streams Outlook writes,
// made by the reader library's own compound-file writer, so no sample file is copied.
import { burn, type Entry } from '@kenjiuno/msgreader/lib/Burner';
import { TypeEnum } from '@kenjiuno/msgreader/lib/Reader';
const utf16 = (text: string) => {
  const bytes = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i += 1) {
    bytes[2 * i] = text.charCodeAt(i) & 0xff;
    bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
  }
  return bytes;
};

/** A .msg holding the given transport header (PR_TRANSPORT_MESSAGE_HEADERS, 0x007D), subject and body. */
export function outlookFile(headers: string | null, body: string): Uint8Array {
  const streams: [string, Uint8Array][] = [
    ['__substg1.0_0037001F', utf16('Lunch on Friday?')],
    ['__substg1.0_1000001F', utf16(body)],
    ['__properties_version1.0', new Uint8Array(32)],
    ...(headers === null ? [] : ([['__substg1.0_007D001F', utf16(headers)]] as [string, Uint8Array][])),
  ];
  const entries: Entry[] = [
    { name: 'Root Entry', type: TypeEnum.ROOT, length: 0, children: streams.map((_, i) => i + 1) },
    ...streams.map(([name, data]) => ({
      name,
      type: TypeEnum.DOCUMENT,
      length: data.length,
      binaryProvider: () => data,
    })),
  ];
  return burn(entries);
}
