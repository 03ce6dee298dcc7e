// The default journey's first picture, worked out at build time (scripts/firstPicture.ts).
declare module 'virtual:first-picture' {
  const FIRST: import('../scripts/firstPictureData').FirstPicture;
  export default FIRST;
}
