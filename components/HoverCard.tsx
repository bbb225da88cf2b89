import type { ExtraCard } from '@/lib/custom-glossary/extra-glossary';
import type { CardData } from '@/lib/glossary/card-data';
import { t } from '@/lib/i18n';

interface Props {
  card: CardData;
  onReadMore: () => void;
}

/** The definition beside a highlighted term. Data is rendered as text, never as HTML. */
export function HoverCard({ card, onReadMore }: Props) {
  // An entry that is not built in says whose it is.
  const origin = 'origin' in card ? (card as ExtraCard).origin : undefined;
  const abbreviations = card.abbreviations.length > 0 ? ` (${card.abbreviations.join(', ')})` : '';
  return (
    <div class="card" role="tooltip" id="metodelup-card" aria-label={`${card.term}${abbreviations}: ${card.summary}`}>
      <p class="card__term">
        {card.term}
        {abbreviations && <span class="card__abbr">{abbreviations}</span>}
      </p>
      <p class="card__category">
        {card.category}
        {origin && <span class="card__origin"> · {t(origin === 'own' ? 'originOwn' : 'originOrganisation')}</span>}
      </p>
      <p class="card__summary">{card.summary}</p>
      {card.legalBasis && (
        <p class="card__law">
          <a href={card.legalBasis.url} target="_blank" rel="noreferrer">
            {card.legalBasis.law}
          </a>
          {card.legalBasis.section && `, ${card.legalBasis.section}`}
        </p>
      )}
      <button type="button" class="card__more" onClick={onReadMore}>
        {t('readMore')}
      </button>
    </div>
  );
}
