import type { Term } from './painted-term';

/** Highlight names in `CSS.highlights`; every one begins with "metodelup". */
export const HIGHLIGHT_NAME = 'metodelup-term';
/** The same terms marked with an underline instead of a background (the style setting). */
export const UNDERLINE_NAME = 'metodelup-term-underline';
/** References to provisions (a dotted underline): never the terms' name or style. */
export const REFERENCE_NAME = 'metodelup-reference';

/**
 * The ranges the painter has registered: the terms in one Highlight under the style's name, the
 * references to provisions in one of their own, each made anew with all its ranges in one call
 * (cheaper than adding and deleting one by one; the browser redraws once either way).
 */
export function registeredHighlights(registry: HighlightRegistry) {
  let name = HIGHLIGHT_NAME;
  let terms = new Highlight();
  registry.set(name, terms);
  let references = new Highlight();
  /** The term of each registered range: the only ranges `highlightsFromPoint` can answer with. */
  let byRange = new Map<AbstractRange, Term>();
  let referencesLeftOut = false;

  return {
    /**
     * Registers exactly these terms. Without `withReferences` (a page that keeps changing) the
     * references among them are left out: every range near the screen costs each of its frames.
     */
    register(wanted: readonly Term[], withReferences = true) {
      const own = wanted.filter((term) => !term.reference);
      const cited = withReferences && own.length < wanted.length ? wanted.filter((term) => term.reference) : [];
      byRange = new Map([...own, ...cited].map((term) => [term.range, term]));
      terms = new Highlight(...own.map((term) => term.range));
      registry.set(name, terms);
      if (cited.length > 0 || references.size > 0) {
        references = new Highlight(...cited.map((term) => term.range));
        registry.set(REFERENCE_NAME, references);
      }
      referencesLeftOut = !withReferences;
    },
    /** The last registration left the references out. */
    get referencesLeftOut() {
      return referencesLeftOut;
    },
    termOf: (range: AbstractRange) => byRange.get(range),
    /** Registers the terms under another name (another style). */
    setName(next: string) {
      if (next === name) return;
      if (registry.get(name) === terms) registry.delete(name);
      name = next;
      registry.set(name, terms);
    },
    clear() {
      if (registry.get(name) === terms) registry.delete(name);
      if (registry.get(REFERENCE_NAME) === references) registry.delete(REFERENCE_NAME);
      terms.clear();
      references.clear();
      byRange = new Map();
    },
  };
}
