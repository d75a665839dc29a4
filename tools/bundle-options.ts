import * as path from 'path';
import type { BuildOptions } from 'esbuild';

/**
 * How every Lambda bundle is built, in one object for `npm run build` (tools/build.ts, the esbuild
 * API), the lazy chunks the stack builds beside index.js (the same tools/build.ts) and NodejsFunction's
 * own bundling of index.js (infra/lib/bundling.ts translates each option, and refuses to compile while
 * one is left untranslated): CommonJS for the current Lambda Node runtime, minified with a source map,
 * no legal comments. The AWS SDK v3 and the Smithy packages it is built on stay external: the Lambda
 * Node runtime ships them. `ask-sdk-model` is its lazy stand-in (lambda/lazy/ask-sdk-model.ts): the
 * package's runtime, its service clients, loads from a file of its own the first time a request uses one.
 */
export const LAMBDA_BUNDLE_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node22',
  minify: true,
  sourcemap: true,
  external: ['@aws-sdk/*', '@smithy/*'],
  legalComments: 'none',
  alias: { 'ask-sdk-model': path.join(__dirname, '..', 'lambda', 'lazy', 'ask-sdk-model.ts') },
} satisfies BuildOptions;
