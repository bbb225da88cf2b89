/**
 * The fields of law an entry belongs to, for narrowing a long glossary in the side panel (issue 19):
 * the teams a caseworker works in. An entry may belong to more than one. Labels are in
 * `_locales` (`area_<id>`).
 */
export const AREAS = ['employment', 'benefits', 'sickness', 'social', 'pension', 'insurance', 'youth', 'procedure'] as const;

export type Area = (typeof AREAS)[number];
