import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';

type Manifest = Record<string, unknown> & { permissions?: string[]; content_scripts?: { matches: string[]; all_frames?: boolean }[] };

const read = (dir: string) => JSON.parse(readFileSync(`.output/${dir}/manifest.json`, 'utf8')) as Manifest;

// The manifests are what the browsers and the stores see; they come from wxt.config.ts, so this
// checks the config through a real build rather than reading the config itself.
describe('the built manifests', () => {
  let chrome: Manifest;
  let firefox: Manifest;

  beforeAll(() => {
    execFileSync('node', ['scripts/ensure-build.mjs'], { stdio: 'inherit' });
    chrome = read('chrome-mv3');
    firefox = read('firefox-mv2');
  }, 120_000);

  it('Chrome: side panel, service worker, content script on every http(s) page, menus and a shortcut', () => {
    expect(chrome).toMatchObject({
      manifest_version: 3,
      name: 'Metodelup',
      default_locale: 'da',
      side_panel: { default_path: 'sidepanel.html' },
      background: { service_worker: 'background.js' },
      commands: {
        'open-panel': { suggested_key: { default: 'Alt+Shift+M' } },
        'next-term': { suggested_key: { default: 'Alt+Shift+N' } },
        'toggle-site': { suggested_key: { default: 'Alt+Shift+O' } },
      },
    });
    expect(chrome.content_scripts?.[0]).toMatchObject({ matches: ['http://*/*', 'https://*/*'], all_frames: true });
    expect([...(chrome.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'sidePanel', 'storage', 'unlimitedStorage']);
  });

  it('Firefox: a sidebar, no Chrome-only permission, and the gecko settings AMO requires', () => {
    expect(firefox).toMatchObject({
      sidebar_action: { default_panel: 'sidepanel.html' },
      browser_specific_settings: {
        gecko: { strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
      },
    });
    expect(firefox).not.toHaveProperty('side_panel');
    expect([...(firefox.permissions ?? [])].sort()).toEqual(['activeTab', 'contextMenus', 'storage', 'unlimitedStorage']);
  });

  it('Chromium: a fixed extension id for policies, and the managed-policy schema; Firefox neither', () => {
    const der = Buffer.from(String(chrome.key), 'base64');
    const hex = createHash('sha256').update(der).digest('hex').slice(0, 32);
    const id = [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('');
    expect(id).toBe('cjgcfbioglghkijpeekpfngcbbjkplid');
    expect(chrome.storage).toEqual({ managed_schema: 'managed-schema.json' });
    const schema = JSON.parse(readFileSync('.output/chrome-mv3/managed-schema.json', 'utf8')) as {
      type: string;
      properties: Record<string, { title?: string; description?: string; type?: string }>;
    };
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).sort()).toEqual(['disabledSites', 'extraEntries', 'highlightingEnabled', 'lockedSettings']);
    for (const property of Object.values(schema.properties)) {
      expect([typeof property.title, typeof property.description, typeof property.type]).toEqual(['string', 'string', 'string']);
    }
    expect(firefox).not.toHaveProperty('storage');
    expect(firefox).not.toHaveProperty('key');
    expect(firefox).toMatchObject({ browser_specific_settings: { gecko: { id: 'metodelup@metodelup.dk' } } });
  });

  it('asks for no host permission beyond its content script', () => {
    for (const manifest of [chrome, firefox]) {
      expect(manifest).not.toHaveProperty('host_permissions');
      expect(manifest.permissions?.some((permission) => permission.includes('://'))).toBe(false);
    }
  });

  it('lets pages reach only the hover card code, in Chromium only through a per-session address', () => {
    expect(chrome.web_accessible_resources).toEqual([
      { resources: ['hover-card.js'], matches: ['http://*/*', 'https://*/*'], use_dynamic_url: true },
    ]);
    expect(firefox.web_accessible_resources).toEqual(['hover-card.js']);
  });
});

describe('the managed-policy schema', () => {
  // Chromium drops every property of a policy object that its schema does not declare: an entry
  // field the glossary schema gains must be declared for extraEntries too.
  it('declares every field of a glossary entry for extraEntries', async () => {
    const { entrySchema } = await import('@/lib/glossary/schema');
    const schema = JSON.parse(readFileSync('public/managed-schema.json', 'utf8')) as {
      properties: { extraEntries: { items: { properties: Record<string, unknown> } } };
    };
    expect(Object.keys(schema.properties.extraEntries.items.properties).sort()).toEqual(
      expect.arrayContaining(Object.keys(entrySchema.shape).sort()),
    );
  });
});
