import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostCovered, normaliseHost } from '@/lib/policy/hosts';
import { NO_POLICY, parsePolicy } from '@/lib/policy/parse-policy';
import { policyEntries } from '@/lib/policy/policy-entries';

const orgEntry = { id: 'visitationsteam', term: 'Visitationsteamet', category: 'begreber', summary: 'Kommunens team for visitation.' };

describe('parsePolicy', () => {
  it('reads every documented key', () => {
    const policy = parsePolicy(
      {
        highlightingEnabled: false,
        disabledSites: ['Sag.Kommune.dk', '*.mail.kommune.dk', 'https://intra.kommune.dk/start'],
        extraEntries: [orgEntry],
        lockedSettings: { privacyGuard: true },
      },
      { checkSetting: () => undefined, parseEntries: policyEntries(new Set()) },
    );
    expect(policy).toMatchObject({
      highlightingEnabled: false,
      disabledSites: ['sag.kommune.dk', 'mail.kommune.dk', 'intra.kommune.dk'],
      extraEntries: [{ id: 'visitationsteam', term: 'Visitationsteamet' }],
      lockedSettings: { privacyGuard: true },
      problems: [],
    });
  });

  it('ignores each wrong value by itself, with the reason, and keeps the rest', () => {
    const policy = parsePolicy(
      {
        highlightingEnabled: 'nej',
        disabledSites: ['sag.kommune.dk', 42, 'ikke et værtsnavn!'],
        extraEntries: [orgEntry, { id: 'uden-tekst', term: 'Uden tekst', category: 'begreber' }],
        lockedSettings: { privacyGuard: 'ja', unknownThing: 1 },
        colour: 'blue',
      },
      {
        checkSetting: (name, value) => (name !== 'privacyGuard' ? 'ukendt indstilling.' : typeof value === 'boolean' ? undefined : 'skal være true eller false.'),
        parseEntries: policyEntries(new Set()),
      },
    );
    expect(policy.highlightingEnabled).toBeUndefined();
    expect(policy.disabledSites).toEqual(['sag.kommune.dk']);
    expect(policy.extraEntries.map((entry) => entry.id)).toEqual(['visitationsteam']);
    expect(policy.lockedSettings).toEqual({});
    expect(policy.problems).toEqual([
      'Ukendt politik "colour" ignoreres.',
      'highlightingEnabled skal være true eller false, ikke "nej".',
      'disabledSites[1]: 42 er ikke et værtsnavn og ignoreres.',
      'disabledSites[2]: "ikke et værtsnavn!" er ikke et værtsnavn og ignoreres.',
      expect.stringMatching(/^extraEntries\[1\], feltet "summary": .* Opslaget ignoreres\.$/),
      'lockedSettings.privacyGuard: skal være true eller false. Ignoreres.',
      'lockedSettings.unknownThing: ukendt indstilling. Ignoreres.',
    ]);
  });

  it('keeps an organisation entry with a built-in id apart, as "org-<id>"', () => {
    const policy = parsePolicy({ extraEntries: [{ ...orgEntry, id: 'fleksjob' }] }, { parseEntries: policyEntries(new Set(['fleksjob'])) });
    expect(policy.extraEntries.map((entry) => entry.id)).toEqual(['org-fleksjob']);
    expect(policy.problems[0]).toMatch(/"fleksjob" findes i den indbyggede ordliste.*"org-fleksjob"/);
  });

  it('is no policy when nothing is provisioned, and never throws', () => {
    expect(parsePolicy(undefined)).toEqual(NO_POLICY);
    expect(parsePolicy({})).toEqual(NO_POLICY);
    fc.assert(
      fc.property(fc.anything(), fc.dictionary(fc.constantFrom('highlightingEnabled', 'disabledSites', 'extraEntries', 'lockedSettings'), fc.anything()), (a, b) => {
        parsePolicy(a);
        parsePolicy(b, { checkSetting: () => 'nej' });
      }),
    );
  });
});

describe('hosts', () => {
  it('a host covers itself and its subdomains, not look-alikes', () => {
    const sites = [normaliseHost('kommune.dk') ?? ''];
    expect(hostCovered('kommune.dk', sites)).toBe(true);
    expect(hostCovered('sag.kommune.dk', sites)).toBe(true);
    expect(hostCovered('minkommune.dk', sites)).toBe(false);
    expect(hostCovered('kommune.dk.evil.com', sites)).toBe(false);
  });

  it('spells a Danish host name as the browser does', () => {
    expect(normaliseHost('Økonomi.kommune.dk')).toBe('xn--konomi-9xa.kommune.dk');
  });
});
