// Host names made to look like another one: Cyrillic `о` in `gооgle.com`, full-width letters or
// dots. A server's name in a Received line is ASCII (RFC 5321 §2.3.5; an international name is
// written as xn-- A-labels), so any such letter there was chosen to fool a reader.
// No library: the confusables ones are large tables or unmaintained, and tldts (already used for
// the public suffix) does not judge scripts. The engine's Unicode script classes and NFKC do it.

const NON_ASCII = /[\u0080-\u{10FFFF}]/u;
const NON_ASCII_ALL = new RegExp(NON_ASCII.source, 'gu');
/** Stops that IDNA (UTS #46) maps to `.`: a name holding them looks dotted but is one label. */
const ODD_DOTS = /[\u3002\uff0e\uff61]/;
const LATIN = /\p{Script=Latin}/u;
/** Scripts with letters drawn like Latin ones (UTS #39's mixed-script confusables, the usual ones). */
const LIKE_LATIN = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}\p{Script=Cherokee}]/u;
/** Cyrillic and Greek letters that look like Latin letters: a label of only these is a whole-script lookalike. */
const LOOKS_LATIN = /^[аеорсухіјѕԁһӏԛԝүвкмнтАВЕКМНОРСТХІЈЅαεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ\d-]+$/u;

/** Whether one label mixes Latin with a look-alike script, or is written wholly in look-alike letters. */
function lookalikeLabel(label: string): boolean {
  if (LIKE_LATIN.test(label) && LATIN.test(label)) return true;
  return LIKE_LATIN.test(label) && LOOKS_LATIN.test(label);
}

/**
 * Whether a host name is disguised as another: odd dots, full-width or other compatibility forms
 * (NFKC changes them), or a label mixing Latin with Cyrillic or Greek look-alikes.
 */
export function isLookalike(host: string): boolean {
  if (!NON_ASCII.test(host)) return false; // ASCII names (nearly all) need no further look
  if (ODD_DOTS.test(host) || host.normalize('NFKC') !== host) return true;
  return host.split('.').some(lookalikeLabel);
}

/** The name with every letter outside ASCII written as `<U+043E>`, so the disguise shows. */
export function showLookalike(host: string): string {
  return host.replace(NON_ASCII_ALL, (c) => `<U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}>`);
}
