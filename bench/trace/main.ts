// Benchmark page: times the tracer's whole reading pipeline (header section, postal-mime, Received
// parsing, hops and delays) on headers of a given size, built from the bundled samples' headers,
// and on the shared corpus of real headers handed over by the benchmark.
import { readMessage, SAMPLES } from '../../src/model/trace';

const headerOf = (message: string) => message.slice(0, message.indexOf('\n\n') + 1);
const BLOCK = Object.values(SAMPLES).map(headerOf).join('');

/** A header of about `bytes` bytes: the samples' header fields repeated, cut before a field. */
function headerOfSize(bytes: number): string {
  const text = BLOCK.repeat(Math.ceil(bytes / BLOCK.length));
  const cut = text.lastIndexOf('\nReceived:', bytes);
  return text.slice(0, cut > 0 ? cut + 1 : bytes);
}

const prepared = new Map<number, string>();

/**
 * One timed read of a header of about `bytes` bytes; the benchmark calls it several times, with a
 * forced garbage collection before each, and takes the median.
 */
async function readOnce(bytes: number): Promise<{ bytes: number; receivedLines: number; ms: number }> {
  if (!prepared.has(bytes)) prepared.set(bytes, headerOfSize(bytes));
  const text = prepared.get(bytes)!;
  const start = performance.now();
  const result = await readMessage(text);
  const ms = performance.now() - start;
  return { bytes: text.length, receivedLines: result.ok ? result.trace.hops.length : 0, ms };
}

let corpus: Uint8Array[] = [];

/** The corpus files as the benchmark sends them (base64), decoded once so decoding is not timed. */
function loadCorpus(files: string[]): number {
  corpus = files.map((b64) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0)));
  return corpus.length;
}

/** Reads every corpus file as a dropped .eml (bytes), one after the other: the total time and what came out. */
async function readCorpus(): Promise<{ messages: number; bytes: number; hops: number; failed: number; ms: number }> {
  let hops = 0;
  let failed = 0;
  const start = performance.now();
  for (const bytes of corpus) {
    const result = await readMessage(bytes);
    if (result.ok) hops += result.trace.hops.length;
    else failed += 1;
  }
  const ms = performance.now() - start;
  const bytes = corpus.reduce((sum, b) => sum + b.length, 0);
  return { messages: corpus.length, bytes, hops, failed, ms };
}

Object.assign(window, { benchTrace: readOnce, loadCorpus, benchCorpus: readCorpus });
