import { existsSync, readFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { MANIFEST_FILE, stageSkillPackage } from '../infra/lib/skill-package';
import { ICONS, ICON_HASH_FILE, iconSourceHash } from '../tools/store/icons';
import { ALEXA_REGIONS, LOCALE_HOMES, distributionCountries } from '../infra/lib/regions';

/** Issue 22's store package, the parts that need no second region: the icons drawn for the skill. */
describe("the store's icons", () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')).manifest;

  it.each(ICONS.map((icon) => [icon.size, icon] as const))('%i x %i PNG, drawn from skill-package/assets/icon.svg', (size, icon) => {
    const png = readFileSync(icon.file);
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    // IHDR: width and height, big-endian, at bytes 16 and 20.
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([size, size]);
  });

  it('is rendered from the drawing as it is now (npx tsx tools/store/icons.ts after a change)', () => {
    expect(readFileSync(ICON_HASH_FILE, 'utf8').trim()).toBe(iconSourceHash());
  });

  it.each(SUPPORTED_LOCALES)('%s names both icons, and the staged package holds them', (locale) => {
    const info = manifest.publishingInformation.locales[locale];
    expect([info.smallIconUri, info.largeIconUri]).toEqual(ICONS.map((icon) => icon.uri));
    const staged = stageSkillPackage();
    for (const icon of ICONS) expect(existsSync(path.join(staged, icon.uri.replace('file://', '')))).toBe(true);
  });
});

describe('the skill package for the ASK CLI', () => {
  it('is written in its layout into an ignored folder, with the endpoint and skill events at the function', () => {
    const functionArn = 'arn:aws:lambda:us-east-1:123456789012:function:BabyMassage-handler';
    const dir = stageSkillPackage({ dir: path.join(os.tmpdir(), `bm-package-${process.pid}`), functionArn });
    const skill = JSON.parse(readFileSync(path.join(dir, 'skill.json'), 'utf8')).manifest;
    expect(skill.apis.custom.endpoint).toEqual({ uri: functionArn });
    expect(skill.events).toEqual({ endpoint: { uri: functionArn }, subscriptions: [{ eventName: 'SKILL_DISABLED' }] });
    for (const locale of SUPPORTED_LOCALES) expect(existsSync(path.join(dir, 'interactionModels', 'custom', `${locale}.json`))).toBe(true);
    // ask-resources.json points the ASK CLI at the generated folder, which git ignores.
    const resources = JSON.parse(readFileSync(path.join(__dirname, '..', 'ask-resources.json'), 'utf8'));
    expect(resources.profiles.default.skillMetadata.src).toBe('./build/skill-package');
    expect(readFileSync(path.join(__dirname, '..', '.gitignore'), 'utf8').split('\n')).toContain('build/');
  });
});

describe('the privacy policy and terms of use', () => {
  const read = (file: string) => readFileSync(path.join(__dirname, '..', 'docs', file), 'utf8');

  it('say what is kept, for how long and how to delete it, as the skill says it', () => {
    const policy = read('privacy-policy.md');
    for (const point of ['practice log', '90 days', 'month and year of birth', 'forget everything about me', 'forget my baby\'s age', 'Disable the skill', 'time zone', 'nothing about health']) {
      expect([point, policy.includes(point)]).toEqual([point, true]);
    }
  });

  it('carry the not-medical-advice disclaimer', () => {
    expect(read('terms-of-use.md')).toMatch(/not a substitute for professional medical advice/);
  });
});

describe("each locale's home region and countries", () => {
  const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')).manifest;

  it('gives every supported locale a home in one of the three Alexa regions, mapped as the ASK tooling maps them', () => {
    expect(ALEXA_REGIONS).toEqual({ NA: 'us-east-1', EU: 'eu-west-1', FE: 'us-west-2' });
    for (const locale of SUPPORTED_LOCALES) expect(Object.keys(ALEXA_REGIONS)).toContain(LOCALE_HOMES[locale].region);
  });

  it("offers the skill in exactly the countries its locales serve (the English (AU) model serves New Zealand too)", () => {
    expect([...manifest.publishingInformation.distributionCountries].sort()).toEqual(distributionCountries().sort());
    expect(manifest.publishingInformation.isAvailableWorldwide).toBe(false);
    expect(distributionCountries()).toContain('NZ');
  });
});
