import register from 'virtual:metodelup-acts';
import { senseActOf } from '../glossary/card-data';
import type { GlossaryEntry } from '../glossary/schema';

const byId = new Map(register.acts.map((act) => [act.id, act]));

/** What caseworkers call an act of the register ("serviceloven", "LAB"). */
export const actShortName = (id: string): string | undefined => byId.get(id)?.shortName;

/** The act whose sense an entry explains, by what caseworkers call it. */
export const senseActName = (entry: Pick<GlossaryEntry, 'acts' | 'legalBasis'>): string | undefined => {
  const act = senseActOf(entry);
  return act ? actShortName(act) : undefined;
};
