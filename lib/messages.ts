import { browser, type Browser } from 'wxt/browser';

/**
 * Every message between the extension's parts, in one union, so that a sender and its receiver
 * cannot drift apart. Page content never travels: only entry ids and counts.
 */
export type Message = {
  /** Content script → background: the glossary terms found in this frame, by entry id. */
  type: 'page-terms';
  counts: Record<string, number>;
};

export type MessageOf<T extends Message['type']> = Extract<Message, { type: T }>;

export function sendToBackground(message: Message): Promise<unknown> {
  return browser.runtime.sendMessage(message);
}

function isMessage(value: unknown): value is Message {
  return typeof value === 'object' && value !== null && 'type' in value && value.type === 'page-terms';
}

/** Listens for one kind of message; messages of other kinds and foreign shapes are ignored. */
export function onMessage<T extends Message['type']>(
  type: T,
  handler: (message: MessageOf<T>, sender: Browser.runtime.MessageSender) => void,
): void {
  browser.runtime.onMessage.addListener((value: unknown, sender: Browser.runtime.MessageSender) => {
    if (isMessage(value) && value.type === type) handler(value as MessageOf<T>, sender);
    return undefined;
  });
}
