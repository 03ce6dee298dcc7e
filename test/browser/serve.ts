// Global setup for browser tests: serves dist/ with `vite preview` on a free local port, and starts
// the one Chromium every test file connects to.
import { existsSync } from 'node:fs';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { startChromiumServer } from './chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumEndpoint: string;
  }
}

export default async function serve(project: TestProject) {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `npm run build` first (npm test does).');
  const server = await preview({ preview: { port: 0, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  const chromium = await startChromiumServer().catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  project.provide('baseUrl', url.replace(/\/$/, ''));
  project.provide('chromiumEndpoint', chromium.wsEndpoint());
  return async () => {
    await chromium.close();
    await server.close();
  };
}
