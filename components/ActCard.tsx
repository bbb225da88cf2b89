import type { ActRecord } from '@/lib/acts/schema';
import { t } from '@/lib/i18n';
import { AmendmentList } from './AmendmentList';

/**
 * The card of an act named on a page ("serviceloven", "lov om aktiv socialpolitik", "LAB"): its
 * full title, what else it is called, the consolidation in force on the register's day and the
 * acts that amended it since. Text only, never HTML.
 */
export function ActCard({ act }: { act: ActRecord }) {
  const names = [...new Set([act.shortName, ...act.names, ...act.abbreviations])].filter((name) => name.toLowerCase() !== act.title.toLowerCase());
  return (
    <div class="card card--act" role="tooltip" id="metodelup-card" aria-label={`${act.title}. ${t('actCurrent', act.consolidation.title)}.`}>
      <p class="card__term">{act.title}</p>
      <p class="card__category">{t('actCardKind')}</p>
      {names.length > 0 && <p class="card__summary">{t('actAlsoCalled', names.join(', '))}</p>}
      <p class="card__law">
        <a href={act.consolidation.url} target="_blank" rel="noreferrer">
          {t('actCurrent', act.consolidation.title)}
        </a>
      </p>
      {act.amendedBy.length > 0 && (
        <>
          <p class="card__summary">{t('actAmendedSince')}</p>
          <AmendmentList amendments={act.amendedBy} class="card__amendments" />
        </>
      )}
    </div>
  );
}
