import type { GlossaryEntry } from '@/lib/glossary/schema';
import { entryHref, SEARCH_HREF } from '@/lib/panel/route';
import { sectionUrl } from '@/lib/glossary/deep-link';
import { t } from '@/lib/i18n';
import { senseActName } from '@/lib/panel/act-names';
import { updateSettings } from '@/lib/settings';
import { StatusLine } from './StatusLine';
import { OriginMark } from './OriginMark';

interface Props {
  entry: GlossaryEntry;
  byId: ReadonlyMap<string, GlossaryEntry>;
  /** The caseworker said they know the entry: it is not highlighted. */
  known?: boolean;
  /** Entries that share a name with this one: the same word in other acts. */
  senses?: readonly GlossaryEntry[];
}

/** The whole entry: description, target group, legal basis, related entries and sources. */
export function EntryDetail({ entry, byId, known = false, senses = [] }: Props) {
  const act = senses.length > 0 ? senseActName(entry) : undefined;
  return (
    <article class="detail" aria-labelledby="detail-title">
      <a class="detail__back" href={SEARCH_HREF}>
        {t('backToSearch')}
      </a>
      <h2 id="detail-title" class="detail__title" tabIndex={-1} data-view-focus>
        {entry.term}
        {entry.abbreviations.length > 0 && <span class="result__abbr"> ({entry.abbreviations.join(', ')})</span>}
      </h2>
      {entry.englishTerm && (
        <p class="detail__english" lang="en">
          {entry.englishTerm}
        </p>
      )}
      <span class="result__category">{entry.category}</span>
      {entry.status && (
        <div class="detail__status">
          <StatusLine status={entry.status} />
          {entry.status.amendedBy && (
            <p class="status__act">
              {t('statusAmendedBy')}{' '}
              <a href={entry.status.amendedBy.url} target="_blank" rel="noreferrer">
                {entry.status.amendedBy.title}
              </a>
            </p>
          )}
        </div>
      )}
      {act && <p class="detail__sense">{t('explainedUnder', act)}</p>}
      <p class="detail__summary">{entry.summary}</p>
      {senses.length > 0 && (
        <section class="detail__senses" aria-labelledby="detail-senses">
          <h3 id="detail-senses">{t('sameWordOtherActs')}</h3>
          <ul class="detail__related">
            {senses.map((sense) => {
              const name = senseActName(sense);
              return (
                <li key={sense.id}>
                  <a href={entryHref(sense.id)}>{name ? `${sense.term} – ${t('senseAct', name)}` : sense.term}</a>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <label class="detail__known">
        <input
          type="checkbox"
          checked={known}
          onChange={(event) => {
            const isKnown = event.currentTarget.checked;
            void updateSettings((user) => ({
              knownEntries: isKnown ? [...new Set([...user.knownEntries, entry.id])] : user.knownEntries.filter((id) => id !== entry.id),
            }));
          }}
        />{' '}
        {t('knownTerm')}
      </label>
      <OriginMark id={entry.id} />
      {entry.description
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map((paragraph, index) => (
          <p key={index}>{paragraph}</p>
        ))}
      {entry.targetGroup && (
        <>
          <h3>{t('targetGroup')}</h3>
          <p>{entry.targetGroup}</p>
        </>
      )}
      {entry.legalBasis && (
        <>
          <h3>{t('legalBasis')}</h3>
          <p>
            <a href={sectionUrl(entry.legalBasis.url, entry.legalBasis.section)} target="_blank" rel="noreferrer">
              {entry.legalBasis.law}
            </a>
            {entry.legalBasis.section && `, ${entry.legalBasis.section}`}
          </p>
        </>
      )}
      {entry.related.length > 0 && (
        <>
          <h3>{t('seeAlso')}</h3>
          <ul class="detail__related">
            {entry.related.map((id) => (
              <li key={id}>
                <a href={entryHref(id)}>{byId.get(id)?.term ?? id}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.sources.length > 0 && <h3>{t('sources')}</h3>}
      <ul class="detail__sources">
        {entry.sources.map((source) => (
          <li key={source.url}>
            <a href={source.url} target="_blank" rel="noreferrer">
              {source.title}
            </a>
          </li>
        ))}
      </ul>
    </article>
  );
}
