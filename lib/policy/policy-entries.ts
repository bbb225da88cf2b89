import type { CustomEntry } from '../custom-glossary/entry';
import { everydayNames } from '../custom-glossary/everyday-names';
import { keepApart } from '../custom-glossary/keep-apart';
import { collectEntries } from '../custom-glossary/parse-json';
import { ORGANISATION_PREFIX } from './parse-policy';

/**
 * Reads the policy's `extraEntries` entry by entry: a wrong entry is left out with the reason, and
 * an entry with a built-in id is kept apart under the organisation's prefix. Names that are everyday
 * words are said to be left unmarked, unless the entry has `markAnyway`.
 */
export function policyEntries(reservedIds: ReadonlySet<string>) {
  return (entries: readonly unknown[]): { entries: CustomEntry[]; problems: string[] } => {
    const problems: string[] = [];
    const collected = collectEntries(entries.map((input: unknown, index) => ({ input, where: `extraEntries[${index}]` })));
    for (const invalid of collected.invalid) problems.push(`${invalid.errors.join(' ')} Opslaget ignoreres.`);
    const kept = keepApart(collected.entries, reservedIds, ORGANISATION_PREFIX);
    for (const { id, renamedTo } of kept.renamed) {
      problems.push(`extraEntries: id'et "${id}" findes i den indbyggede ordliste; opslaget vises som "${renamedTo}".`);
    }
    for (const entry of kept.entries) {
      const names = entry.markAnyway ? [] : everydayNames(entry);
      if (names.length === 0) continue;
      const listed = names.map((name) => `"${name}"`).join(', ');
      problems.push(`extraEntries "${entry.id}": ${listed} er almindelige ord eller kortere end tre bogstaver og markeres ikke på sider (opslaget kan søges); "markAnyway": true markerer dem alligevel.`);
    }
    return { entries: kept.entries, problems };
  };
}
