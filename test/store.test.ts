import { existsSync, mkdtempSync, readFileSync } from 'fs';
import type { AddressInfo } from 'net';
import * as os from 'os';
import * as path from 'path';
import { GetObjectCommand, S3Client } from '@aws-sdk/client-s3';
import type { CloudFormationCustomResourceEvent } from 'aws-lambda';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { MANIFEST_FILE, stageSkillPackage } from '../infra/lib/skill-package';
import { STORE_PAGES, htmlPage } from '../infra/lib/store-pages';
import { PAGE_CACHE_CONTROL, publishPages } from '../lambda/render/pages-handler';
import { S3Store } from '../lambda/render/s3-store';
import { packageInputsFromOutputs } from '../tools/skill-package';
import { ICONS, ICON_HASH_FILE, iconSourceHash } from '../tools/store/icons';
import { ALEXA_REGIONS, LOCALE_HOMES, distributionCountries } from '../infra/lib/regions';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships no types or ES module
const S3rver = require('s3rver') as new (options: Record<string, unknown>) => { run(): Promise<AddressInfo>; close(): Promise<void> };

/** The store package: the icons drawn for the skill, the package for the ASK CLI, the pages it links to. */
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

/** The stacks' outputs as `npx cdk deploy --all --outputs-file` writes them. */
const CDK_OUTPUTS = {
  BabyMassage: {
    AlexaRegion: 'NA',
    FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:BabyMassage-BackendSkillFunction8FF67CC1-AbC',
    PrivacyPolicyUrl: 'https://d1234abcd.cloudfront.net/privacy-policy.html',
    TermsOfUseUrl: 'https://d1234abcd.cloudfront.net/terms-of-use.html',
    TableName: 'BabyMassage-AttributesTableD9E333DD-XYZ',
  },
  'BabyMassage-EU': { AlexaRegion: 'EU', FunctionArn: 'arn:aws:lambda:eu-west-1:123456789012:function:BabyMassage-EU-BackendSkillFunction-DeF' },
  'BabyMassage-FE': { AlexaRegion: 'FE', FunctionArn: 'arn:aws:lambda:us-west-2:123456789012:function:BabyMassage-FE-BackendSkillFunction-GhI' },
};

describe('the skill package for the ASK CLI', () => {
  const staged = () => {
    const { endpoints, pages } = packageInputsFromOutputs(CDK_OUTPUTS);
    const dir = stageSkillPackage({ dir: path.join(os.tmpdir(), `bm-package-${process.pid}`), endpoints, pages });
    return { dir, manifest: JSON.parse(readFileSync(path.join(dir, 'skill.json'), 'utf8')).manifest };
  };

  it("is written in its layout into an ignored folder, with each region's function for requests and skill events", () => {
    const { dir, manifest } = staged();
    const regions = { EU: { endpoint: { uri: CDK_OUTPUTS['BabyMassage-EU'].FunctionArn } }, FE: { endpoint: { uri: CDK_OUTPUTS['BabyMassage-FE'].FunctionArn } } };
    expect(manifest.apis.custom.endpoint).toEqual({ uri: CDK_OUTPUTS.BabyMassage.FunctionArn });
    expect(manifest.apis.custom.regions).toEqual(regions);
    expect(manifest.events).toEqual({ endpoint: { uri: CDK_OUTPUTS.BabyMassage.FunctionArn }, regions, subscriptions: [{ eventName: 'SKILL_DISABLED' }] });
    for (const locale of SUPPORTED_LOCALES) expect(existsSync(path.join(dir, 'interactionModels', 'custom', `${locale}.json`))).toBe(true);
    // ask-resources.json points the ASK CLI at the generated folder, which git ignores.
    const resources = JSON.parse(readFileSync(path.join(__dirname, '..', 'ask-resources.json'), 'utf8'));
    expect(resources.profiles.default.skillMetadata.src).toBe('./build/skill-package');
    expect(readFileSync(path.join(__dirname, '..', '.gitignore'), 'utf8').split('\n')).toContain('build/');
  });

  it("sets every locale's privacy policy and terms of use to the pages the NA stack publishes", () => {
    const { manifest } = staged();
    expect(Object.keys(manifest.privacyAndCompliance.locales).sort()).toEqual([...SUPPORTED_LOCALES].sort());
    for (const locale of SUPPORTED_LOCALES) {
      expect(manifest.privacyAndCompliance.locales[locale]).toEqual({ privacyPolicyUrl: CDK_OUTPUTS.BabyMassage.PrivacyPolicyUrl, termsOfUseUrl: CDK_OUTPUTS.BabyMassage.TermsOfUseUrl });
    }
  });

  it('says what is missing from the outputs rather than write a package without it', () => {
    const { 'BabyMassage-EU': eu, 'BabyMassage-FE': fe } = CDK_OUTPUTS;
    expect(() => packageInputsFromOutputs({ 'BabyMassage-EU': eu, 'BabyMassage-FE': fe })).toThrow('No NA stack in the outputs');
    expect(() => packageInputsFromOutputs({ ...CDK_OUTPUTS, BabyMassage: { ...CDK_OUTPUTS.BabyMassage, PrivacyPolicyUrl: undefined } })).toThrow('no PrivacyPolicyUrl and TermsOfUseUrl');
    expect(() => packageInputsFromOutputs({ ...CDK_OUTPUTS, 'BabyMassage-EU': { ...eu, FunctionArn: 'BabyMassage-EU-handler' } })).toThrow("The EU stack's FunctionArn is not a function ARN");
    expect(() => packageInputsFromOutputs({ ...CDK_OUTPUTS, Other: { ...eu } })).toThrow('Two stacks serve the EU region');
    // One region deployed alone: NA's function serves every region.
    expect(packageInputsFromOutputs({ BabyMassage: CDK_OUTPUTS.BabyMassage }).endpoints).toEqual({ defaultArn: CDK_OUTPUTS.BabyMassage.FunctionArn, regions: {} });
  });
});

