import type { GlossaryEntry } from '@/lib/glossary/schema';
import { entryHref } from '@/lib/panel/route';
import { Highlighted } from './Highlighted';
import { statusText } from './StatusLine';
import { OriginMark } from './OriginMark';

interface Props {
  entry: GlossaryEntry;
  query?: string;
  active?: boolean;
  /** Extra text after the category, e.g. "3 gange" in the list of terms on the page. */
  note?: string;
  /** An option of the results listbox (↑/↓ move through them), not an item of a plain list. */
  option?: boolean;
}

/** One entry in a list: name, abbreviations, category and summary; a link to its detail view. */
export function EntryCard({ entry, query = '', active = false, note, option = false }: Props) {
  return (
    <li
      class={active ? 'result result--active' : 'result'}
      data-entry-id={entry.id}
      role={option ? 'option' : undefined}
      aria-selected={option ? active : undefined}
    >
      <a class="result__link" href={entryHref(entry.id)}>
        <span class="result__term">
          <Highlighted text={entry.term} query={query} />
          {entry.abbreviations.length > 0 && <span class="result__abbr"> ({entry.abbreviations.join(', ')})</span>}
        </span>
        <span class="result__category">{entry.category}</span>
        {entry.status && entry.status.state !== 'in-force' && (
          <span class={`result__status result__status--${statusText(entry.status, true).historical ? 'historical' : entry.status.state}`}>
            {statusText(entry.status, true).text}
          </span>
        )}
        <OriginMark id={entry.id} />
        {note && <span class="result__note">{note}</span>}
        <p class="result__summary">
          <Highlighted text={entry.summary} query={query} />
        </p>
      </a>
    </li>
  );
}
