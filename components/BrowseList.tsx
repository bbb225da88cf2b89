import { useMemo, useState } from 'preact/hooks';
import { AREAS, type Area } from '@/lib/glossary/areas';
import { CATEGORIES, type Category } from '@/lib/glossary/categories';
import type { GlossaryEntry } from '@/lib/glossary/schema';
import { t } from '@/lib/i18n';
import { EntryCard } from './EntryCard';

/** A group of radio buttons that narrows the list ("Alle" and one per value): arrow keys move within it. */
function Narrow<T extends string>({
  legend,
  name,
  values,
  label,
  count,
  chosen,
  onChoose,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  label: (value: T) => string;
  count: (value: T | undefined) => number;
  chosen: T | undefined;
  onChoose: (value: T | undefined) => void;
}) {
  const option = (value: T | undefined, text: string) => (
    <label key={value ?? ''} class={chosen === value ? 'chip chip--on' : 'chip'}>
      <input type="radio" name={name} checked={chosen === value} onChange={() => onChoose(value)} />
      {text} <span class="chip__count">{count(value)}</span>
    </label>
  );
  return (
    <fieldset class="browse__narrow">
      <legend>{legend}</legend>
      {option(undefined, t('browseAll'))}
      {values.filter((value) => count(value) > 0).map((value) => option(value, label(value)))}
    </fieldset>
  );
}

/**
 * Every entry, narrowed by area of law and by category (issue 19): with nothing chosen, each
 * category is a closed group with its count, so several hundred entries never make one flat list;
 * a choice opens what it narrows to. Alphabetical within each group.
 */
export function BrowseList({ glossary }: { glossary: readonly GlossaryEntry[] }) {
  const [area, setArea] = useState<Area>();
  const [category, setCategory] = useState<Category>();
  const inArea = useMemo(() => (area ? glossary.filter((entry) => entry.areas.includes(area)) : glossary), [glossary, area]);
  const shown = category ? inArea.filter((entry) => entry.category === category) : inArea;
  const narrowed = area !== undefined || category !== undefined;
  const groups = CATEGORIES.map((name) => ({
    name,
    entries: shown.filter((entry) => entry.category === name).sort((a, b) => a.term.localeCompare(b.term, 'da')),
  })).filter((group) => group.entries.length > 0);
  return (
    <div class="browse" aria-label={t('allEntries')} role="region">
      <h2 class="browse__title">{t('allEntries')}</h2>
      <Narrow
        legend={t('browseArea')}
        name="area"
        values={AREAS}
        label={(value) => t(`area_${value}`)}
        count={(value) => (value ? glossary.filter((entry) => entry.areas.includes(value)).length : glossary.length)}
        chosen={area}
        onChoose={setArea}
      />
      <Narrow
        legend={t('browseCategory')}
        name="category"
        values={CATEGORIES}
        label={(value) => value}
        count={(value) => (value ? inArea.filter((entry) => entry.category === value).length : inArea.length)}
        chosen={category}
        onChoose={setCategory}
      />
      <p class="browse__count" role="status" aria-live="polite">
        {t('browseCount', String(shown.length))}
      </p>
      {groups.length === 0 && <p>{t('browseNone')}</p>}
      {groups.map((group) => (
        <details key={`${group.name}:${narrowed}`} class="browse__group" open={narrowed}>
          <summary class="browse__heading">
            {group.name} <span class="chip__count">{group.entries.length}</span>
          </summary>
          <ul class="result-list" aria-label={group.name}>
            {group.entries.map((entry) => (
              <EntryCard key={entry.id} entry={entry} />
            ))}
          </ul>
        </details>
      ))}
    </div>
  );
}
