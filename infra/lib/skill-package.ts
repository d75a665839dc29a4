import { copyFileSync, mkdirSync, mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
import { MODELS_DIR, SKILL_PACKAGE_DIR } from '../../tools/paths';

export const MANIFEST_FILE = path.join(SKILL_PACKAGE_DIR, 'skill.json');

/**
 * Lays out the skill package as Alexa expects it (skill.json, interactionModels/custom/<locale>.json)
 * from the one manifest in skill-package/ and the models in interaction-models/, so neither is copied
 * by hand. Returns the folder, for an S3 asset.
 */
export function stageSkillPackage(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'baby-massage-skill-package-'));
  copyFileSync(MANIFEST_FILE, path.join(dir, 'skill.json'));
  const models = path.join(dir, 'interactionModels', 'custom');
  mkdirSync(models, { recursive: true });
  for (const locale of SUPPORTED_LOCALES) copyFileSync(path.join(MODELS_DIR, `${locale}.json`), path.join(models, `${locale}.json`));
  return dir;
}
