// Finds a system program by an environment variable, known paths, then names on PATH: shared by
// find-chromium.mjs and find-firefox.mjs. A plain module, so that the set-up script runs before
// any install.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * The path of the program, or undefined. `envVar`, when set, is the only place looked at (a wrong
 * value is not papered over by another browser).
 */
export function locateExecutable({ envVar, paths, commands }) {
  const fromEnv = process.env[envVar];
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  const found = paths.find((path) => existsSync(path));
  if (found) return found;
  for (const command of commands) {
    try {
      const path = execFileSync('which', [command], { encoding: 'utf8' }).trim();
      if (path) return path;
    } catch {
      // not on PATH; try the next name
    }
  }
  return undefined;
}

/** Like locateExecutable, but fails with what to install: a browser test never skips silently. */
export function findExecutable(place, name, hint) {
  const path = locateExecutable(place);
  if (!path) {
    const value = process.env[place.envVar];
    const where = value ? ` (${place.envVar}=${value} does not exist)` : '';
    throw new Error(`No ${name} found${where}. ${hint}`);
  }
  return path;
}
