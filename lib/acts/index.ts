/**
 * The acts of the field and what reads them (issues 18 and 21): which act a page holds, the sense
 * of a word shared by several acts, the words of the field only, the references to provisions in
 * a text and the act each points into. Pure: no DOM, no browser API. The register itself is
 * `data/acts.json`, checked by `schema.ts` at build time.
 */
export { ACT_PREFIX, actOf, actsAsMatchable, isActId, type ActNames } from './act-names';
export { FIELD_TERMS, isFieldHost } from './field';
export { consolidationStatus, type ConsolidationStatus } from './consolidation';
export { actOfPage, eliKey, type ActsByEli } from './page-act';
export { keyOrder, provisionAnchor, provisionLabel, spelled, type Provision } from './provision';
export { pieceOf, shortened, type Piece } from './provision-text';
export { holdsProvisions } from './reference-grammar';
export { findReferences, isReferenceId, REFERENCE_ID, type Reference } from './references';
export { chooseSenses, holdsFieldTerms, NEAR, type SensedMatch } from './senses';
