import { eliKey } from './page-act';
import type { ActRecord } from './schema';

/** What the register says of the document a page holds: a consolidation since replaced, or the current one amended since. */
export type ConsolidationStatus =
  | { kind: 'superseded'; held: string; amendments: ActRecord['amendedBy'] }
  | { kind: 'amended'; amendments: ActRecord['amendedBy'] };

/**
 * The status of the document a page holds (`eli`, "2023/1180"): superseded when the register lists
 * it among the act's earlier versions, amended when it is the current consolidation and acts have
 * amended it since; nothing for the current consolidation unamended, or a document the register
 * does not know (a newer one, perhaps: never a false alarm). `held` names it "nr. 1180 af 2023".
 */
export function consolidationStatus(act: Pick<ActRecord, 'consolidation' | 'earlier' | 'amendedBy'>, eli: string | undefined): ConsolidationStatus | undefined {
  if (!eli) return undefined;
  if (eliKey(act.consolidation.url) === eli) return act.amendedBy.length > 0 ? { kind: 'amended', amendments: act.amendedBy } : undefined;
  if (!act.earlier.some((url) => eliKey(url) === eli)) return undefined;
  const [year, number] = eli.split('/');
  return { kind: 'superseded', held: `nr. ${number ?? ''} af ${year ?? ''}`, amendments: act.amendedBy };
}
