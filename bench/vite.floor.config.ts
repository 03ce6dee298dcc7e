// Builds the benchmark's floor page the same way as the app (same plugin, target, minifier).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'bench/floor',
  plugins: [react()],
  logLevel: 'warn',
  build: { target: 'es2022', outDir: '../.floor-dist', emptyOutDir: true },
});
