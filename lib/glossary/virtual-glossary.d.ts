declare module 'virtual:metodelup-glossary' {
  /** `data/glossary.json`, validated and normalised at build time (scripts/vite-glossary-plugin.ts). */
  const glossary: import('@/lib/glossary/schema').Glossary;
  export default glossary;
}
