/**
 * The acts of the field and what reads them (issue 18): which act a page holds, the sense of a word
 * shared by several acts, the words of the field only. Pure: no DOM, no browser API. The register
 * itself is `data/acts.json`, checked by `schema.ts` at build time.
 */
export { ACT_PREFIX, actOf, actsAsMatchable, isActId, type ActNames } from './act-names';
export { FIELD_TERMS, isFieldHost } from './field';
export { actOfPage, eliKey, type ActsByEli } from './page-act';
export { chooseSenses, holdsFieldTerms, NEAR, type SensedMatch } from './senses';
