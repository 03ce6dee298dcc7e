// Lint rules: typescript-eslint's recommended set, React hooks rules, and the layer boundaries of DESIGN.md.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (group, message) => ({ 'no-restricted-imports': ['error', { patterns: [{ group, message }] }] });

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
      ...layer(
        ['react', 'react-*', 'd3-*', 'zustand', 'zustand/*', '**/store/**', '**/view/**', '**/embed/**'],
        'The model is pure: no React, D3, zustand, store, views or embedding.',
      ),
      '@typescript-eslint/no-explicit-any': 'error',
      'no-restricted-globals': ['error', 'document', 'window', 'Date', 'requestAnimationFrame'],
    },
  },
  {
    files: ['src/store/**'],
    rules: layer(['react', 'react-dom', 'd3-*', '**/view/**', '**/embed/**'], 'The store has no components and no D3.'),
  },
  {
    files: ['src/view/**'],
    rules: layer(
      [
        '**/model/journey',
        '**/model/network',
        '**/model/steps',
        '**/model/plan',
        '**/model/dns',
        '**/model/world',
        '**/model/message',
        '**/model/annotate',
        '**/model/protocol/*',
        '**/embed/*',
      ],
      'Views use the model through src/model/index.ts (and model/detail.ts for the Expert panel), and never the embedding layer.',
    ),
  },
);
