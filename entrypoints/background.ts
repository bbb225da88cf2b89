import compiledGlossary from 'virtual:metodelup-glossary/matcher';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { wireCommands } from '@/lib/background/commands';
import { createLookupMenu, wireLookupMenu } from '@/lib/background/context-menu';
import { wireOpenEntry } from '@/lib/background/open-entry';
import { createSiteMenu, wireSiteToggle } from '@/lib/background/site-toggle';
import { publishExtras } from '@/lib/background/publish-extras';
import { rememberPolicy } from '@/lib/background/remember-policy';
import { trackPageTerms } from '@/lib/background/track-page-terms';
import { wireToolbarButton } from '@/lib/browser-ui/open-panel';

// The background only wires browser UI and relays: it never sees page text.
export default defineBackground(() => {
  // First: the organisation's policy, read from the managed store and kept for every page, which
  // then need not wait for the store itself (it answers seconds late after the browser starts).
  rememberPolicy();
  browser.runtime.onInstalled.addListener(() => {
    createLookupMenu();
    createSiteMenu();
  });
  wireSiteToggle();
  wireToolbarButton();
  wireLookupMenu();
  wireCommands();
  trackPageTerms();
  wireOpenEntry();
  // The organisation's and the caseworker's own entries, compiled for the content scripts.
  publishExtras(compiledGlossary);
});
