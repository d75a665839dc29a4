/**
 * How the Lambda bundle is built, in one place for `npm run build` (tools/build.ts) and the CDK stack
 * (infra/lib): CommonJS for the current Lambda Node runtime, minified with a source map. The AWS SDK
 * v3 and the Smithy packages it is built on stay external: the Lambda Node runtime ships them.
 */
export const LAMBDA_BUNDLE = {
  target: 'node22',
  minify: true,
  sourcemap: true,
  external: ['@aws-sdk/*', '@smithy/*'],
} as const;
