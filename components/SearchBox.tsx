import { t } from '@/lib/i18n';

interface Props {
  value: string;
  onInput: (value: string) => void;
  /** ↑/↓ move through the results, Enter opens the chosen one. */
  onMove: (step: 1 | -1) => void;
  onChoose: () => void;
}

export function SearchBox({ value, onInput, onMove, onChoose }: Props) {
  return (
    <input
      class="search-box"
      type="search"
      role="searchbox"
      aria-label={t('searchLabel')}
      aria-controls="results"
      placeholder={t('searchPlaceholder')}
      autoFocus
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
        }
      }}
    />
  );
}
