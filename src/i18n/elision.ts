// French elides "de" and "que" before a word that starts with a vowel: "la boîte aux lettres
// d’Alice", "plus tôt qu’Alice". The catalogue cannot write it, since the name is only known when a
// {placeholder} is filled, so the filling does it: for a person's name (a capital vowel, then small
// letters), never for host names, addresses, codes or numbers, which keep "de" as written.

/** The languages that elide, each with the words that do. */
const ELIDING: Readonly<Record<string, readonly string[]>> = { fr: ['de', 'De', 'que', 'Que'] };

const NAME_WITH_VOWEL = /^[AEIOUYÀÂÉÈÊÎÏÔÛ][a-zà-ÿ]/;

/** The word before a placeholder, as it is written before `value` in `lang` ("de " or "d’"). */
export function beforeName(word: string, value: string, lang: string): string {
  const bare = word.trimEnd();
  if (!ELIDING[lang]?.includes(bare) || !NAME_WITH_VOWEL.test(value)) return word;
  return `${bare.slice(0, -1)}’`;
}

/** The pattern of a placeholder with the word before it, when that word may elide. */
export const PLACEHOLDER_AFTER_WORD = /(\b(?:[Dd]e|[Qq]ue) )?\{(\w+)\}/g;
