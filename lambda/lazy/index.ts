import { existsSync } from 'fs';
import * as path from 'path';

/** The bundle file of `extras.ts`, beside index.js in the Lambda bundle. */
export const EXTRAS_FILE = 'extras.js';

let loaded: typeof import('./extras') | undefined;

/**
 * The rarely needed code (extras.ts), loaded on first use. In the bundle it is a second file beside
 * index.js; in the sources (tests, tsx) it is the TypeScript module itself.
 */
export function extras(): typeof import('./extras') {
  if (!loaded) {
    const bundled = path.join(__dirname, EXTRAS_FILE);
    // A computed path: esbuild leaves the require alone instead of bundling extras into index.js.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    loaded = require(existsSync(bundled) ? bundled : path.join(__dirname, 'extras')) as typeof import('./extras');
  }
  return loaded;
}
