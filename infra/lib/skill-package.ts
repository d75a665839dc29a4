import { copyFileSync, cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
import { MODELS_DIR, SKILL_PACKAGE_DIR } from '../../tools/paths';

export const MANIFEST_FILE = path.join(SKILL_PACKAGE_DIR, 'skill.json');

/** Where each Alexa region's requests and skill events go: the default (NA) and, by region, the others. */
export interface SkillEndpoints {
  readonly defaultArn: string;
  readonly regions?: Readonly<Record<string, string>>;
}

/** The store pages' published addresses (the NA stack's outputs). */
export interface StorePageUrls {
  readonly privacyPolicyUrl: string;
  readonly termsOfUseUrl: string;
}

/**
 * The manifest's `endpoint` and, for the other Alexa regions, `regions`: the same for `apis.custom` and
 * for `events` (each region's function answers its requests and its skill events).
 */
export function manifestEndpoints(endpoints: SkillEndpoints): { endpoint: { uri: string }; regions?: Record<string, { endpoint: { uri: string } }> } {
  const entries = Object.entries(endpoints.regions ?? {});
  return {
    endpoint: { uri: endpoints.defaultArn },
    ...(entries.length === 0 ? {} : { regions: Object.fromEntries(entries.map(([region, uri]) => [region, { endpoint: { uri } }])) }),
  };
}

/** Every supported locale's privacy policy and terms of use, as `privacyAndCompliance.locales`. */
export function privacyLocales(pages: StorePageUrls): Record<string, StorePageUrls> {
  return Object.fromEntries(SUPPORTED_LOCALES.map((locale) => [locale, { privacyPolicyUrl: pages.privacyPolicyUrl, termsOfUseUrl: pages.termsOfUseUrl }]));
}

/**
 * Lays out the skill package as Alexa expects it (skill.json, the icons, interactionModels/custom/<locale>.json)
 * from the one manifest in skill-package/ and the models in interaction-models/, so neither is copied
 * by hand. Returns the folder: a new temporary one, for the stack's S3 asset, or `dir` (emptied first).
 * For the ASK CLI, which deploys the manifest as it is (tools/skill-package.ts): with `endpoints`, the
 * manifest's endpoint and its skill events' endpoint name the functions (`apis.custom.regions` and
 * `events.regions` for EU and FE); with `pages`, every locale's privacy policy and terms of use.
 */
export function stageSkillPackage(options: { dir?: string; endpoints?: SkillEndpoints; pages?: StorePageUrls } = {}): string {
  const dir = options.dir ?? mkdtempSync(path.join(os.tmpdir(), 'baby-massage-skill-package-'));
  if (options.dir) rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const skill = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8'));
  const { endpoints, pages } = options;
  if (endpoints) {
    skill.manifest.apis.custom = { ...skill.manifest.apis.custom, ...manifestEndpoints(endpoints) };
    skill.manifest.events = { ...skill.manifest.events, ...manifestEndpoints(endpoints) };
  }
  if (pages) Object.assign(skill.manifest.privacyAndCompliance.locales, privacyLocales(pages));
  writeFileSync(path.join(dir, 'skill.json'), `${JSON.stringify(skill, null, 2)}\n`);
  // The store's icons (skill-package/assets/images), which the manifest names by file URIs.
  cpSync(path.join(SKILL_PACKAGE_DIR, 'assets', 'images'), path.join(dir, 'assets', 'images'), { recursive: true });
  const models = path.join(dir, 'interactionModels', 'custom');
  mkdirSync(models, { recursive: true });
  for (const locale of SUPPORTED_LOCALES) copyFileSync(path.join(MODELS_DIR, `${locale}.json`), path.join(models, `${locale}.json`));
  return dir;
}
