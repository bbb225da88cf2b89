import { useState } from 'preact/hooks';
import { checkEntry, type CustomEntry } from '@/lib/custom-glossary/entry';
import { idFromTerm } from '@/lib/custom-glossary/csv-columns';
import { everydayNames } from '@/lib/custom-glossary/everyday-names';
import { CATEGORIES } from '@/lib/glossary/categories';
import { t } from '@/lib/i18n';

interface Props {
  /** The entry to edit; a new one when absent. */
  entry?: CustomEntry;
  /** Ids a new entry may not take (built-in, the organisation's, the caseworker's other entries). */
  taken: ReadonlySet<string>;
  onSave: (entry: CustomEntry) => void;
  onCancel: () => void;
}

const list = (text: string) =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);

/** A free id made from the term: "ung-i-job", then "ung-i-job-2", … */
function freeId(term: string, taken: ReadonlySet<string>): string {
  const base = idFromTerm(term) || 'opslag';
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}-${n}`;
  return id;
}

/** Adds or edits an own entry; checked by the glossary's schema, the reasons shown by the field. */
export function EntryForm({ entry, taken, onSave, onCancel }: Props) {
  const [errors, setErrors] = useState<string[]>([]);
  const [everyday, setEveryday] = useState<string[]>(() => (entry ? everydayNames(entry) : []));
  const source = entry?.sources[0];
  const fieldsOf = (form: HTMLFormElement) => {
    const data = new FormData(form);
    return (name: string) => {
      const value = data.get(name);
      return typeof value === 'string' ? value.trim() : '';
    };
  };
  // Which names would not be marked without "Markér alligevel", as the caseworker types.
  const onInput = (event: Event) => {
    const field = fieldsOf(event.currentTarget as HTMLFormElement);
    setEveryday(everydayNames({ term: field('term'), aliases: list(field('aliases')), forms: entry?.forms ?? [], exactNames: entry?.exactNames }));
  };
  const submit = (event: Event) => {
    event.preventDefault();
    const field = fieldsOf(event.currentTarget as HTMLFormElement);
    const url = field('url');
    const input = {
      ...(entry ?? {}),
      id: entry?.id ?? freeId(field('term'), taken),
      term: field('term'),
      abbreviations: list(field('abbreviations')),
      aliases: list(field('aliases')),
      category: field('category'),
      summary: field('summary'),
      description: field('description'),
      sources: url ? [{ title: field('linkTitle') || url, url }, ...(entry?.sources.slice(1) ?? [])] : [],
      markAnyway: field('markAnyway') === 'on' || undefined,
    };
    const checked = checkEntry(input, t('fieldTerm'));
    if (checked.ok) onSave(checked.entry);
    else setErrors(checked.errors);
  };
  return (
    <form class="entry-form" onSubmit={submit} onInput={onInput} aria-label={entry ? entry.term : t('newEntry')}>
      <label>
        {t('fieldTerm')}
        <input name="term" required defaultValue={entry?.term} />
      </label>
      <label>
        {t('fieldAbbreviations')}
        <input name="abbreviations" defaultValue={entry?.abbreviations.join(', ')} />
      </label>
      <label>
        {t('fieldAliases')}
        <input name="aliases" defaultValue={entry?.aliases.join(', ')} />
      </label>
      <label>
        {t('fieldCategory')}
        <select name="category" defaultValue={entry?.category ?? 'begreber'}>
          {CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {category}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('fieldSummary')}
        <textarea name="summary" required maxLength={240} rows={3} defaultValue={entry?.summary} />
      </label>
      <label>
        {t('fieldDescription')}
        <textarea name="description" rows={4} defaultValue={entry?.description} />
      </label>
      <label>
        {t('fieldLink')}
        <input name="url" type="url" placeholder="https://" defaultValue={source?.url} />
      </label>
      <label>
        {t('fieldLinkTitle')}
        <input name="linkTitle" defaultValue={source?.title} />
      </label>
      <label class="entry-form__check">
        <input name="markAnyway" type="checkbox" defaultChecked={entry?.markAnyway ?? false} /> {t('markAnywayForm')}
      </label>
      {everyday.length > 0 && (
        <p class="entry-form__everyday" role="status">
          {t('everydayInForm', everyday.map((name) => `"${name}"`).join(', '))}
        </p>
      )}
      {errors.length > 0 && (
        <ul class="entry-form__errors" role="alert">
          {errors.map((error) => (
            <li key={error}>{error}</li>
          ))}
        </ul>
      )}
      <div class="entry-form__buttons">
        <button type="submit">{t('save')}</button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
