// The shared corpus of real headers (../shared/corpus/headers, described in SOURCES.md), read in
// place: the files are never copied into the project.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('../../../../shared/corpus/headers/', import.meta.url));
const SOURCES = fileURLToPath(new URL('../../../../shared/corpus/SOURCES.md', import.meta.url));

export const corpusPresent = () => existsSync(CORPUS_DIR) && existsSync(SOURCES);

export interface CorpusFile {
  name: string;
  bytes: Uint8Array;
  /** Received lines in the file's top header, as SOURCES.md counts them (an oracle independent of the parser). */
  expectedReceived: number | null;
}

/** SOURCES.md's table: `| file | repository | path | Received lines in top header | note |`. */
function expectedCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(SOURCES, 'utf8').split('\n')) {
    const cells = line.split('|').map((c) => c.trim());
    if (cells.length >= 6 && /^\d+$/.test(cells[4]!)) counts.set(cells[1]!, Number(cells[4]));
  }
  return counts;
}

export function corpusFiles(): CorpusFile[] {
  const counts = expectedCounts();
  return readdirSync(CORPUS_DIR)
    .sort()
    .map((name) => ({
      name,
      bytes: new Uint8Array(readFileSync(CORPUS_DIR + name)),
      expectedReceived: counts.get(name) ?? null,
    }));
}
