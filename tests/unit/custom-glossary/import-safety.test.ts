import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '@/lib/custom-glossary/decode-file';
import { everydayNames, withoutEverydayNames } from '@/lib/custom-glossary/everyday-names';
import { exportCsv, exportJson } from '@/lib/custom-glossary/export';
import { parseCsvFile } from '@/lib/custom-glossary/parse-csv';
import { parseJsonFile } from '@/lib/custom-glossary/parse-json';
import { applyImport, previewImport } from '@/lib/custom-glossary/preview';
import { readImportFile } from '@/lib/custom-glossary/read-file';
import { STORAGE_BUDGET } from '@/lib/custom-glossary/room';
import { checkRoom } from '@/lib/panel/prepare-import';

const noPause = () => Promise.resolve();
const read = (name: string, bytes: Uint8Array) => readImportFile(name, bytes, noPause);
const header = 'begreb;kategori;kort definition;beskrivelse';
const utf16 = (text: string, littleEndian: boolean, mark: boolean) => {
  const bytes = new Uint8Array((text.length + (mark ? 1 : 0)) * 2);
  const view = new DataView(bytes.buffer);
  [...(mark ? '\ufeff' : ''), ...text].forEach((char, index) => view.setUint16(index * 2, char.charCodeAt(0), littleEndian));
  return bytes;
};

