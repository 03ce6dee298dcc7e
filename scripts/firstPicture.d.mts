import type { Plugin } from 'vite';

/** Serves `virtual:first-picture`, the default journey's first picture worked out at build time. */
export function firstPicture(): Plugin;
