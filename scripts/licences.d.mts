// Types for scripts/licences.mjs, so the TypeScript build configurations can use it.
import type { Plugin } from 'vite';
export declare function licenceNotices(fileName: string): Plugin;
export declare function noticesFor(dirs: Iterable<string>, product: string): string;
