import type { ExtraCard } from '@/lib/custom-glossary/extra-glossary';
import { senseActOf, type CardData } from '@/lib/glossary/card-data';
import { sectionUrl } from '@/lib/glossary/deep-link';
import { t } from '@/lib/i18n';
import { StatusLine, statusText } from './StatusLine';

interface Props {
  card: CardData;
  /** The other entries that share the word (another act's sense), offered in one click. */
  others?: readonly CardData[];
  /** Nothing on the page told the senses apart: every sense is shown in full, never a silent guess. */
  undecided?: boolean;
  /** What caseworkers call an act, by its id in the register ("serviceloven"). */
  actName?: (actId: string) => string | undefined;
  onReadMore: (entryId: string) => void;
  /** "Jeg kender dette begreb": stop marking this entry everywhere. */
  onKnown?: (entryId: string) => void;
  /** Shows another sense of the word in the card's place. */
  onSwitch?: (entryId: string) => void;
}

/** "efter serviceloven", when the entry is one sense of a word several acts use. */
function senseLabel(card: CardData, actName: Props['actName']): string | undefined {
  const act = senseActOf(card);
  const name = act ? actName?.(act) : undefined;
  return name ? t('senseAct', name) : undefined;
}

/** One sense: name, category (and act), status, summary and legal basis. */
function Sense({ card, actName, withSense }: { card: CardData; actName: Props['actName']; withSense: boolean }) {
  // An entry that is not built in says whose it is.
  const origin = 'origin' in card ? (card as ExtraCard).origin : undefined;
  const abbreviations = card.abbreviations.length > 0 ? ` (${card.abbreviations.join(', ')})` : '';
  const sense = withSense ? senseLabel(card, actName) : undefined;
  return (
    <>
      <p class="card__term">
        {card.term}
        {abbreviations && <span class="card__abbr">{abbreviations}</span>}
      </p>
      <p class="card__category">
        {card.category}
        {sense && <span class="card__sense"> · {sense}</span>}
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
    </>
  );
}

/** What a screen reader hears of a sense. */
function spoken(card: CardData, actName: Props['actName']): string {
  const abbreviations = card.abbreviations.length > 0 ? ` (${card.abbreviations.join(', ')})` : '';
  const sense = senseLabel(card, actName);
  const status = card.status ? ` ${statusText(card.status).text}.` : '';
  return `${card.term}${abbreviations}${sense ? `, ${sense}` : ''}: ${card.summary}${status}`;
}

/**
 * The definition beside a highlighted term. Data is rendered as text, never as HTML. A word that
 * several acts use says which act's sense it explains and offers the others; where the page did
 * not say, every sense is shown.
 */
export function HoverCard({ card, others = [], undecided = false, actName, onReadMore, onKnown, onSwitch }: Props) {
  const withSense = others.length > 0;
  if (undecided && withSense) {
    const all = [card, ...others];
    return (
      <div class="card card--senses" role="tooltip" id="metodelup-card" aria-label={all.map((sense) => spoken(sense, actName)).join(' ')}>
        <p class="card__note">{t('sensesUndecided')}</p>
        {all.map((sense) => (
          <section key={sense.id} class="card__sense-block">
            <Sense card={sense} actName={actName} withSense />
            <p class="card__actions">
              <button type="button" class="card__more" onClick={() => onReadMore(sense.id)}>
                {t('readMore')}
              </button>
            </p>
          </section>
        ))}
      </div>
    );
  }
  return (
    <div class="card" role="tooltip" id="metodelup-card" aria-label={spoken(card, actName)}>
      <Sense card={card} actName={actName} withSense={withSense} />
      {withSense &&
        others.map((other) => {
          const act = senseActOf(other);
          const name = (act && actName?.(act)) ?? other.term;
          return (
            <p key={other.id} class="card__other">
              <button type="button" class="card__switch" onClick={() => onSwitch?.(other.id)}>
                {t('senseOther', name)} →
              </button>
            </p>
          );
        })}
      <p class="card__actions">
        <button type="button" class="card__more" onClick={() => onReadMore(card.id)}>
          {t('readMore')}
        </button>
        {onKnown && (
          <button type="button" class="card__known" onClick={() => onKnown(card.id)}>
            {t('knownTerm')}
          </button>
        )}
      </p>
    </div>
  );
}
