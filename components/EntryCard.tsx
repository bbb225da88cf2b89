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
  /**
   * Makes the card an option of the results listbox, chosen by a click (or Enter in the search
   * box); without it, the card is an item of a plain list with a link to the entry.
   */
  onChoose?: () => void;
}

/** The id of an entry's option in the results listbox (the search box's `aria-activedescendant`). */
export const optionId = (entryId: string) => `result-${entryId}`;

/** One entry in a list: name, abbreviations, category and summary; a link to its detail view. */
export function EntryCard({ entry, query = '', active = false, note, onChoose }: Props) {
  const body = (
    <>
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
      <span class="result__summary">
        <Highlighted text={entry.summary} query={query} />
      </span>
    </>
  );
  if (onChoose) {
    return (
      <li id={optionId(entry.id)} class={active ? 'result result--active' : 'result'} data-entry-id={entry.id} role="option" aria-selected={active ? 'true' : 'false'} onClick={onChoose}>
        <span class="result__link">{body}</span>
      </li>
    );
  }
  return (
    <li class="result" data-entry-id={entry.id}>
      <a class="result__link" href={entryHref(entry.id)}>
        {body}
      </a>
    </li>
  );
}
