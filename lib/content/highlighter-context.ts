import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/** What the highlighter needs from WXT's content-script context: its timers, listeners and lifetime. */
export type HighlighterContext = Pick<
  ContentScriptContext,
  'isInvalid' | 'setTimeout' | 'requestAnimationFrame' | 'requestIdleCallback' | 'addEventListener' | 'onInvalidated'
>;
