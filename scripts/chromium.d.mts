// Types for scripts/chromium.mjs, so the TypeScript tests can share it.
export declare const CHROMIUM_FLAGS: string[];
export declare const INSTALL_COMMAND: string;
export declare function findChromium(): string | undefined;
