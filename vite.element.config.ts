// Builds <email-journey> as one standalone ES module (React, D3 and styles inside): dist/email-journey.js.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  plugins: [react()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    minify: true,
    // Library mode keeps whitespace in ES output by default, and splits lazy parts into extra files;
    // an embedder wants one small file to copy.
    rolldownOptions: { output: { minify: true, inlineDynamicImports: true } },
    sourcemap: true,
    lib: { entry: 'src/embed/element.tsx', formats: ['es'], fileName: () => 'email-journey.js' },
  },
});
