import { t } from '@/lib/i18n';

/** The id of the results listbox the search box controls. */
export const RESULTS_ID = 'results';

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** ↑/↓ move through the results, Enter opens the chosen one. */
  onMove: (step: 1 | -1) => void;
  onChoose: () => void;
  /** Whether the results listbox is shown. */
  expanded: boolean;
  /** The option ↑/↓ moved to, for assistive technology (focus stays in the box). */
  activeId?: string;
}

/**
 * The search field: an editable combobox with list autocomplete and automatic selection (WAI-ARIA
 * Authoring Practices, combobox pattern): the results are a listbox it controls, the first result
 * is selected as the reader types, ↑/↓ move the selection (`aria-activedescendant`: the focus stays
 * here), Enter opens the selected entry, and Escape empties the field, which closes the list.
 */
export function SearchBox({ value, onInput, onMove, onChoose, expanded, activeId }: Props) {
  return (
    <input
      class="search-box"
      type="text"
      role="combobox"
      enterKeyHint="search"
      autoComplete="off"
      spellcheck={false}
      aria-label={t('searchLabel')}
      aria-autocomplete="list"
      aria-expanded={expanded ? 'true' : 'false'}
      aria-controls={expanded ? RESULTS_ID : undefined}
      aria-activedescendant={expanded ? activeId : undefined}
      placeholder={t('searchPlaceholder')}
      autoFocus
      data-view-focus
      value={value}
      onInput={(event) => {
        onInput(event.currentTarget.value);
      }}
      onKeyDown={(event) => {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          onMove(event.key === 'ArrowDown' ? 1 : -1);
        } else if (event.key === 'Enter') {
          event.preventDefault();
          onChoose();
        } else if (event.key === 'Escape' && event.currentTarget.value !== '') {
          event.preventDefault();
          onInput('');
        }
      }}
    />
  );
}
