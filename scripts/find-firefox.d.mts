/** Types of find-firefox.mjs, a plain module so that the set-up script runs before any install. */
export const FIREFOX_INSTALL_HINT: string;
export function locateFirefox(): string | undefined;
export function findFirefox(): string;
