// Benchmark page: times the tracer's whole reading pipeline (header section, postal-mime, Received
// parsing, hops and delays) on headers of a given size, built from the bundled samples' headers.
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

(window as unknown as { benchTrace: typeof readOnce }).benchTrace = readOnce;
