/** Types of find-chromium.mjs, a plain module so that the set-up script runs before any install. */
export const CHROMIUM_INSTALL_HINT: string;
export function locateChromium(): string | undefined;
export function findChromium(): string;
