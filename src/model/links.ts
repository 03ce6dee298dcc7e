// The links' face: reading what a link or an attribute says about the world (the `world` key). A
// face of its own so that the configuration parser (src/embed/config.ts), which a page without a
// query string never loads, brings the reader with it instead of the first page load.
export { decodeEdits } from './editCodec';
