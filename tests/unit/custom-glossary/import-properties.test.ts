import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsvFile } from '@/lib/custom-glossary/parse-csv';
import { parseJsonFile } from '@/lib/custom-glossary/parse-json';
import { previewImport } from '@/lib/custom-glossary/preview';

const csvish = fc
  .array(fc.oneof(fc.string(), fc.constantFrom(';', ',', '"', '\n', '\r\n', 'begreb', 'kategori', 'kort definition', 'begreber', '\ufeff')), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('importers on arbitrary input', () => {
  it('the JSON importer never throws, and answers either a fatal error or entries', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.anything().map((value) => JSON.stringify(value) ?? '')), (text) => {
        const parsed = parseJsonFile(text);
        expect(parsed.fatal === undefined || parsed.entries.length === 0).toBe(true);
        previewImport(parsed, new Set(['fleksjob']), []);
      }),
      { numRuns: 400 },
    );
  });

  it('the CSV importer never throws', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), csvish), (text) => {
        const parsed = parseCsvFile(text);
        for (const invalid of parsed.invalid) expect(invalid.errors.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