describe('encodings: decoded as saved, or refused with the reason', () => {
  it('reads the Windows-1252 file Danish Excel writes, æ, ø and å intact', async () => {
    const bytes = new Uint8Array(readFileSync('tests/fixtures/imports/excel-semikolon-windows-1252.csv'));
    expect(bytes.includes(0xf8)).toBe(true);
    const parsed = await read('excel.csv', bytes);
    expect(parsed.encoding).toBe('Windows-1252');
    expect(parsed.invalid).toEqual([]);
    expect(parsed.entries.map((entry) => [entry.id, entry.term])).toEqual([
      ['aendringsforloeb', 'Ændringsforløb'],
      ['stoettegruppe-for-paaroerende', 'Støttegruppe for pårørende'],
      ['aaben-raadgivning', 'Åben rådgivning'],
    ]);
    expect(parsed.entries[0]?.description).toBe('Særlig indsats på Østerbro og i Århus.');
    expect(parsed.entries[2]?.description).toBe('Prisen er 0 kr. (€ 0).');
    expect(JSON.stringify(parsed)).not.toContain('\ufffd');
  });

  it.each([
    ['UTF-8 with a BOM', new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${header}\nÆble;begreber;Frugt.;`)]), 'UTF-8'],
    ['UTF-8 without a BOM', new TextEncoder().encode(`${header}\nÆble;begreber;Frugt.;`), 'UTF-8'],
    ['UTF-16 LE with a BOM', utf16(`${header}\nÆble;begreber;Frugt.;`, true, true), 'UTF-16LE'],
    ['UTF-16 BE with a BOM', utf16(`${header}\nÆble;begreber;Frugt.;`, false, true), 'UTF-16BE'],
    ['UTF-16 LE without a BOM', utf16(`${header}\nÆble;begreber;Frugt.;`, true, false), 'UTF-16LE'],
  ])('reads %s', async (_, bytes, encoding) => {
    const parsed = await read('liste.csv', bytes);
    expect(parsed.encoding).toBe(encoding);
    expect(parsed.entries.map((entry) => entry.term)).toEqual(['Æble']);
  });

  it('refuses bytes no text encoding explains, and a spreadsheet workbook, saying what to do', () => {
    expect(decodeFile(new Uint8Array([0x62, 0x3b, 0x81, 0x0a])).fatal).toMatch(/hverken UTF-8, UTF-16 eller Windows-1252/);
    expect(decodeFile(new Uint8Array([0x62, 0x00, 0x3b, 0x01, 0x02, 0x03, 0x04])).fatal).toMatch(/ikke en tekstfil/);
    expect(decodeFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14])).fatal).toMatch(/Excel-projektmappe \(\.xlsx\)/);
  });
});

describe('rows wider than the header', () => {
  it('refuses a row with text beyond the header by its row number, and imports the rest', () => {
    const parsed = parseCsvFile(`${header}\nGodt;begreber;Fint.;\nDelt;begreber;Første del; anden del;tredje del\nOgså godt;begreber;Fint.;;;\n`);
    expect(parsed.entries.map((entry) => entry.term)).toEqual(['Godt', 'Også godt']);
    expect(parsed.invalid).toHaveLength(1);
    expect(parsed.invalid[0]?.errors[0]).toMatch(/^Række 3 har 5 felter, men første række har 4 kolonner: teksten "tredje del" står uden for kolonnerne/);
  });

  it('refuses text under a column without a name', () => {
    const parsed = parseCsvFile('begreb;;kategori;kort definition\nNavn;tabt tekst;begreber;Fint.\n');
    expect(parsed.invalid[0]?.errors[0]).toMatch(/^Række 2: kolonne 2 har ingen overskrift/);
  });
});

describe('CSV export against formulas (OWASP CSV injection)', () => {
  const risky = parseJsonFile(
    JSON.stringify([
      { id: 'formel', term: 'Formel', category: 'begreber', summary: '=HYPERLINK("https://evil.example","Klik")', description: '+1 og -1', aliases: ['@ordning'] },
      { id: 'minus', term: 'Minus', category: 'begreber', summary: '-2 uger.' },
    ]),
  ).entries;

  it('puts an apostrophe before every cell a spreadsheet would run', () => {
    const csv = exportCsv(risky);
    expect(csv).toContain(`;"'=HYPERLINK(""https://evil.example"",""Klik"")";`);
    expect(csv).toContain(`;"'+1 og -1";`);
    expect(csv).toContain(`;"'@ordning";`);
    expect(csv).toContain(`;"'-2 uger.";`);
    expect(csv.split('\r\n').slice(1).join('\n')).not.toMatch(/(^|;)"?[=+\-@]/m);
  });

  it('reads the export back to the same entries', () => {
    expect(parseCsvFile(exportCsv(risky)).entries).toEqual(risky);
  });
});

describe('re-importing an unchanged export', () => {
  const own = parseJsonFile(
    JSON.stringify([
      { id: 'ung-i-job', term: 'Ung i job', abbreviations: ['UIJ'], category: 'ydelser og forløb', summary: 'Forløb for unge.', forms: ['Ung-i-jobbet'] },
      { id: 'andet', term: 'Andet forløb', category: 'begreber', summary: 'Kort.', sources: [{ title: 'Kommunen', url: 'https://kk.dk/a' }] },
    ]),
  ).entries;
  // As storage holds them: keys in another order than the schema's.
  const stored = own.map((entry) => Object.fromEntries(Object.entries(entry).reverse()) as typeof entry);

  it('reports every entry of a JSON export as unchanged', () => {
    const preview = previewImport(parseJsonFile(exportJson(stored)), new Set(), stored);
    expect([preview.added.length, preview.changed.length, preview.unchanged.length]).toEqual([0, 0, 2]);
  });

  it('reports every entry of a CSV export as unchanged, and keeps the fields CSV has no column for', () => {
    const preview = previewImport(parseCsvFile(exportCsv(stored)), new Set(), stored);
    expect([preview.added.length, preview.changed.length, preview.unchanged.length]).toEqual([0, 0, 2]);
    const edited = previewImport(parseCsvFile(exportCsv(stored).replace('Forløb for unge.', 'Nyt forløb for unge.')), new Set(), stored);
    expect(edited.changed.map((entry) => [entry.id, entry.summary, entry.forms])).toEqual([['ung-i-job', 'Nyt forløb for unge.', ['Ung-i-jobbet']]]);
  });
});

describe('everyday words and names under three letters', () => {
  const parsed = parseCsvFile('begreb;forkortelser;kategori;kort definition\nog;;begreber;Bindeord.\ni;;begreber;Forholdsord.\nA;;begreber;Bogstav.\nDet gode forløb;DGF;begreber;Fint.\nAfklaring;AK;begreber;Fint.\n');

  it('lists common Danish words and short names, not abbreviations or ordinary names', () => {
    expect(parsed.entries.map((entry) => everydayNames(entry))).toEqual([['og'], ['i'], ['A'], [], []]);
    const preview = previewImport(parsed, new Set(), []);
    expect(preview.everyday.map(({ id, names }) => [id, names])).toEqual([
      ['og', ['og']],
      ['i', ['i']],
      ['a', ['A']],
    ]);
  });

  it('imports them searchable, marked only with "markér alligevel"', () => {
    const preview = previewImport(parsed, new Set(), []);
    const saved = applyImport([], preview, new Set(['og']));
    expect(saved.find((entry) => entry.id === 'og')?.markAnyway).toBe(true);
    expect(saved.find((entry) => entry.id === 'i')?.markAnyway).toBeUndefined();
    const pages = (id: string) => withoutEverydayNames(saved.find((entry) => entry.id === id) ?? saved[0]!);
    expect(pages('og').term).toBe('og');
    expect(pages('i').term).toBe('');
  });
});

describe('room', () => {
  const entries = parseCsvFile(['begreb;kategori;kort definition', ...Array.from({ length: 5000 }, (_, n) => `Lokalt begreb ${n};begreber;Definition nummer ${n} af et lokalt begreb.`)].join('\n')).entries;
  const preview = previewImport({ entries, invalid: [] }, new Set(), []);

  it('says how much an import takes, and refuses it whole when it does not fit', () => {
    const roomy = checkRoom({ entries: [], unusable: [] }, preview, { used: 0, budget: STORAGE_BUDGET, free: STORAGE_BUDGET });
    expect(roomy.refusal).toBeUndefined();
    // 5,000 ordinary entries: a few megabytes of the budget.
    expect(roomy.needed).toBeGreaterThan(2_000_000);
    expect(roomy.needed).toBeLessThan(STORAGE_BUDGET / 10);
    const full = checkRoom({ entries: [], unusable: [] }, preview, { used: STORAGE_BUDGET - 1_000_000, budget: STORAGE_BUDGET, free: 1_000_000 });
    expect(full.refusal).toMatch(/^Importen fylder ca\. \d+,\d MB, men der er kun 1,0 MB tilbage af Metodelups 100,0 MB på denne computer\. Intet er importeret\.$/);
  });
});
