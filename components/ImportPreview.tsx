import type { ImportPreview as Preview } from '@/lib/custom-glossary/preview';
import { t } from '@/lib/i18n';

interface Props {
  fileName: string;
  preview: Preview;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Most invalid rows listed; a file with more says how many it left out. */
const MAX_LISTED = 50;

/** What an import would do, before anything changes: counts, id conflicts, invalid rows and why. */
export function ImportPreview({ fileName, preview, onConfirm, onCancel }: Props) {
  const toImport = preview.added.length + preview.changed.length;
  return (
    <section class="import-preview" aria-label={t('importPreviewTitle', fileName)}>
      <h3>{t('importPreviewTitle', fileName)}</h3>
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
      {!preview.fatal && toImport === 0 && <p>{t('importNothing')}</p>}
      <div class="entry-form__buttons">
        {!preview.fatal && toImport > 0 && (
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
