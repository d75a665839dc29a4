import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
import { MODELS_DIR, SKILL_PACKAGE_DIR } from '../../tools/paths';

export const MANIFEST_FILE = path.join(SKILL_PACKAGE_DIR, 'skill.json');

/**
 * Lays out the skill package as Alexa expects it (skill.json, the icons, interactionModels/custom/<locale>.json)
 * from the one manifest in skill-package/ and the models in interaction-models/, so neither is copied
 * by hand. Returns the folder: a new temporary one, for the stack's S3 asset, or `dir` (emptied first).
 * With `functionArn`, the manifest's endpoint and its skill events' endpoint name that function, for
 * the ASK CLI, which deploys the manifest as it is (tools/skill-package.ts).
 */
export function stageSkillPackage(options: { dir?: string; functionArn?: string } = {}): string {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'baby-massage-skill-package-'));
  if (options.dir) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  if (options.functionArn) {
    const skill = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
    skill.manifest.apis.custom.endpoint = { uri: options.functionArn };
    skill.manifest.events = { ...skill.manifest.events, endpoint: { uri: options.functionArn } };
    writeFileSync(path.join(dir, 'skill.json'), `${JSON.stringify(skill, null, 2)}\n`);
  } else {
    copyFileSync(MANIFEST_FILE, path.join(dir, 'skill.json'));
  }
  // The store's icons (skill-package/assets/images), which the manifest names by file URIs.
  cpSync(path.join(SKILL_PACKAGE_DIR, 'assets', 'images'), path.join(dir, 'assets', 'images'), { recursive: true });
  const models = path.join(dir, 'interactionModels', 'custom');
  mkdirSync(models, { recursive: true });
  for (const locale of SUPPORTED_LOCALES) copyFileSync(path.join(MODELS_DIR, `${locale}.json`), path.join(models, `${locale}.json`));
  return dir;
}
