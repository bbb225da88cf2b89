import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

type Tally = Record<string, { count: number; forms: Record<string, number> }>;

function scan(...files: string[]): { file: string; terms: Tally }[] {
  const output = execFileSync('npx', ['tsx', 'scripts/scan.ts', ...files], { encoding: 'utf8' });
  return output.trim().split('\n').map((line) => JSON.parse(line) as { file: string; terms: Tally });
}

describe('npm run scan', () => {
  it('lists the kompensationsloven terms with their forms, one JSON line per file', () => {
    const [result] = scan('tests/fixtures/laws/kompensationsloven_lbk2020-108.html');
    expect(result?.file).toBe('tests/fixtures/laws/kompensationsloven_lbk2020-108.html');
    const terms = result?.terms ?? {};
    expect(terms['personlig-assistance']?.forms).toHaveProperty('personlig assistance');
    expect(Object.keys(terms['hjaelpemidler']?.forms ?? {})).toEqual(expect.arrayContaining(['hjælpemidler', 'hjælpemidlet']));
    expect(terms['loentilskud']?.forms).toHaveProperty('løntilskud');
    expect(terms['fleksjob']?.count).toBeGreaterThan(0);
    for (const tally of Object.values(terms)) {
      expect(Object.values(tally.forms).reduce((a, b) => a + b, 0)).toBe(tally.count);
    }
  }, 30_000);

  it('reads plain text, and skips what the content script skips in HTML', () => {
    const dir = mkdtempSync(join(tmpdir(), 'metodelup-scan-'));
    writeFileSync(join(dir, 'note.txt'), 'Borgeren er i fleksjob\nog får mentorstøtte.');
    writeFileSync(join(dir, 'page.html'), '<p>IPS og <em>personlig</em> assistance</p><script>fleksjob()</script>');
    const [text, html] = scan(join(dir, 'note.txt'), join(dir, 'page.html'));
    expect(Object.keys(text?.terms ?? {}).sort()).toEqual(['fleksjob', 'mentorstoette']);
    expect(html?.terms).toEqual({
      ips: { count: 1, forms: { IPS: 1 } },
      'personlig-assistance': { count: 1, forms: { 'personlig assistance': 1 } },
    });
  }, 30_000);

  it('marks no SE in company-law text, and CTI in a list of acronyms the glossary does not know', () => {
    const [result] = scan('tests/fixtures/pages/company-law.html');
    expect(result?.terms['supported-employment']).toBeUndefined();
    expect(result?.terms['cti']).toEqual({ count: 1, forms: { CTI: 1 } });
  }, 30_000);
});
