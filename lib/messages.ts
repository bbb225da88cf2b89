import { browser, type Browser } from 'wxt/browser';

/**
 * Every message between the extension's parts, in one union, so that a sender and its receiver
 * cannot drift apart. Page content never travels: only entry ids and counts.
 */
export type Message =
  /**
   * Content script → background: the glossary terms found in this frame, by entry id, and why the
   * frame marks nothing when it does not (off, paused, or a CPR number on the page); from the top
   * frame, the act the page holds and which of its documents (for the panel's note on an outdated
   * consolidation).
   */
  | { type: 'page-terms'; counts: Record<string, number>; state?: PageState; act?: PageAct }
  /** Side panel → every frame of a tab: pause highlighting until the page is reloaded or left, or resume. */
  | { type: 'pause-page'; paused: boolean }
  /** Side panel → the tab's top frame: which site is this? (answered, never stored) */
  | { type: 'page-host' }
  /** Side panel → content script of the tab's top frame: show the next occurrence of an entry. */
  | { type: 'reveal-term'; entryId: string }
  /** Content script (the hover card's "Læs mere") → background: open the panel on an entry. */
  | { type: 'open-entry'; entryId: string }
  /** Background (keyboard command) → content script of the tab's top frame: card of the next term. */
  | { type: 'show-next-term' };

/** The act a page holds, by its id in the register, and the document it is by ELI key ("2023/1180"), where known. */
export interface PageAct {
  id: string;
  eli?: string;
}

/** Why a page marks nothing: highlighting is off (everywhere or on the site), paused, or guarded. */
export type PageState = 'off' | 'paused' | 'guarded';

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export function sendToBackground(message: MessageOf<'page-terms' | 'open-entry'>): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

export function sendToTab(tabId: number, message: MessageOf<'reveal-term' | 'show-next-term'>): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message, { frameId: 0 });
}

/** To every frame of a tab. */
export function sendToFrames(tabId: number, message: MessageOf<'pause-page'>): Promise<unknown> {
  return browser.tabs.sendMessage(tabId, message);
}

/** Asks the tab's top frame for its site: the panel needs it to offer "turn off on <host>". */
export async function askPageHost(tabId: number): Promise<string | undefined> {
  const answer: unknown = await browser.tabs.sendMessage(tabId, { type: 'page-host' } satisfies Message, { frameId: 0 });
  return typeof answer === 'string' ? answer : undefined;
}

/** Answers the panel's question for this page's site. */
export function answerPageHost(host: string | undefined): () => void {
  // Answering by a returned promise: the one way both browsers' APIs share.
  const listener = (value: unknown): Promise<string | undefined> | undefined =>
    isMessage(value) && value.type === 'page-host' ? Promise.resolve(host) : undefined;
  browser.runtime.onMessage.addListener(listener as (value: unknown) => undefined);
  return () => {
    browser.runtime.onMessage.removeListener(listener as (value: unknown) => undefined);
  };
}

const TYPES = new Set<string>(['page-terms', 'reveal-term', 'open-entry', 'show-next-term', 'pause-page', 'page-host']);

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'type' in value && TYPES.has(String(value.type));
}

/** Listens for one kind of message; others and foreign shapes are ignored. Returns the way to stop. */
export function onMessage<T extends Message['type']>(
  type: T,
  handler: (message: MessageOf<T>, sender: Browser.runtime.MessageSender) => void,
): () => void {
  const listener = (value: unknown, sender: Browser.runtime.MessageSender) => {
    if (isMessage(value) && value.type === type) handler(value as MessageOf<T>, sender);
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => {
    browser.runtime.onMessage.removeListener(listener);
  };
}
