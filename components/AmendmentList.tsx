import type { ActRecord } from '@/lib/acts/schema';
import { longDate } from '@/lib/glossary/status';
import { t } from '@/lib/i18n';

/** The acts that amended an act since its consolidation, each linked, with the day it came into force where known. */
export function AmendmentList({ amendments, class: className }: { amendments: ActRecord['amendedBy']; class: string }) {
  const locale = t('dateLocale') || 'da-DK';
  return (
    <ul class={className}>
      {amendments.map((amendment) => (
        <li key={amendment.url}>
          <a href={amendment.url} target="_blank" rel="noreferrer">
            {amendment.title}
          </a>
          {amendment.inForce && ` (${t('actInForce', longDate(amendment.inForce, locale))})`}
        </li>
      ))}
    </ul>
  );
}
