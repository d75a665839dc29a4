import { BuildOptions, build } from 'esbuild';
import * as path from 'path';
import { LAMBDA_BUNDLE } from './bundle-options';
import { LAMBDA_ENTRY } from './paths';

/**
 * The Lambda bundle as the contract wants it: dist/lambda/index.js, one minified CommonJS file
 * exporting `handler`. The AWS SDK v3 stays external: the Lambda Node runtime ships it.
 */
export const LAMBDA_BUNDLE_OPTIONS: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: LAMBDA_BUNDLE.target,
  minify: LAMBDA_BUNDLE.minify,
  sourcemap: LAMBDA_BUNDLE.sourcemap,
  external: [...LAMBDA_BUNDLE.external],
  legalComments: 'none',
};

export async function buildLambda(outfile = path.join(__dirname, '..', 'dist', 'lambda', 'index.js')): Promise<string> {
  await build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: [LAMBDA_ENTRY], outfile });
  return outfile;
}

if (require.main === module) {
  buildLambda().then(
    (file) => console.log(`built ${path.relative(process.cwd(), file)}`),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
