// Bundled by tests/browser/firefox-custom-entries.test.ts and run in a Firefox page: the import and
// export code, as the panel runs it, in Firefox's engine (its JSON.parse, File, TextDecoder).
import { exportCsv, exportJson } from '../../../lib/custom-glossary/export';
import { applyImport, previewImport } from '../../../lib/custom-glossary/preview';
import { readImportFile } from '../../../lib/custom-glossary/read-file';

const pause = () =>
  new Promise<void>((resume) => {
    setTimeout(resume, 0);
  });

async function importFile(name: string, bytes: number[], existing: unknown[] = []) {
  const file = new File([new Uint8Array(bytes)], name);
  const parsed = await readImportFile(file.name, new Uint8Array(await file.arrayBuffer()), pause);
  const preview = previewImport(parsed, new Set(['fleksjob']), existing as never[]);
  // As plain JSON: WebDriver BiDi hands back an object seen twice (here in the preview and in the
  // entries) only once.
  return JSON.parse(JSON.stringify({ preview, entries: applyImport(existing as never[], preview) })) as unknown;
}

(globalThis as unknown as { metodelupTest: unknown }).metodelupTest = { importFile, exportCsv, exportJson };
