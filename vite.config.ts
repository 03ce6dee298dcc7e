// Vite builds the pages (the app, the iframe page, the example lesson); Vitest runs unit and component tests.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [react()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: { main: 'index.html', embed: 'embed.html', lesson: 'lesson.html' } },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    include: ['test/{model,store,view,embed}/**/*.test.{ts,tsx}'],
    setupFiles: ['test/setup.ts'],
    reporters: ['default', './test/summary-reporter.ts'],
  },
});
