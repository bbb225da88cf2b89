import { useContext, useEffect, useState } from 'preact/hooks';
import type { CustomEntry } from '@/lib/custom-glossary/entry';
import { exportCsv, exportJson } from '@/lib/custom-glossary/export';
import { applyImport, previewImport, type ImportPreview as Preview } from '@/lib/custom-glossary/preview';
import { readImportFile } from '@/lib/custom-glossary/read-file';
import { customEntries } from '@/lib/custom-glossary/store';
import { t } from '@/lib/i18n';
import { PanelExtrasContext } from '@/lib/panel/panel-extras';
import { entryHref, SEARCH_HREF } from '@/lib/panel/route';
import { saveFile } from '@/lib/panel/save-file';
import { EntryForm } from './EntryForm';
import { ImportPreview } from './ImportPreview';

const pause = () =>
  new Promise<void>((resume) => {
    setTimeout(resume, 0);
  });

type Editing = { entry?: CustomEntry } | undefined;

/** The caseworker's own entries: add, edit, delete, import (preview, then confirm) and export. */
export function OwnEntries() {
  const { policy, reserved } = useContext(PanelExtrasContext);
  const [entries, setEntries] = useState<CustomEntry[]>([]);
  const [editing, setEditing] = useState<Editing>();
  const [pending, setPending] = useState<{ fileName: string; preview?: Preview }>();
  const [done, setDone] = useState<string>();

  useEffect(() => {
    void customEntries.getValue().then(setEntries);
    return customEntries.watch((value) => {
      setEntries(value);
    });
  }, []);

  const save = async (next: CustomEntry[]) => {
    await customEntries.setValue(next);
    setEntries(next);
  };

  const chooseFile = async (event: Event) => {
    const input = event.currentTarget as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setDone(undefined);
    setPending({ fileName: file.name });
    const parsed = await readImportFile(file.name, await file.text(), pause);
    setPending({ fileName: file.name, preview: previewImport(parsed, reserved, await customEntries.getValue()) });
  };

  const confirmImport = async () => {
    if (!pending?.preview) return;
    const { preview } = pending;
    await save(applyImport(await customEntries.getValue(), preview));
    setPending(undefined);
    setDone(t('importDone', String(preview.added.length + preview.changed.length)));
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
      {pending && !pending.preview && <p role="status">{t('importReading')}</p>}
      {pending?.preview && (
        <ImportPreview fileName={pending.fileName} preview={pending.preview} onConfirm={() => void confirmImport()} onCancel={() => setPending(undefined)} />
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
