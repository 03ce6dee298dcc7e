// Lint rules: typescript-eslint's recommended set, React hooks rules, and the layer boundaries of DESIGN.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** One no-restricted-imports rule from [patterns, why] pairs (a later rule for the same files replaces an earlier one). */
const restrict = (...groups) => ({
  'no-restricted-imports': ['error', { patterns: groups.map(([group, message]) => ({ group, message })) }],
});

// The model's public faces (DESIGN.md): index.ts for the first screen, engine.ts for the journey
// tier (world, scenario, plan, edits, cards, the `world` key), detail.ts for the Expert panel, and the
// tracer's own face (model/trace/index.ts), loaded when its tab is opened. Anything deeper is internal.
const MODEL_FACES = [
  ['**/model/*', '!**/model/index', '!**/model/engine', '!**/model/detail', '!**/model/trace', '**/model/*/**'],
  'Use the model through its public faces: src/model/index.ts, engine.ts, detail.ts, src/model/trace/index.ts.',
];
const NO_D3 = [['d3', 'd3-*'], 'D3 lives only in the renderers (RENDERERS in eslint.config.js); React draws the rest.'];

/** The only files that draw with D3: React owns the <svg>, these draw and animate inside it. */
const RENDERERS = [
  'src/view/graph/renderer.ts',
  'src/view/graph/markers.ts',
  'src/view/graph/drawMarks.ts',
  'src/view/graph/tokens.ts',
  'src/view/graph/morph.ts',
  'src/view/trace/traceRenderer.ts',
];

/** What the model may not reach for: the clock, chance and the screen (time enters as dt from the store). */
const IMPURE_GLOBALS = [
  'document',
  'window',
  'Date',
  'performance',
  'setTimeout',
  'setInterval',
  'setImmediate',
  'clearTimeout',
  'clearInterval',
  'requestAnimationFrame',
  'cancelAnimationFrame',
  'requestIdleCallback',
].map((name) => ({ name, message: 'The model is pure and deterministic: no clock, timers or DOM (DESIGN.md).' }));

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'bench/results*',
      'bench/.floor-dist',
      'bench/.trace-dist',
      'coverage',
      '.tmp',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'react-hooks/refs': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.js'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['src/model/**'],
    rules: {
      ...restrict([
        [
          'react',
          'react-*',
          'd3',
          'd3-*',
          'zustand',
          'zustand/*',
          '**/store/**',
          '**/view/**',
          '**/embed/**',
          'node:*',
        ],
        'The model is pure: no React, D3, zustand, Node APIs, store, views or embedding.',
      ]),
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', ...IMPURE_GLOBALS],
      'no-restricted-properties': [
        'error',
        { object: 'Math', property: 'random', message: 'The model is deterministic: use a seeded generator.' },
        ...['globalThis', 'self'].flatMap((object) =>
          IMPURE_GLOBALS.map(({ name, message }) => ({ object, property: name, message })),
        ),
      ],
    },
  },
  {
    files: ['src/store/**'],
    rules: restrict(
      [
        ['react', 'react-dom', '**/view/**', '**/embed/**'],
        'The store has no components and knows no views or embedding.',
      ],
      NO_D3,
      MODEL_FACES,
    ),
  },
  {
    files: ['src/view/**'],
    ignores: RENDERERS,
    rules: restrict([['**/embed/*'], 'Views never use the embedding layer.'], NO_D3, MODEL_FACES),
  },
  {
    files: RENDERERS,
    rules: restrict([['**/embed/*'], 'Views never use the embedding layer.'], MODEL_FACES),
  },
  {
    files: ['src/embed/**'],
    rules: restrict(NO_D3, MODEL_FACES),
  },
);
