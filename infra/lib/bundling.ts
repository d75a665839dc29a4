import { BundlingOptions, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LAMBDA_BUNDLE } from '../../tools/bundle-options';

/** NodejsFunction bundling with the same esbuild options as `npm run build` (tools/bundle-options.ts). */
export function lambdaBundling(extra: Partial<BundlingOptions> = {}): BundlingOptions {
  return {
    format: OutputFormat.CJS,
    target: LAMBDA_BUNDLE.target,
    minify: LAMBDA_BUNDLE.minify,
    sourceMap: LAMBDA_BUNDLE.sourcemap,
    externalModules: [...LAMBDA_BUNDLE.external],
    ...extra,
  };
}
