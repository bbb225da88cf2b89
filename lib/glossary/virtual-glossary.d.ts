declare module 'virtual:metodelup-glossary' {
  /** `data/glossary.json`, validated and normalised at build time (scripts/vite-glossary-plugin.ts). */
  const glossary: import('@/lib/glossary/schema').Glossary;
  export default glossary;
}

declare module 'virtual:metodelup-glossary/match' {
  /** The same entries with only the fields the page matcher reads. */
  const entries: import('@/lib/glossary/matchable').MatchableEntry[];
  export default entries;
}
