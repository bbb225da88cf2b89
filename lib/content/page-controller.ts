import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { EntryKind } from '../glossary/entry-kinds';
import { todayIso } from '../glossary/status';
import type { Matcher } from '../matcher/create-matcher';
import type { PageState } from '../messages';
import { containsCprNumber } from '../privacy/cpr';
import { hostOf, offReason, siteListed, watchSettings, type EffectiveSettings } from '../settings';
import { startHighlighter, type PageReading } from './highlighter';
import { termFilter } from './term-filter';

type Highlighter = ReturnType<typeof startHighlighter>;

interface Options {
  ctx: ContentScriptContext;
  document: Document;
  matcher: Matcher;
  kinds: Readonly<Record<string, EntryKind>>;
  /** The settings in force, asked for by the caller as early as it can (each read is a round trip). */
  settings: Promise<EffectiveSettings>;
  /** Reports the terms found (entry ids and counts) and, when nothing is marked, why. */
  report: (report: { counts: Record<string, number>; state: PageState | undefined }) => void;
  /** Called with each highlighter started (after a site is turned on again, a new one). */
  onStarted?: (highlighter: Highlighter) => void;
  /** Called when the page's marks are removed: hover cards close too. */
  onStopped?: () => void;
  /** What the page is: its act and whether it is about the field (lib/acts). */
  readPage?: () => PageReading;
}

/**
 * Runs the highlighter on a page as the settings say, and follows them live: on a site that is off
 * (or everywhere off) nothing of the page is read; paused or guarded, every mark is removed at
 * once; other changes (categories, known entries, occurrences, style) restyle what is found.
 */
export function controlPage({ ctx, document, matcher, kinds, settings, report, onStarted, onStopped, readPage }: Options) {
  const host = hostOf(document.location?.href);
  let highlighter: Highlighter | undefined;
  let current: EffectiveSettings | undefined;
  let paused = false;
  /** The page showed a CPR number (until it is reloaded or left). */
  let sawCpr = false;

  const guardOn = (effective: EffectiveSettings) =>
    effective.settings.privacyGuard && (host === undefined || !siteListed(host, effective.settings.guardAllowedSites));

  const stateOf = (effective: EffectiveSettings): PageState | undefined => {
    if (offReason(effective, host)) return 'off';
    if (paused) return 'paused';
    if (sawCpr && guardOn(effective)) return 'guarded';
    return undefined;
  };

  const stop = () => {
    if (!highlighter) return;
    highlighter.stop();
    highlighter = undefined;
    onStopped?.();
  };

  const view = (effective: EffectiveSettings) => ({
    filter: termFilter(effective.settings, kinds, todayIso()),
    underline: effective.settings.style === 'underline',
  });

  const apply = (effective: EffectiveSettings) => {
    if (ctx.isInvalid) return;
    current = effective;
    const state = stateOf(effective);
    if (state) {
      stop();
      report({ counts: {}, state });
      return;
    }
    if (highlighter) {
      highlighter.restyle(view(effective));
      return;
    }
    highlighter = startHighlighter({
      document,
      matcher,
      ctx,
      ...view(effective),
      ...(readPage ? { readPage } : {}),
      onCounts: (counts) => {
        report({ counts, state: undefined });
      },
      // The guard reads only what the highlighter reads anyway, and keeps nothing of it.
      guard: (text) => current !== undefined && guardOn(current) && containsCprNumber(text),
      onGuarded: () => {
        sawCpr = true;
        highlighter = undefined;
        onStopped?.();
        report({ counts: {}, state: 'guarded' });
      },
    });
    onStarted?.(highlighter);
  };

  void settings.then(apply, (error: unknown) => {
    console.debug('Metodelup: settings could not be read; highlighting is off on this page', error);
  });
  ctx.onInvalidated(watchSettings(apply));

  return {
    current: () => highlighter,
    /** Pause until the page is reloaded or left, or resume. */
    setPaused(value: boolean) {
      paused = value;
      if (current) apply(current);
    },
  };
}