describe('the store pages', () => {
  it('are the Markdown in docs/ as whole HTML pages: headings, paragraphs, list items, bold and links, every character escaped', () => {
    const policy = htmlPage(readFileSync(STORE_PAGES.privacyPolicy.source, 'utf8'));
    expect(policy).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
    expect(policy).toContain('<title>Baby Massage: privacy policy</title>');
    expect(policy).toContain('<h2>How to delete it</h2>');
    expect(policy).toMatch(/<li>Say &quot;Alexa, ask baby massage to forget everything about me&quot;, then &quot;yes&quot;: the whole record is deleted\.<\/li>/);
    expect(policy).not.toMatch(/\*\*|^- |^#/m);
    const terms = htmlPage(readFileSync(STORE_PAGES.termsOfUse.source, 'utf8'));
    expect(terms).toContain('<li><strong>Not medical advice.</strong> It is not a substitute for professional medical advice');
    expect(terms).toContain('<a href="privacy-policy.html">privacy policy</a>');
    expect(htmlPage('# A <b> & "c"\n\nx')).toContain('<h1>A &lt;b&gt; &amp; &quot;c&quot;</h1>\n<p>x</p>');
  });

  describe('published into a bucket (s3rver on 127.0.0.1) by the custom resource', () => {
    let server: { run(): Promise<AddressInfo>; close(): Promise<void> };
    let store: S3Store;
    let client: S3Client;
    const event = (RequestType: 'Create' | 'Update' | 'Delete', pages: Record<string, string>, old: Record<string, string> = {}) =>
      ({ RequestType, ResourceProperties: { ServiceToken: 'x', Pages: pages }, OldResourceProperties: { ServiceToken: 'x', Pages: old } }) as unknown as CloudFormationCustomResourceEvent;
    const read = async (key: string) => {
      const object = await client.send(new GetObjectCommand({ Bucket: 'pages', Key: key }));
      return { body: await object.Body?.transformToString(), type: object.ContentType, cache: object.CacheControl };
    };

    beforeAll(async () => {
      const credentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };
      server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory: mkdtempSync(path.join(os.tmpdir(), 'bm-pages-')), configureBuckets: [{ name: 'pages' }] });
      const endpoint = `http://127.0.0.1:${(await server.run()).port}`;
      store = new S3Store({ bucket: 'pages', endpoint, region: 'us-east-1', credentials });
      client = new S3Client({ endpoint, region: 'us-east-1', credentials, forcePathStyle: true });
    });
    afterAll(() => server.close());

    it('writes each page as HTML cached for five minutes, removes a page no longer carried, and removes all on delete', async () => {
      const pages = { 'privacy-policy.html': '<p>policy</p>', 'terms-of-use.html': '<p>terms</p>' };
      expect(await publishPages(store, event('Create', pages))).toEqual({ written: 2, removed: 0 });
      expect(await read('privacy-policy.html')).toEqual({ body: '<p>policy</p>', type: 'text/html; charset=utf-8', cache: PAGE_CACHE_CONTROL });

      expect(await publishPages(store, event('Update', { 'privacy-policy.html': '<p>policy 2</p>' }, pages))).toEqual({ written: 1, removed: 1 });
      expect((await read('privacy-policy.html')).body).toBe('<p>policy 2</p>');
      await expect(read('terms-of-use.html')).rejects.toThrow();

      expect(await publishPages(store, event('Delete', { 'privacy-policy.html': '<p>policy 2</p>', '../escape.html': 'x' }))).toEqual({ written: 0, removed: 1 });
      await expect(read('privacy-policy.html')).rejects.toThrow();
    });
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
