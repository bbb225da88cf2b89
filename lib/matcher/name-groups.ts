import type { CompiledName } from './compile-glossary';
import { deriveForms } from './danish-forms';

/** Keys of two characters below this code each stay small integers (fast Map keys). */
const KEY_RANGE = 0x3000;

/** A name as the matcher uses it. */
export interface PreparedName extends CompiledName {
  /** The last word as written in the name, lower case; a compound starts with it. */
  lastBase: string;
  /** Every accepted spelling of the last word, lower case: derived the first time a page needs them. */
  lastForms: Set<string> | undefined;
}

export const prepare = (name: CompiledName): PreparedName => ({ ...name, lastBase: name.words.at(-1) ?? '', lastForms: undefined });

/** The Danish forms of the last word. Most names never come near a page's words, so this waits until one does. */
export function lastFormsOf(name: PreparedName): Set<string> {
  return (name.lastForms ??= new Set(name.inflect ? deriveForms(name.lastBase) : [name.lastBase]));
}

/** The first two letters of a lower-case word as one number (a fast Map key); 0 beyond the common scripts. */
export function keyOfWord(word: string): number {
  const first = word.charCodeAt(0);
  const second = word.length > 1 ? word.charCodeAt(1) : 0;
  return first < KEY_RANGE && second < KEY_RANGE ? first * KEY_RANGE + second : 0;
}

/** The names whose first word starts with the same two letters, arranged for lookup by whole word. */
export interface NameGroup {
  /** One-word names by every accepted spelling of their word: one Map lookup a word. */
  exact: Map<string, PreparedName>;
  /** The spellings several entries accept ("hjælpemidlerne" of two acts' hjælpemidler), with every such entry. */
  shared: Map<string, string[]>;
  /** One-word names whose word may head a compound ("fleksjob" in "fleksjobordningen"), longest first. */
  heads: PreparedName[];
  /** Names of more than one word, longest first. */
  phrases: PreparedName[];
}

export function groupNames(names: readonly PreparedName[]): NameGroup {
  const group: NameGroup = { exact: new Map(), shared: new Map(), heads: [], phrases: [] };
  // `names` is longest first: where two names share a spelling, the longer name keeps it.
  for (const name of names) {
    if (name.words.length > 1) {
      group.phrases.push(name);
      continue;
    }
    for (const form of lastFormsOf(name)) {
      const owner = group.exact.get(form);
      if (!owner) {
        group.exact.set(form, name);
      } else if (owner.entryId !== name.entryId) {
        const ids = group.shared.get(form) ?? [owner.entryId];
        if (!ids.includes(name.entryId)) ids.push(name.entryId);
        group.shared.set(form, ids);
      }
    }
    if (name.compound) group.heads.push(name);
  }
  return group;
}
