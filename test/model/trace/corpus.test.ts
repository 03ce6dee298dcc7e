// @vitest-environment node
// 438 real messages from real mail systems (../shared/corpus/headers, sources in SOURCES.md): every
// one traces without an exception, with one hop per Received line and every field its line states.
import { describe, expect, it } from 'vitest';
import { readMessage, type Hop } from '../../../src/model/trace';
import { SLIGHT_SKEW_SECONDS } from '../../../src/model/trace/analyse';
import { CORPUS_DIR, corpusFiles, corpusPresent } from './corpusFiles';

/**
 * A missing corpus fails on CI (which always has ../shared, so a missing folder there is a broken
 * checkout that must not pass silently) and skips elsewhere with a loud message: a contributor's
 * clone of the project alone has no ../shared, and that is not a fault of their change.
 */
const present = corpusPresent();
const required = Boolean(process.env.CI) || Boolean(process.env.EJ_REQUIRE_CORPUS);

if (!present) {
  console.warn(
    `\n*** The real-header corpus is missing: ${CORPUS_DIR} does not exist. ` +
      `The 438-message corpus test is ${required ? 'FAILING (CI must have ../shared)' : 'SKIPPED'}. ***\n`,
  );
}

/** Comments removed (nested ones too), so `by` and `from` inside "(qmail 123 invoked by uid 7)" do not count. */
function withoutComments(line: string): string {
  let out = '';
  let depth = 0;
  for (const c of line) {
    if (c === '(') depth += 1;
    else if (c === ')' && depth > 0) depth -= 1;
    else if (depth === 0) out += c;
  }
  return out;
}

/** What a mail administrator sees in the line, judged without the parser. */
const states = {
  date: (raw: string) =>
    /\b\d{1,2}\s+[a-z]{3}[a-z]*\s+\d{2,4}\s+\d{1,2}:\d{2}|\b\d{4}-\d{2}-\d{2}[t\s]\d{2}:\d{2}|[a-z]{3}\s+\d{1,2}\s+\d{1,2}:\d{2}:\d{2}\s+(\S+\s+)?\d{4}/i.test(
      raw.slice(raw.lastIndexOf(';') + 1),
    ),
  by: (raw: string) => /(^|\s)by\s+(?!(with|id|for|via)\s)[^\s;(]/i.test(withoutComments(raw)),
  from: (raw: string) => /^\s*from\s+[^\s;]/i.test(raw) && !/^\s*from\s+by\s/i.test(withoutComments(raw)),
};

const RED = new Set(['negative', 'implausible']);

/** Whether a red clock flag on this hop is earned: it is earlier than the previous dated hop by more than a few seconds. */
function skewEarned(hops: readonly Hop[], i: number): boolean {
  const hop = hops[i]!;
  if (hop.skew === 'implausible') return true;
  const previous = hops.slice(0, i).findLast((h) => h.fields.date);
  if (!previous || !hop.fields.date) return false;
  return previous.fields.date!.epochSeconds - hop.fields.date.epochSeconds > SLIGHT_SKEW_SECONDS;
}

describe.runIf(present || required)('the real-header corpus', () => {
  it('is there (CI has ../shared/corpus/headers)', () => {
    expect(present, `${CORPUS_DIR} is missing`).toBe(true);
  });

  it('traces every message: no exception, one hop per Received line, every stated field read', async () => {
    const files = present ? corpusFiles() : [];
    expect(files.length).toBeGreaterThanOrEqual(400);
    const failures: string[] = [];
    const figures = { messages: 0, hops: 0, exceptions: 0, dated: 0, red: 0, slight: 0, dateAhead: 0, flagged: 0 };
    for (const file of files) {
      let result: Awaited<ReturnType<typeof readMessage>>;
      try {
        result = await readMessage(file.bytes);
      } catch (error) {
        figures.exceptions += 1;
        failures.push(`${file.name}: threw ${String(error)}`);
        continue;
      }
      figures.messages += 1;
      const hops = result.ok ? result.trace.hops : [];
      figures.hops += hops.length;
      if (file.expectedReceived !== null && hops.length !== file.expectedReceived)
        failures.push(`${file.name}: ${hops.length} hops for ${file.expectedReceived} Received lines`);
      hops.forEach((hop, i) => {
        const where = `${file.name} line ${hop.line}`;
        if (hop.fields.date) figures.dated += 1;
        if (states.date(hop.raw) && !hop.fields.date) failures.push(`${where}: date not read`);
        if (states.by(hop.raw) && !hop.fields.by) failures.push(`${where}: by-host not read`);
        if (states.from(hop.raw) && !(hop.fields.helo || hop.fields.rdns || hop.fields.ip))
          failures.push(`${where}: from-host not read`);
        if (hop.skew && RED.has(hop.skew)) figures.red += 1;
        if (hop.skew === 'slight') figures.slight += 1;
        if (hop.skew === 'date') figures.dateAhead += 1;
        if (hop.skew && RED.has(hop.skew) && !skewEarned(hops, i)) failures.push(`${where}: red clock flag not earned`);
        // Date: is judged with the same tolerance: the sender's device a few seconds ahead is no skew.
        const sent = result.ok ? result.trace.sent : null;
        if (
          hop.skew === 'date' &&
          sent &&
          hop.fields.date &&
          sent.epochSeconds - hop.fields.date.epochSeconds <= SLIGHT_SKEW_SECONDS
        )
          failures.push(`${where}: Date: flagged within the tolerance`);
      });
      if (hops.some((h) => h.skew === 'date' || (h.skew !== null && RED.has(h.skew)))) figures.flagged += 1;
    }
    console.info(`corpus: ${JSON.stringify(figures)}`);
    expect(failures).toEqual([]);
    expect(figures.exceptions).toBe(0);
  });
});
