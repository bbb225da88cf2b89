import type { ExtraCard } from '@/lib/custom-glossary/extra-glossary';
import type { CardData } from '@/lib/glossary/card-data';
import { sectionUrl } from '@/lib/glossary/deep-link';
import { t } from '@/lib/i18n';
import { StatusLine, statusText } from './StatusLine';

interface Props {
  card: CardData;
  onReadMore: () => void;
  /** "Jeg kender dette begreb": stop marking this entry everywhere. */
  onKnown?: () => void;
}

/** The definition beside a highlighted term. Data is rendered as text, never as HTML. */
export function HoverCard({ card, onReadMore, onKnown }: Props) {
  // An entry that is not built in says whose it is.
  const origin = 'origin' in card ? (card as ExtraCard).origin : undefined;
  const abbreviations = card.abbreviations.length > 0 ? ` (${card.abbreviations.join(', ')})` : '';
  const status = card.status ? ` ${statusText(card.status).text}.` : '';
  return (
    <div class="card" role="tooltip" id="metodelup-card" aria-label={`${card.term}${abbreviations}: ${card.summary}${status}`}>
      <p class="card__term">
        {card.term}
        {abbreviations && <span class="card__abbr">{abbreviations}</span>}
      </p>
      <p class="card__category">
        {card.category}
        {origin && <span class="card__origin"> · {t(origin === 'own' ? 'originOwn' : 'originOrganisation')}</span>}
      </p>
      {card.status && <StatusLine status={card.status} prefix="card" />}
      <p class="card__summary">{card.summary}</p>
      {card.legalBasis && (
        <p class="card__law">
          <a href={sectionUrl(card.legalBasis.url, card.legalBasis.section)} target="_blank" rel="noreferrer">
            {card.legalBasis.law}
          </a>
          {card.legalBasis.section && `, ${card.legalBasis.section}`}
        </p>
      )}
      <p class="card__actions">
        <button type="button" class="card__more" onClick={onReadMore}>
          {t('readMore')}
        </button>
        {onKnown && (
          <button type="button" class="card__known" onClick={onKnown}>
            {t('knownTerm')}
          </button>
        )}
      </p>
    </div>
  );
}
