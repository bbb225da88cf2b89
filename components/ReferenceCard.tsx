import { provisionAnchor, provisionLabel, shortened, type Provision } from '@/lib/acts';
import type { ActRecord } from '@/lib/acts/schema';
import { t } from '@/lib/i18n';
import type { FoundProvision } from '@/lib/page/provisions';

/** About as much of a provision as a card can show and a reader takes in without leaving the sentence. */
const SHOWN_CHARS = 900;

/**
 * The card of a reference to this page's act: the provision's own text from the page (the stk. or
 * item named, or the § from its start) and "Gå til § 7 a", which goes there and lets Back return.
 * Text only, never HTML; a screen reader hears the label and the whole text.
 */
export function ProvisionCard({ found, onGoTo }: { found: FoundProvision; onGoTo: () => void }) {
  return (
    <div class="card card--reference" role="tooltip" id="metodelup-card" aria-label={`${found.label}: ${found.text}`}>
      <p class="card__term">{found.label}</p>
      <p class="card__category">{t('referenceKind')}</p>
      <p class="card__provision">{shortened(found.text, SHOWN_CHARS)}</p>
      <p class="card__actions">
        <button type="button" class="card__more" onClick={onGoTo}>
          {t('referenceGoTo', found.label)}
        </button>
      </p>
    </div>
  );
}

/**
 * The card of a reference into another act ("§ 13 i lov om sygedagpenge"): the act as the
 * register names it, and its current consolidation opened at that § on retsinformation.dk. Never
 * this page's provision.
 */
export function OtherActCard({ act, provision }: { act: ActRecord; provision: Provision }) {
  const where = provisionLabel(provision);
  const anchor = provisionAnchor(provision);
  const url = anchor ? `${act.consolidation.url}#${anchor}` : act.consolidation.url;
  const heading = t('referenceInAct', [where, act.shortName]);
  return (
    <div class="card card--reference" role="tooltip" id="metodelup-card" aria-label={`${heading}. ${act.title}.`}>
      <p class="card__term">{heading}</p>
      <p class="card__category">
        {t('referenceKind')} · {act.title}
      </p>
      <p class="card__law">
        <a href={url} target="_blank" rel="noreferrer">
          {t('referenceOpen', [where, act.consolidation.title])}
        </a>
      </p>
    </div>
  );
}
