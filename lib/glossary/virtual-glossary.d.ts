declare module 'virtual:metodelup-glossary' {
  /** `data/glossary.json`, validated and normalised at build time (scripts/vite-glossary-plugin.ts). */
  const glossary: import('@/lib/glossary/schema').Glossary;
  export default glossary;
  /** The day whose law the texts describe (YYYY-MM-DD), from the file's `glossaryDate`. */
  export const glossaryDate: string | null;
}

declare module 'virtual:metodelup-glossary/matcher' {
  /** The glossary compiled for the page matcher at build time (`compileGlossary`). */
  const compiled: import('@/lib/matcher/compile-glossary').CompiledGlossary;
  export default compiled;
}

declare module 'virtual:metodelup-glossary/cards' {
  /** What the hover card shows of each entry. */
  const cards: import('@/lib/glossary/card-data').CardData[];
  export default cards;
}

declare module 'virtual:metodelup-glossary/search-index' {
  /** The MiniSearch index of the glossary, serialised at build time (MiniSearch.loadJSON). */
  const serialised: string;
  export default serialised;
}

declare module 'virtual:metodelup-glossary/kinds' {
  /** Category, everyday flag and abolition day of each entry, for the content script's settings. */
  const kinds: Record<string, import('@/lib/glossary/entry-kinds').EntryKind>;
  export default kinds;
}

declare module 'virtual:metodelup-acts' {
  /** `data/acts.json`, the register of acts, validated at build time. */
  const register: import('@/lib/acts/schema').ActRegister;
  export default register;
}

declare module 'virtual:metodelup-acts/eli' {
  /** Each act's retsinformation.dk addresses by ELI key ("2024/280" → "lab"), for the content script. */
  const byEli: import('@/lib/acts/page-act').ActsByEli;
  export default byEli;
}
