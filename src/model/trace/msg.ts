// Outlook .msg files (MS-OXMSG: a compound file of MAPI properties). The transport header that the
// receiving server stored (PR_TRANSPORT_MESSAGE_HEADERS) is what the tracer reads; a short start of
// the body goes below it, so a bounce saved from Outlook still shows its report. Read with
// @kenjiuno/msgreader, which this module alone imports: it is fetched only when a .msg is opened.
import * as msgreader from '@kenjiuno/msgreader';

type Reader = typeof msgreader.default;
/**
 * The reader class. The library is CommonJS with `exports.default`: Node's loader hands that over
 * as the default import, the browser bundle as the default's own `default`. Either way, the class.
 */
const MsgReader: Reader = (msgreader.default as unknown as { default?: Reader }).default ?? msgreader.default;

/** Enough of the body for a bounce's report or a summary; a whole body is not needed to trace. */
const BODY_CHARS = 20_000;

export type MsgText = { ok: true; text: string; body: string } | { ok: false; reason: 'unreadable' | 'noHeaders' };

/** The header and the body's start as one message text, or why there is none. Never throws. */
export function msgText(bytes: Uint8Array): MsgText {
  let data: ReturnType<InstanceType<Reader>['getFileData']>;
  try {
    data = new MsgReader(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)).getFileData();
  } catch {
    return { ok: false, reason: 'unreadable' };
  }
  if (data.error) return { ok: false, reason: 'unreadable' };
  const headers = (data.headers ?? '').replace(/\s+$/, '');
  if (!/^[!-9;-~]+:/m.test(headers)) return { ok: false, reason: 'noHeaders' };
  const body = (data.body ?? '').slice(0, BODY_CHARS);
  return { ok: true, text: `${headers}\r\n\r\n${body}`, body };
}
