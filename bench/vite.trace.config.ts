// Builds the benchmark's trace-parsing page the same way as the app (same target and minifier).
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/trace',
  logLevel: 'warn',
  build: { target: 'es2022', outDir: '../.trace-dist', emptyOutDir: true },
});
