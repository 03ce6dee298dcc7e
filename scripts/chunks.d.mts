// Types for scripts/chunks.mjs, so the TypeScript build configurations can use it.
import type { CodeSplittingOptions } from 'rolldown';
export declare const FIRST_SCREEN_CHUNK: CodeSplittingOptions;
