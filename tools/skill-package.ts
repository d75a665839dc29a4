import { readFileSync } from 'fs';
import * as path from 'path';
import { SkillEndpoints, StorePageUrls, stageSkillPackage } from '../infra/lib/skill-package';
import { ALEXA_REGION_NAMES, AlexaRegion } from '../infra/lib/regions';
import { ROOT } from './paths';

/** Where the ASK CLI finds the skill package (ask-resources.json's skillMetadata.src); git ignores it. */
export const BUILT_PACKAGE_DIR = path.join(ROOT, 'build', 'skill-package');

/** Where the README's deploy command writes the stacks' outputs (`cdk deploy --outputs-file`). */
export const DEFAULT_OUTPUTS_FILE = path.join(ROOT, 'build', 'cdk-outputs.json');

const FUNCTION_ARN_PATTERN = /^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9-_]+$/;

/**
 * The endpoints and store pages from the stacks' outputs, as `cdk deploy --all --outputs-file` writes
 * them (stack name to output name to value): each stack says which Alexa region it serves (AlexaRegion)
 * and its function (FunctionArn); the NA stack's function is the default endpoint, and it publishes the
 * store pages (PrivacyPolicyUrl, TermsOfUseUrl). Throws with what is missing.
 */
export function packageInputsFromOutputs(outputs: unknown): { endpoints: SkillEndpoints; pages: StorePageUrls } {
  if (typeof outputs !== 'object' || outputs === null) throw new Error('The outputs file holds no stacks: deploy with --outputs-file.');
  const byRegion = new Map<AlexaRegion, Record<string, unknown>>();
  for (const [stackName, values] of Object.entries(outputs as Record<string, Record<string, unknown>>)) {
    const region = values?.AlexaRegion;
    if (!ALEXA_REGION_NAMES.includes(region as AlexaRegion)) continue;
    if (byRegion.has(region as AlexaRegion)) throw new Error(`Two stacks serve the ${String(region)} region (one is ${stackName}): keep one deployment's outputs in the file.`);
    byRegion.set(region as AlexaRegion, values);
  }
  const arnOf = (region: AlexaRegion): string | undefined => {
    const arn = byRegion.get(region)?.FunctionArn;
    if (arn === undefined) return undefined;
    if (typeof arn !== 'string' || !FUNCTION_ARN_PATTERN.test(arn)) throw new Error(`The ${region} stack's FunctionArn is not a function ARN: ${JSON.stringify(arn)}.`);
    return arn;
  };
  const defaultArn = arnOf('NA');
  if (!defaultArn) throw new Error('No NA stack in the outputs: deploy it (npx cdk deploy --all ... --outputs-file build/cdk-outputs.json).');
  const regions = Object.fromEntries(ALEXA_REGION_NAMES.filter((region) => region !== 'NA').flatMap((region) => (arnOf(region) ? [[region, arnOf(region)!]] : [])));
  const na = byRegion.get('NA')!;
  const { PrivacyPolicyUrl: privacyPolicyUrl, TermsOfUseUrl: termsOfUseUrl } = na;
  if (typeof privacyPolicyUrl !== 'string' || typeof termsOfUseUrl !== 'string' || !/^https:\/\//.test(privacyPolicyUrl) || !/^https:\/\//.test(termsOfUseUrl)) {
    throw new Error('The NA stack has no PrivacyPolicyUrl and TermsOfUseUrl outputs: deploy the current stack first.');
  }
  return { endpoints: { defaultArn, regions }, pages: { privacyPolicyUrl, termsOfUseUrl } };
}

/**
 * `npm run package [-- --outputs <file>]`: writes the skill package in the layout the ASK CLI deploys
 * (`ask deploy`, with ask-resources.json at the root): skill.json with each region's endpoint and skill
 * events' endpoint, and every locale's privacy policy and terms of use, from the stacks' outputs; the
 * icons; every locale's interaction model from interaction-models/. The committed models stay where
 * they are; this folder is generated.
 */
function main(argv: readonly string[]): void {
  const at = argv.indexOf('--outputs');
  const file = at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]) : DEFAULT_OUTPUTS_FILE;
  try {
    const { endpoints, pages } = packageInputsFromOutputs(JSON.parse(readFileSync(file, 'utf8')));
    const dir = stageSkillPackage({ dir: BUILT_PACKAGE_DIR, endpoints, pages });
    const regions = ['NA (default)', ...Object.keys(endpoints.regions ?? {})].join(', ');
    console.log(`wrote ${path.relative(process.cwd(), dir)}: skill.json (endpoints for ${regions}; store pages), assets/images, interactionModels/custom`);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? `${path.relative(process.cwd(), file)} does not exist.` : (error as Error).message;
    console.error(`${reason}\nDeploy with: npx cdk deploy --all -c skillId=<id> --outputs-file build/cdk-outputs.json, then npm run package.`);
    process.exitCode = 1;
  }
}

if (require.main === module) main(process.argv.slice(2));
