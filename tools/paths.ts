import * as path from 'path';
import { CHUNK_SOURCES } from '../lambda/lazy';

/** The project's folders, named once for the build, the model generator, the simulator and the stack. */
export const ROOT = path.join(__dirname, '..');
export const MODELS_DIR = path.join(ROOT, 'interaction-models');
export const SKILL_PACKAGE_DIR = path.join(ROOT, 'skill-package');
export const LAMBDA_ENTRY = path.join(ROOT, 'lambda', 'index.ts');
/**
 * The code loaded only when a request needs it (lambda/lazy/index.ts): each chunk a file of its own
 * beside index.js, built with the same options as index.js.
 */
export const LAZY_CHUNKS: readonly { readonly file: string; readonly entry: string }[] = Object.entries(CHUNK_SOURCES).map(([file, source]) => ({ file, entry: path.join(ROOT, source) }));
/** The APL documents, shipped beside the Lambda bundle rather than inside it. */
export const SCREENS_DIR = path.join(ROOT, 'lambda', 'screens');
export const SCREEN_FILES = ['document.json'];
/** The README's pictures of the screens, made by `npm run screenshots` (tools/screenshots.ts). */
export const DOCS_SCREENS_DIR = path.join(ROOT, 'docs', 'screens');
