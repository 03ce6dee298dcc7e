// The iframe's `origin` key: which page may steer the frame and hear its events.
/** What `origin=` said: a usable origin, nothing (absent or empty), or a value that is not an origin. */
export type OriginSetting = { kind: 'origin'; origin: string } | { kind: 'absent' } | { kind: 'invalid'; raw: string };

/**
 * Reads `origin=` as an origin (scheme, host and port). What a teacher copies from the address bar
 * (`https://lessons.example.org/`, or a page's whole address) is accepted and cut to its origin;
 * anything without an http(s) scheme and a host (`foo`, `null`, `javascript:…`, a bare host name)
 * is invalid. An empty value means the same as none.
 */
export function parseOrigin(raw: string | null): OriginSetting {
  if (raw === null || raw.trim() === '') return { kind: 'absent' };
  try {
    const url = new URL(raw.trim());
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.host !== '')
      return { kind: 'origin', origin: url.origin };
  } catch {
    // Not a URL at all: reported below like any other value that is not an origin.
  }
  return { kind: 'invalid', raw };
}

/**
 * The one origin the frame talks to: the lesson site's when `origin=` names it, the frame's own
 * otherwise (so a page of another site that frames it learns nothing of the learner's message),
 * and none when the value is invalid.
 */
export function partnerOrigin(setting: OriginSetting, ownOrigin: string): string | null {
  if (setting.kind === 'origin') return setting.origin;
  if (setting.kind === 'absent') return ownOrigin === 'null' ? null : ownOrigin;
  return null;
}
