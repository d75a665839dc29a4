import { build } from 'esbuild';
import * as path from 'path';
import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { LAMBDA_BUNDLE_OPTIONS } from './bundle-options';
import { LAMBDA_ENTRY, LAZY_CHUNKS, SCREENS_DIR, SCREEN_FILES } from './paths';

export { LAMBDA_BUNDLE_OPTIONS };

/** One bundle file beside index.js, from its own entry. */
export interface Chunk {
  readonly file: string;
  readonly entry: string;
}

/**
 * The Lambda bundle as the contract wants it: dist/lambda/index.js, one minified CommonJS file
 * exporting `handler`, and beside it what it loads only when a request needs it.
 */
export async function buildLambda(outfile = path.join(__dirname, '..', 'dist', 'lambda', 'index.js')): Promise<string> {
  await build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: [LAMBDA_ENTRY], outfile });
  await buildBesideIndex(path.dirname(outfile));
  return outfile;
}

/**
 * What goes beside index.js, for `npm run build` and for the stack's NodejsFunction alike (its
 * afterBundling hook runs `tsx tools/build.ts --beside-index <dir>`): every lazy chunk, built with the
 * same options as index.js, and the APL documents.
 */
export async function buildBesideIndex(bundleDir: string, chunks: readonly Chunk[] = LAZY_CHUNKS): Promise<void> {
  await Promise.all(chunks.map((chunk) => build({ ...LAMBDA_BUNDLE_OPTIONS, entryPoints: [chunk.entry], outfile: path.join(bundleDir, chunk.file) })));
  copyScreenFiles(bundleDir);
}

/**
 * The APL document goes beside the bundle, not in it: read only when a device has a screen
 * (lambda/screens/index.ts), it costs screenless devices and cold starts nothing.
 */
export function copyScreenFiles(bundleDir: string): void {
  mkdirSync(path.join(bundleDir, 'screens'), { recursive: true });
  // Written without whitespace: the first screen of a cold start parses a quarter less.
  for (const file of SCREEN_FILES) writeFileSync(path.join(bundleDir, 'screens', file), JSON.stringify(JSON.parse(readFileSync(path.join(SCREENS_DIR, file), 'utf8'))));
}

/** `tsx tools/build.ts`: the whole bundle in dist/lambda; `--beside-index <dir>`: only what goes beside index.js. */
async function main(args: readonly string[]): Promise<string> {
  if (args.length === 0) return `built ${path.relative(process.cwd(), await buildLambda())}`;
  const [flag, dir, ...rest] = args;
  if (flag !== '--beside-index' || !dir || rest.length > 0) throw new Error(`usage: tsx tools/build.ts [--beside-index <bundle dir>], not: ${args.join(' ')}`);
  await buildBesideIndex(dir);
  return `built ${LAZY_CHUNKS.map((chunk) => chunk.file).join(', ')} and screens/ in ${dir}`;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (message) => console.log(message),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
