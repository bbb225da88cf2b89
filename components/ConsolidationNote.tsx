import register from 'virtual:metodelup-acts';
import { consolidationStatus } from '@/lib/acts';
import { t } from '@/lib/i18n';
import type { PageAct } from '@/lib/messages';
import { AmendmentList } from './AmendmentList';

const byId = new Map(register.acts.map((act) => [act.id, act]));

/**
 * Beside "På denne side": the page holds a consolidation the register knows to be replaced
 * (barselsloven LBK 1180/2023, where LBK 206/2026 is in force) or since amended (LAB's LBK
 * 280/2024 after act 1750/2025); the note links the current consolidation and the amending acts.
 */
export function ConsolidationNote({ pageAct }: { pageAct: PageAct | undefined }) {
  const act = pageAct ? byId.get(pageAct.id) : undefined;
  const status = act ? consolidationStatus(act, pageAct?.eli) : undefined;
  if (!act || !status) return null;
  return (
    <div class="consolidation-note" role="status">
      <p>
        {status.kind === 'superseded'
          ? t('consolidationSuperseded', [act.shortName, status.held, act.consolidation.title])
          : t('consolidationAmended', [act.shortName, act.consolidation.title])}
      </p>
      {status.amendments.length > 0 && (
        <AmendmentList amendments={status.amendments} class="consolidation-note__amendments" />
      )}
      <p>
        <a href={act.consolidation.url} target="_blank" rel="noreferrer">
          {t('consolidationOpenCurrent')}: {act.consolidation.title}
        </a>
      </p>
    </div>
  );
}
