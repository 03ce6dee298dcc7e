// Reads pasted text or a dropped file into a trace, or a friendly reason why it holds none.
// postal-mime does the MIME work for the few fields that need it (field names, duplicates); the
// Received lines and the trace logic are ours.
import PostalMime from 'postal-mime';
import { analyseTrace } from './analyse';
import { readReport } from './bounce';
import { parseReceived } from './received';
import { returnedRoute } from './returned';
import { headerSection, type HeaderSection } from './section';
import type { ReceivedFields, TraceResult } from './types';

/** Signatures of files people drop by mistake: images, PDF, archives, Office documents. */
const MAGIC: readonly number[][] = [
  [0x89, 0x50, 0x4e, 0x47], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF
  [0x25, 0x50, 0x44, 0x46], // PDF
  [0x50, 0x4b, 0x03, 0x04], // ZIP, DOCX, ODT
  [0x52, 0x49, 0x46, 0x46], // RIFF: WebP, WAV
];

function looksBinary(bytes: Uint8Array): boolean {
  if (MAGIC.some((sig) => sig.every((b, i) => bytes[i] === b))) return true;
  const sample = bytes.subarray(0, 8192);
  let control = 0; // NUL and other control bytes that text never holds (tab, newlines and ESC allowed)
  for (const b of sample) if (b < 9 || (b > 13 && b < 32 && b !== 27)) control += 1;
  return control > 0 && control / Math.max(sample.length, 1) > 0.001;
}

const problem = (key: string, params?: Record<string, string | number>): TraceResult => ({
  ok: false,
  problem: { key, params },
});

/** UTF-16 with a byte-order mark: what Windows Notepad saves as "Unicode" (little endian) and "Unicode big endian". */
function utf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * An Outlook .msg file's header and body start, read by a library fetched only now: the trace's
 * first load never carries it. Null when the bytes are no compound file.
 */
async function fromOutlook(bytes: Uint8Array): Promise<{ text: string; body: string } | TraceResult | null> {
  if (!CFB.every((b, i) => bytes[i] === b)) return null;
  let read: typeof import('./msg');
  try {
    read = await import('./msg');
  } catch {
    return problem('trace.problem.msgUnreadable');
  }
  const result = read.msgText(bytes);
  if (!result.ok)
    return problem(result.reason === 'noHeaders' ? 'trace.problem.msgNoHeaders' : 'trace.problem.msgUnreadable');
  return { text: result.text, body: result.body };
}

/** The compound file signature (MS-CFB §2.2) of Outlook .msg files; tested here so no library loads for other files. */
const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** The first words of a body, on one line: enough to recognise the message. */
const bodyStart = (body: string): string | null => {
  const words = body.slice(0, 400).replace(/\s+/g, ' ').trim();
  return words ? (words.length > 200 ? `${words.slice(0, 200)}…` : words) : null;
};

function toText(input: string | Uint8Array): string | null {
  if (typeof input === 'string') return input;
  // Before the binary test: every other byte of UTF-16 text is a NUL.
  const wide = utf16(input);
  if (wide) return new TextDecoder(wide, { fatal: false }).decode(input);
  if (looksBinary(input)) return null;
  // Not fatal: broken bytes become U+FFFD and the rest of the header still reads.
  return new TextDecoder('utf-8', { fatal: false }).decode(input);
}

/**
 * The fields a trace reads, in order within each name. Received values come from headerSection as
 * written (postal-mime decodes no field values either), and a long trace holds thousands of them;
 * handing a megabyte to the MIME parser, which encodes it to bytes and decodes it again line by
 * line, took a quarter of the reading time. The other fields, few and short, go through postal-mime.
 */
async function fields(section: HeaderSection) {
  const parsed = section.header.trim()
    ? (await PostalMime.parse(`${section.header}\r\n\r\n`, { maxHeadersSize: 4 * 1024 * 1024 })).headers
    : [];
  // Authentication-Results keep their place among the Received fields: whose they are depends on it.
  let auth = 0;
  return [
    ...parsed.map((h) =>
      h.key === 'authentication-results'
        ? { key: h.key, value: h.value, receivedAbove: section.authAbove[auth++] }
        : { key: h.key, value: h.value },
    ),
    ...section.verdicts,
    ...section.received.map((value) => ({ key: 'received', value })),
  ];
}

/**
 * Whether the header could be a report's (a bounce, an auto-reply, a feedback report): only then is
 * the whole text read as MIME, so a megabyte of ordinary header costs nothing more.
 */
const mayBeReport = (header: string) =>
  /^(content-type:\s*multipart\/report|x-failed-recipients:|auto-submitted:|x-autoreply:|from:.*(mailer-daemon|postmaster|post_master|mail delivery|-admin@|no-?reply|staff@hotmail)|subject:.*(undeliver|deliver|failure|returned|bounce|fail|notification|not member|complaint|auto|out of office|abwesen))/im.test(
    header,
  );

/** Received lines parsed between two pauses: a few milliseconds of work each. */
const SLICE = 250;

/** Takes the Received values apart a slice at a time, letting the caller's `pause` run in between. */
async function parseAll(values: readonly string[], pause: () => Promise<void>): Promise<ReceivedFields[]> {
  const out: ReceivedFields[] = [];
  for (let i = 0; i < values.length; i += SLICE) {
    if (i > 0) await pause();
    for (const value of values.slice(i, i + SLICE)) out.push(parseReceived(value));
  }
  return out;
}

/**
 * Never throws: every way the input can be wrong ends in a problem the view can explain. `pause`
 * is awaited between slices of a long header (the store passes one that yields to the browser, so
 * reading thousands of lines never holds the page for long); the model itself keeps no clock.
 */
export async function readMessage(
  input: string | Uint8Array,
  pause: () => Promise<void> = async () => {},
): Promise<TraceResult> {
  const outlook = typeof input === 'string' ? null : await fromOutlook(input);
  if (outlook && 'ok' in outlook) return outlook;
  const text = outlook ? outlook.text : toText(input);
  if (text === null) return problem('trace.problem.binary');
  // Tests on the start of the text only: a pasted megabyte is never copied just to be checked.
  if (!/\S/.test(text)) return problem('trace.problem.empty');
  if (/^\s*[[{]/.test(text.slice(0, 4096))) return problem('trace.problem.json');
  const section = headerSection(text);
  if (section.fieldCount === 0) return problem('trace.problem.noHeader');
  try {
    const headers = await fields(section);
    const routed = headers.some((h) => h.key === 'received');
    // A bounce pasted without its Received lines still says who refused what, and why.
    const report = !routed || mayBeReport(section.header) ? readReport(text) : null;
    if (!routed && report?.kind !== 'bounce') return problem('trace.problem.noReceived');
    const parsed = await parseAll(section.received, pause);
    await pause();
    const trace = analyseTrace(headers, section.stray, parsed, section.strayCount);
    if (section.cut) trace.remarks.unshift({ key: 'trace.remark.cut' });
    if (outlook) {
      trace.remarks.unshift({ key: 'trace.remark.msg' });
      trace.bodyStart = bodyStart(outlook.body);
    }
    trace.report = report && report.kind !== 'mail' ? report : null;
    if (report?.kind === 'bounce') trace.returned = returnedRoute(report.bounce);
    if (!routed && !trace.returned) trace.remarks.unshift({ key: 'trace.remark.bounceOnly' });
    return { ok: true, trace };
  } catch {
    return problem('trace.problem.unreadable');
  }
}
