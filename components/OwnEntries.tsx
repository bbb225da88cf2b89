import { useContext, useState } from 'preact/hooks';
import type { CustomEntry } from '@/lib/custom-glossary/entry';
import { exportCsv, exportJson } from '@/lib/custom-glossary/export';
import { t } from '@/lib/i18n';
import { PanelExtrasContext } from '@/lib/panel/panel-extras';
import { confirmImport, prepareImport, type PreparedImport } from '@/lib/panel/prepare-import';
import { entryHref, SEARCH_HREF } from '@/lib/panel/route';
import { saveFile } from '@/lib/panel/save-file';
import { saveOwnEntries, useOwnEntries } from '@/lib/panel/use-own-entries';
import { EntryForm } from './EntryForm';
import { ImportPreview } from './ImportPreview';

type Editing = { entry?: CustomEntry } | undefined;

/** The caseworker's own entries: add, edit, delete, import (preview, then confirm) and export. */
export function OwnEntries() {
  const { policy, reserved } = useContext(PanelExtrasContext);
  const { own, problem } = useOwnEntries(reserved);
  const { entries, unusable } = own;
  const [editing, setEditing] = useState<Editing>();
  const [pending, setPending] = useState<{ fileName: string; prepared?: PreparedImport }>();
  const [markAnyway, setMarkAnyway] = useState<ReadonlySet<string>>(new Set());
  const [done, setDone] = useState<string>();
  const [failed, setFailed] = useState<string>();

  const save = async (next: CustomEntry[]) => {
    setFailed(await saveOwnEntries(next, unusable));
  };

  const chooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setDone(undefined);
    setFailed(undefined);
    setMarkAnyway(new Set());
    setPending({ fileName: file.name });
    setPending({ fileName: file.name, prepared: await prepareImport(file, reserved) });
  };

  const confirm = async () => {
    if (!pending?.prepared) return;
    const result = await confirmImport(pending.prepared.preview, reserved, markAnyway);
    setPending(undefined);
    if ('refusal' in result) setFailed(result.refusal);
    else setDone(t('importDone', String(result.imported)));
  };

  const toggleMarkAnyway = (id: string, allowed: boolean) => {
    const next = new Set(markAnyway);
    if (allowed) next.add(id);
    else next.delete(id);
    setMarkAnyway(next);
  };

  const taken = new Set([...reserved, ...entries.map((entry) => entry.id)]);
  const organisationCount = policy.extraEntries.length;

  return (
    <section class="own" aria-labelledby="own-title">
      <a class="detail__back" href={SEARCH_HREF}>
        {t('backToSearch')}
      </a>
      <h2 id="own-title" class="detail__title" tabIndex={-1} data-view-focus>
        {t('ownEntries')}
      </h2>
      <p class="own__intro">{t('ownEntriesIntro')}</p>
      <div class="own__actions">
        <button type="button" onClick={() => setEditing({})}>
          {t('newEntry')}
        </button>
        <label class="own__file">
          {t('importFile')}
          <input type="file" accept=".csv,.json,.txt,text/csv,application/json" onChange={(event) => void chooseFile(event)} />
        </label>
        <button type="button" disabled={entries.length === 0} onClick={() => saveFile('metodelup-egne-opslag.json', exportJson(entries), 'application/json')}>
          {t('exportJson')}
        </button>
        <button type="button" disabled={entries.length === 0} onClick={() => saveFile('metodelup-egne-opslag.csv', exportCsv(entries), 'text/csv')}>
          {t('exportCsv')}
        </button>
      </div>
      {done && (
        <p class="own__done" role="status">
          {done}
        </p>
      )}
      {failed && (
        <p class="own__failed import-preview__fatal" role="alert">
          {failed}
        </p>
      )}
      {problem && (
        <p class="own__problem import-preview__fatal" role="alert">
          {t('extrasProblem')} {problem}
        </p>
      )}
      {pending && !pending.prepared && <p role="status">{t('importReading')}</p>}
      {pending?.prepared && (
        <ImportPreview
          fileName={pending.fileName}
          preview={pending.prepared.preview}
          room={pending.prepared.room}
          encoding={pending.prepared.encoding}
          markAnyway={markAnyway}
          onMarkAnyway={toggleMarkAnyway}
          onConfirm={() => void confirm()}
          onCancel={() => setPending(undefined)}
        />
      )}
      {editing && (
        <EntryForm
          entry={editing.entry}
          taken={taken}
          onCancel={() => setEditing(undefined)}
          onSave={(entry) => {
            const exists = entries.some((other) => other.id === entry.id);
            void save(exists ? entries.map((other) => (other.id === entry.id ? entry : other)) : [...entries, entry]);
            setEditing(undefined);
          }}
        />
      )}
      {entries.length === 0 ? (
        <p>{t('noOwnEntries')}</p>
      ) : (
        <ul class="own__list" aria-label={t('ownEntries')}>
          {entries.slice(0, 500).map((entry) => (
            <li key={entry.id} class="own__item" data-entry-id={entry.id}>
              <a href={entryHref(entry.id)}>{entry.term}</a>
              {entry.abbreviations.length > 0 && <span class="result__abbr"> ({entry.abbreviations.join(', ')})</span>}
              <span class="own__buttons">
                <button type="button" onClick={() => setEditing({ entry })}>
                  {t('edit')}
                </button>
                <button type="button" onClick={() => void save(entries.filter((other) => other.id !== entry.id))}>
                  {t('delete')}
                </button>
              </span>
            </li>
          ))}
          {entries.length > 500 && <li>… {entries.length - 500}</li>}
        </ul>
      )}
      {unusable.length > 0 && (
        <section class="own__unusable">
          <h3>{t('unusableEntries', String(unusable.length))}</h3>
          <ul class="own__problems">
            {unusable.slice(0, 50).map((item) => (
              <li key={item.id} data-entry-id={item.id}>
                {item.errors.join(' ')}{' '}
                <button type="button" onClick={() => void saveOwnEntries(entries, unusable.filter((other) => other !== item)).then(setFailed)}>
                  {t('delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {(organisationCount > 0 || policy.problems.length > 0) && (
        <section class="own__organisation">
          <h3>{t('organisationEntries', String(organisationCount))}</h3>
          {policy.problems.length > 0 && (
            <>
              <h4>{t('policyProblems')}</h4>
              <ul class="own__problems">
                {policy.problems.map((problem) => (
                  <li key={problem}>{problem}</li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </section>
  );
}
