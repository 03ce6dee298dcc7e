// No import cycles in the model (issue 12 point 6): type-only imports count too, since a circle of
// types is still a circle a reader has to untangle. The shared types live in vocabulary.ts.
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
    expect(graph.get(join(ROOT, 'run.ts'))).toContain(join(ROOT, 'journey.ts'));
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
