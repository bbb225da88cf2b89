import { ContentScriptContext as WxtContentScriptContext } from 'metodelup:wxt-content-script-context';

/** Where the running copy of a content script leaves its stop: the content scripts' own global, which pages never see. */
interface RunningCopies {
  metodelupRunning?: Record<string, () => void>;
}

/**
 * WXT's context, with one change, put in its place in the page builds (wxt.config.ts). WXT tells
 * an older copy of the script (re-injected after an update) to stop with a CustomEvent on
 * `document` named after the extension's id: pages share the DOM's events, so a page could hear
 * it and tell that the extension is installed, and by sending the same event it turned the
 * highlighting off (measured in Chromium). The copies tell each other through the content
 * scripts' own world instead.
 */
export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {
    const name = (this as unknown as { contentScriptName: string }).contentScriptName;
    const running = ((globalThis as RunningCopies).metodelupRunning ??= {});
    running[name]?.();
    running[name] = () => {
      this.notifyInvalidated();
    };
  }

  override listenForNewerScripts(): void {
    // The next copy calls the stop left above.
  }
}
