import { BuildOptions, build } from 'esbuild';
import * as path from 'path';
import { LAMBDA_BUNDLE } from './bundle-options';
import { copyFileSync, mkdirSync } from 'fs';
import { LAMBDA_ENTRY, LAZY_CHUNKS, SCREENS_DIR, SCREEN_FILES } from './paths';

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
  // The rarely needed code, as files of their own that index.js reads only when a request needs them.
  for (const chunk of LAZY_CHUNKS) await build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: [chunk.entry], outfile: path.join(path.dirname(outfile), chunk.file) });
  copyScreenFiles(path.dirname(outfile));
  return outfile;
}

/**
 * The APL document goes beside the bundle, not in it: read only when a device has a screen
 * (lambda/screens/index.ts), it costs screenless devices and cold starts nothing.
 */
export function copyScreenFiles(bundleDir: string): void {
  mkdirSync(path.join(bundleDir, 'screens'), { recursive: true });
  for (const file of SCREEN_FILES) copyFileSync(path.join(SCREENS_DIR, file), path.join(bundleDir, 'screens', file));
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
