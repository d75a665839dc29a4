import * as path from 'path';
import { BundlingOptions, ICommandHooks, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LAMBDA_BUNDLE_OPTIONS } from '../../tools/bundle-options';
import { ROOT } from '../../tools/paths';

const OUTPUT_FORMATS = { cjs: OutputFormat.CJS, esm: OutputFormat.ESM } as const;

/**
 * NodejsFunction bundling with the esbuild options of `npm run build` (LAMBDA_BUNDLE_OPTIONS in
 * tools/bundle-options.ts), each translated here. An option added there and not here is a type error
 * (and, should the types be bypassed, an error at synth), never an option the deployed bundle misses.
 */
export function lambdaBundling(extra: Partial<BundlingOptions> = {}): BundlingOptions {
  // NodejsFunction always runs esbuild with --bundle --platform=node: the types hold these two to that.
  const { bundle, platform, format, target, minify, sourcemap, external, legalComments, alias, ...untranslated } = LAMBDA_BUNDLE_OPTIONS satisfies { bundle: true; platform: 'node' };
  const nothingLeft: Record<string, never> = untranslated;
  if (Object.keys(nothingLeft).length > 0 || !bundle || platform !== 'node') {
    throw new Error(`LAMBDA_BUNDLE_OPTIONS has options infra/lib/bundling.ts does not translate for NodejsFunction: ${JSON.stringify(untranslated)}`);
  }
  return {
    format: OUTPUT_FORMATS[format],
    target,
    minify,
    sourceMap: sourcemap,
    externalModules: [...external],
    esbuildArgs: { '--legal-comments': legalComments, ...Object.fromEntries(Object.entries(alias).map(([from, to]) => [`--alias:${from}`, to])) },
    ...extra,
  };
}

/** The command that builds what goes beside index.js in a bundle directory: tools/build.ts, with the same options. */
export function besideIndexCommand(outputDir: string): string {
  return [path.join(ROOT, 'node_modules', '.bin', 'tsx'), path.join(ROOT, 'tools', 'build.ts'), '--beside-index', outputDir].map((arg) => (arg.startsWith('--') ? arg : `"${arg}"`)).join(' ');
}

/**
 * Hooks that lay out the skill's bundle as `npm run build` does: after NodejsFunction has bundled
 * index.js, the lazy chunks (LAZY_CHUNKS in tools/paths.ts, however many there are) and the APL
 * documents, from tools/build.ts itself.
 */
export const BESIDE_INDEX_HOOKS: ICommandHooks = {
  beforeBundling: () => [],
  beforeInstall: () => [],
  afterBundling: (_inputDir: string, outputDir: string) => [besideIndexCommand(outputDir)],
};
