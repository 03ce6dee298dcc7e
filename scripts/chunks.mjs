// How the app and <email-journey> are cut into files: the first screen in one chunk.
//
// Three load tiers by what the code is: the first screen (mount.tsx and everything it imports
// statically: React, D3, the store, the first picture, the first screen's English), the later tier
// (src/embed/later.ts, fetched by the mount right after the first paint) and the parts fetched on
// demand (Expert detail, the tracer, each other language). Here only the first is shaped: left to
// itself, the bundler splits it by which page or lazy part shares which module (the store with the
// lesson page), and each piece is compressed on its own: 2 KB (app) to 4 KB (element) more gzip on
// the first load, for nothing. The later parts import what they share from this chunk, which is
// always loaded before them. The lesson link joins it: the standalone page keeps the lesson settings
// in its address from the start, and on its own it would be one more small file.
const TRANSLATION = /src[\\/]i18n[\\/]((?!en[\\/])[a-z]{2,3})[\\/]\w+\.ts$/;

export const FIRST_SCREEN_CHUNK = {
  groups: [
    {
      name: 'mount',
      test: /src[\\/](embed[\\/]mount\.tsx|view[\\/]lesson[\\/]lessonLink\.ts)$/,
      includeDependenciesRecursively: true,
    },
    {
      // Every language but English is one chunk named for it (de-….js): its tier files
      // (src/i18n/<lang>/*.ts) always load together, so one request instead of four.
      name: (id) => TRANSLATION.exec(id)?.[1] ?? null,
      debugName: 'languages',
      test: TRANSLATION,
    },
  ],
};
