import { useEffect } from 'preact/hooks';

/** The attribute that marks where focus goes when a view opens: its heading, or the search box. */
export const VIEW_FOCUS = 'data-view-focus';

/**
 * Moves the focus to the view that has just opened (`key`: the address's hash), once it is drawn
 * (`ready`): a keyboard or screen-reader user who opens an entry, goes back or opens the settings
 * lands at the top of the new view instead of on the page's body, where the control they used was.
 */
export function useViewFocus(key: string, ready: boolean): void {
  useEffect(() => {
    if (!ready) return;
    document.querySelector<HTMLElement>(`[${VIEW_FOCUS}]`)?.focus();
  }, [key, ready]);
}
