import * as path from 'path';
import { stageSkillPackage } from '../infra/lib/skill-package';
import { ROOT } from './paths';

/** Where the ASK CLI finds the skill package (ask-resources.json's skillMetadata.src); git ignores it. */
export const BUILT_PACKAGE_DIR = path.join(ROOT, 'build', 'skill-package');

/**
 * `npm run package -- --function-arn <FunctionArn>`: writes the skill package in the layout the ASK CLI
 * deploys (`ask deploy`, with ask-resources.json at the root): skill.json with its endpoint and its skill
 * events' endpoint set to the function, the icons, and every locale's interaction model from
 * interaction-models/. The committed models stay where they are; this folder is generated.
 */
function main(argv: readonly string[]): void {
  const at = argv.indexOf('--function-arn');
  const functionArn = at >= 0 ? argv[at + 1] : undefined;
  if (!functionArn || !/^arn:aws:lambda:[a-z0-9-]+:\d{12}:function:[A-Za-z0-9-_]+/.test(functionArn)) {
    console.error('Pass the function the skill calls: npm run package -- --function-arn arn:aws:lambda:<region>:<account>:function:<name> (the stack prints it as FunctionArn).');
    process.exitCode = 1;
    return;
  }
  const dir = stageSkillPackage({ dir: BUILT_PACKAGE_DIR, functionArn });
  console.log(`wrote ${path.relative(process.cwd(), dir)}: skill.json, assets/images, interactionModels/custom`);
}

if (require.main === module) main(process.argv.slice(2));
