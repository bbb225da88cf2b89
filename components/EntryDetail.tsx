import type { GlossaryEntry } from '@/lib/glossary/schema';
import { entryHref, SEARCH_HREF } from '@/lib/panel/route';
import { sectionUrl } from '@/lib/glossary/deep-link';
import { t } from '@/lib/i18n';
import { updateSettings } from '@/lib/settings';
import { StatusLine } from './StatusLine';
import { OriginMark } from './OriginMark';

interface Props {
  entry: GlossaryEntry;
  byId: ReadonlyMap<string, GlossaryEntry>;
  /** The caseworker said they know the entry: it is not highlighted. */
  known?: boolean;
}

/** The whole entry: description, target group, legal basis, related entries and sources. */
export function EntryDetail({ entry, byId, known = false }: Props) {
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
      <p class="detail__summary">{entry.summary}</p>
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
