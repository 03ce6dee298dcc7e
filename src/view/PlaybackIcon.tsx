// Playback button icons drawn as SVG, so they never depend on a font having the glyph.
const PATHS = {
  restart: 'M5 4h2v16H5z M20 4v16L9 12z',
  back: 'M19 4v16L8 12z M5 4h2v16H5z',
  play: 'M7 4v16l13-8z',
  pause: 'M6 4h4v16H6z M14 4h4v16h-4z',
  forward: 'M5 4v16l11-8z M17 4h2v16h-2z',
} as const;

export type PlaybackIconName = keyof typeof PATHS;

export function PlaybackIcon({ name }: { name: PlaybackIconName }) {
  return (
    <svg className="ej-icon-svg" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path d={PATHS[name]} fill="currentColor" />
    </svg>
  );
}
