import { ENCODING_NAMES, type FileEncoding } from '@/lib/custom-glossary/decode-file';
import type { ImportPreview as Preview } from '@/lib/custom-glossary/preview';
import { formatBytes } from '@/lib/custom-glossary/room';
import { t } from '@/lib/i18n';
import type { RoomCheck } from '@/lib/panel/prepare-import';

interface Props {
  fileName: string;
  preview: Preview;
  room?: RoomCheck;
  encoding?: FileEncoding;
  /** The entries whose everyday names the caseworker allows to be marked. */
  markAnyway: ReadonlySet<string>;
  onMarkAnyway: (id: string, allowed: boolean) => void;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Most invalid rows listed; a file with more says how many it left out. */
const MAX_LISTED = 50;
/** Most entries with everyday names offered "Markér alligevel" one by one. */
const MAX_EVERYDAY = 200;

/** What an import would do, before anything changes: counts, room, id conflicts, everyday names, invalid rows and why. */
export function ImportPreview({ fileName, preview, room, encoding, markAnyway, onMarkAnyway, onConfirm, onCancel }: Props) {
  const toImport = preview.added.length + preview.changed.length;
  const refused = preview.fatal ?? room?.refusal;
  return (
    <section class="import-preview" aria-label={t('importPreviewTitle', fileName)}>
      <h3>{t('importPreviewTitle', fileName)}</h3>
      {encoding && <p class="import-preview__encoding">{t('importEncoding', ENCODING_NAMES[encoding])}</p>}
      {preview.fatal ? (
        <p class="import-preview__fatal" role="alert">
          {t('importFailed')} {preview.fatal}
        </p>
      ) : (
        <ul class="import-preview__counts">
          <li data-count="new">
            <strong>{preview.added.length}</strong> {t('importNew')}
          </li>
          <li data-count="changed">
            <strong>{preview.changed.length}</strong> {t('importChanged')}
          </li>
          <li data-count="unchanged">
            <strong>{preview.unchanged.length}</strong> {t('importUnchanged')}
          </li>
          <li data-count="invalid">
            <strong>{preview.invalid.length}</strong> {t('importInvalid')}
          </li>
        </ul>
      )}
      {room?.refusal && (
        <p class="import-preview__fatal import-preview__room" role="alert">
          {room.refusal}
        </p>
      )}
      {room && !room.refusal && toImport > 0 && (
        <p class="import-preview__room">
          {t('importRoom', [formatBytes(Math.max(0, room.needed)), formatBytes(Math.max(0, room.room.free - room.needed)), formatBytes(room.room.budget)])}
        </p>
      )}
      {!refused && preview.everyday.length > 0 && (
        <section class="import-preview__everyday" aria-label={t('markAnyway')}>
          <p>{t('importEveryday')}</p>
          <ul>
            {preview.everyday.slice(0, MAX_EVERYDAY).map(({ id, term, names }) => (
              <li key={id} data-entry-id={id}>
                <label>
                  <input type="checkbox" checked={markAnyway.has(id)} onChange={(event) => onMarkAnyway(id, event.currentTarget.checked)} />{' '}
                  {t('markAnyway')}: <strong>{names.map((name) => `"${name}"`).join(', ')}</strong>
                  {names.includes(term) ? null : ` (${term})`}
                </label>
              </li>
            ))}
            {preview.everyday.length > MAX_EVERYDAY && <li>… {preview.everyday.length - MAX_EVERYDAY}</li>}
          </ul>
        </section>
      )}
      {preview.conflicts.length > 0 && (
        <>
          <h4>{t('importConflicts')}</h4>
          <ul class="import-preview__conflicts">
            {preview.conflicts.slice(0, MAX_LISTED).map((conflict) => (
              <li key={conflict.id}>
                {conflict.with === 'built-in' ? t('conflictBuiltIn', [conflict.id, conflict.renamedTo ?? '']) : t('conflictOwn', conflict.id)}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.invalid.length > 0 && (
        <ul class="import-preview__invalid">
          {preview.invalid.slice(0, MAX_LISTED).map((row) => (
            <li key={row.where}>{row.errors.join(' ')}</li>
          ))}
          {preview.invalid.length > MAX_LISTED && <li>… {preview.invalid.length - MAX_LISTED}</li>}
        </ul>
      )}
      {!refused && toImport === 0 && <p>{t('importNothing')}</p>}
      <div class="entry-form__buttons">
        {!refused && toImport > 0 && (
          <button type="button" onClick={onConfirm}>
            {t('importConfirm')} ({toImport})
          </button>
        )}
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </section>
  );
}
