import { existsSync } from 'fs';
import * as path from 'path';
import type * as Model from 'ask-sdk-model';

/**
 * What the Lambda bundle gets for `require('ask-sdk-model')` (the `alias` in tools/bundle-options.ts):
 * the package's runtime is its service clients (62 KB minified), which ask-sdk-core reaches for only
 * when a skill sets an API client. Here they load from their own file beside index.js on first use,
 * so a cold start neither loads nor parses them. The SDK reads `services.ServiceClientFactory` when it
 * loads: it gets a constructor that loads the real one when first called.
 */
let real: typeof Model | undefined;
function load(): typeof Model {
  // A computed path: esbuild leaves the require alone instead of bundling the package into index.js.
  const bundled = path.join(__dirname, 'ask-sdk-model.js');
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a synchronous load on first use is the point
  return (real ??= require(existsSync(bundled) ? bundled : ['ask-sdk', 'model'].join('-')) as typeof Model);
}

class ServiceClientFactory {
  constructor(configuration: ConstructorParameters<typeof Model.services.ServiceClientFactory>[0]) {
    return new (load().services.ServiceClientFactory)(configuration);
  }
}

export const services = new Proxy({ ServiceClientFactory } as unknown as typeof Model.services, {
  get: (target, key) => (key === 'ServiceClientFactory' ? target.ServiceClientFactory : (load().services as unknown as Record<PropertyKey, unknown>)[key]),
});
