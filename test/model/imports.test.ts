// The model's shape: no import cycles between files (type-only imports count too, since a circle of
// types is still a circle a reader has to untangle), and, with each folder counted as one room, at
// most 14 rooms on at most 8 floors with no cycle between rooms (a room stands one floor above
// everything it imports). The shared types live in words/.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../src/model');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The model files a file imports or re-exports from (relative specifiers only). */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [...text.matchAll(/^\s*(?:import|export)\b[^'"]*?from\s+['"](\.[^'"]+)['"]/gm)].map(
    (m) => m[1] as string,
  );
  return specifiers.map((s) => {
    const base = resolve(dirname(file), s);
    const candidates = [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')];
    return (
      candidates.find((c) => {
        try {
          return statSync(c).isFile();
        } catch {
          return false;
        }
      }) ?? base
    );
  });
}

/** Every cycle found by depth-first search, as a list of paths relative to src/model. */
export function cycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of graph.keys()) if (!state.has(node)) visit(node);
  return found.map((c) => c.map((f) => relative(ROOT, f)));
}

describe('imports inside src/model', () => {
  const graph = new Map(files(ROOT).map((f) => [f, importsOf(f)]));

  it('reads every model file and its imports', () => {
    expect(graph.size).toBeGreaterThan(30);
    expect(graph.get(join(ROOT, 'plan/run.ts'))).toContain(join(ROOT, 'journey/machine.ts'));
  });

  it('form no cycle, not even through type-only imports', () => {
    expect(cycles(graph)).toEqual([]);
  });

  it('the check finds a cycle when there is one', () => {
    const a = join(ROOT, 'a.ts');
    const b = join(ROOT, 'b.ts');
    expect(
      cycles(
        new Map([
          [a, [b]],
          [b, [a]],
        ]),
      ),
    ).toEqual([['a.ts', 'b.ts', 'a.ts']]);
  });
});

/** The room of a model file: its top-level folder, or the file itself. */
const roomOf = (file: string) => relative(ROOT, file).split('/')[0] as string;

/** The floor of each room: 1 for a room that imports no other room, else one above its highest import. */
export function floors(rooms: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const floor = new Map<string, number>();
  const of = (room: string, seen: ReadonlySet<string>): number => {
    const known = floor.get(room);
    if (known !== undefined) return known;
    if (seen.has(room)) throw new Error(`rooms in a cycle: ${[...seen, room].join(' -> ')}`);
    const below = [...(rooms.get(room) ?? [])].map((r) => of(r, new Set([...seen, room])));
    const mine = 1 + Math.max(0, ...below);
    floor.set(room, mine);
    return mine;
  };
  for (const room of rooms.keys()) of(room, new Set());
  return floor;
}

describe('the model by kind: a folder per concern', () => {
  const rooms = new Map<string, Set<string>>();
  for (const file of files(ROOT)) {
    const mine = rooms.get(roomOf(file)) ?? new Set<string>();
    for (const target of importsOf(file)) if (roomOf(target) !== roomOf(file)) mine.add(roomOf(target));
    rooms.set(roomOf(file), mine);
  }

  it('has at most 14 rooms on at most 8 floors, with no cycle between rooms', () => {
    expect(rooms.size).toBeLessThanOrEqual(14);
    expect(Math.max(...floors(rooms).values())).toBeLessThanOrEqual(8);
  });

  it('keeps the shared words at the bottom: words/ imports no other room', () => {
    expect([...(rooms.get('words') ?? ['missing'])]).toEqual([]);
  });

  it('the floor check finds a cycle between rooms when there is one', () => {
    const twoRooms = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['a'])],
    ]);
    expect(() => floors(twoRooms)).toThrow(/cycle/);
  });
});
