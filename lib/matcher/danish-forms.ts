/**
 * Danish inflection by rule, for the last word of a glossary name. Definite -en/-et, plural
 * -er/-e/-erne/-ene, genitive -s, their combinations, and the doubled final consonant after a short
 * vowel (fleksjob → fleksjobbet, løntilskud → løntilskuddet). Irregular forms go in an entry's
 * `forms`. The rules over-generate a little (both "fleksjobet" and "fleksjobbet"); a form that no
 * one writes costs nothing, a missing one costs a highlight.
 */

import { endsWithLetter } from './char-classes';

const VOWELS = 'aeiouyæøåéü';
const DOUBLING = 'bdgklmnprt';

const AFTER_CONSONANT = ['en', 'et', 'er', 'erne', 'ene', 'e', 'ens', 'ets', 'ernes', 'enes', 'ers', 'es', 's'];
const AFTER_E = ['n', 't', 'r', 'rne', 'ne', 'ns', 'ts', 'rnes', 'nes', 's'];
const AFTER_OTHER_VOWEL = ['en', 'et', 'er', 'erne', 'ens', 'ets', 'ernes', 's'];
/** A word that is already a plural in -er (hjælpemidler): its definite plural and genitives. */
const AFTER_ER = ['ne', 'nes'];

const isVowel = (char: string | undefined) => char !== undefined && VOWELS.includes(char);

/** Unstressed endings that never double (hjælpemiddel → hjælpemidlet, not -dellet). */
const UNSTRESSED = /e[lrnmt]$/u;

/** True when the final consonant doubles before a suffix: one consonant after one (short) vowel. */
export function doublesFinalConsonant(word: string): boolean {
  const lower = word.toLowerCase();
  const last = lower.at(-1);
  return (
    last !== undefined &&
    !UNSTRESSED.test(lower) &&
    DOUBLING.includes(last) &&
    isVowel(lower.at(-2)) &&
    !isVowel(lower.at(-3)) &&
    lower.length >= 3
  );
}

/** The word itself and every form the rules derive from it, in the word's own letter case. */
export function deriveForms(word: string): string[] {
  const lower = word.toLowerCase();
  const last = lower.at(-1) ?? '';
  const forms = new Set([word]);
  if (!endsWithLetter(word)) return [...forms];
  const add = (stem: string, suffixes: readonly string[]) => {
    for (const suffix of suffixes) forms.add(stem + suffix);
  };
  if (last === 'e') {
    add(word, AFTER_E);
  } else if (isVowel(last)) {
    add(word, AFTER_OTHER_VOWEL);
  } else {
    add(word, AFTER_CONSONANT);
    if (lower.endsWith('er')) add(word, AFTER_ER);
    if (doublesFinalConsonant(word)) {
      const doubled = word + word.slice(-1);
      add(doubled, AFTER_CONSONANT.filter((suffix) => isVowel(suffix[0])));
    }
  }
  return [...forms];
}

/**
 * The stem Danish uses before an ending that begins with a vowel, for a word in unstressed
 * -el/-en/-er: the e drops and a doubled consonant before it is single (nummer → numr-e,
 * middel → midl-et, himmel → himl-en). Undefined for other words.
 */
export function syncopatedStem(word: string): string | undefined {
  const lower = word.toLowerCase();
  if (lower.length < 5 || !/[^aeiouyæøå]e[lnr]$/u.test(lower)) return undefined;
  const head = lower.slice(0, -2);
  const single = head.length >= 2 && head.at(-1) === head.at(-2) ? head.slice(0, -1) : head;
  return single + lower.slice(-1);
}
