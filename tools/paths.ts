import * as path from 'path';

/** The project's folders, named once for the build, the model generator, the simulator and the stack. */
export const ROOT = path.join(__dirname, '..');
export const MODELS_DIR = path.join(ROOT, 'interaction-models');
export const SKILL_PACKAGE_DIR = path.join(ROOT, 'skill-package');
export const LAMBDA_ENTRY = path.join(ROOT, 'lambda', 'index.ts');
/** Play-along, screens and answers: a second file beside the bundle (lambda/lazy/index.ts). */
export const EXTRAS_ENTRY = path.join(ROOT, 'lambda', 'lazy', 'extras.ts');
/** The APL documents, shipped beside the Lambda bundle rather than inside it. */
export const SCREENS_DIR = path.join(ROOT, 'lambda', 'screens');
export const SCREEN_FILES = ['document.json'];
