// The default journey's first picture, worked out at build time (scripts/firstPicture.mjs).
declare module 'virtual:first-picture' {
  const FIRST: ReturnType<typeof import('../scripts/firstPictureData').firstPictureOf>;
  export default FIRST;
}
