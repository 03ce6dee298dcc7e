// Types of the tracer's benchmark helpers, for the browser tests that paste the same long chain.
import type { Browser } from 'playwright-core';

/** `count` Received lines (3,000 by default) through three organisations, one second apart, newest on top. */
export function longChain(count?: number): string;
export const CORPUS_DIR: string;
export function measureCorpus(browser: Browser, url: string): Promise<unknown>;
export function measureLongChain(browser: Browser, appUrl: string): Promise<unknown>;
