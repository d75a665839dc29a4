import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { BESIDE_INDEX_HOOKS, besideIndexCommand, lambdaBundling } from '../infra/lib/bundling';
import { LAMBDA_BUNDLE_OPTIONS } from '../tools/bundle-options';
import { buildBesideIndex } from '../tools/build';
import { ROOT, SCREEN_FILES } from '../tools/paths';

describe('one set of esbuild options for npm run build, NodejsFunction and the lazy chunks', () => {
  it('translates every option of LAMBDA_BUNDLE_OPTIONS for NodejsFunction, and no other', () => {
    expect(Object.keys(LAMBDA_BUNDLE_OPTIONS).sort()).toEqual(['alias', 'bundle', 'external', 'format', 'legalComments', 'minify', 'platform', 'sourcemap', 'target']);
    expect(LAMBDA_BUNDLE_OPTIONS).toMatchObject({ bundle: true, platform: 'node', format: 'cjs' });
    expect(lambdaBundling()).toEqual({
      format: OutputFormat.CJS,
      target: LAMBDA_BUNDLE_OPTIONS.target,
      minify: LAMBDA_BUNDLE_OPTIONS.minify,
      sourceMap: LAMBDA_BUNDLE_OPTIONS.sourcemap,
      externalModules: LAMBDA_BUNDLE_OPTIONS.external,
      esbuildArgs: { '--legal-comments': LAMBDA_BUNDLE_OPTIONS.legalComments, '--alias:ask-sdk-model': LAMBDA_BUNDLE_OPTIONS.alias['ask-sdk-model'] },
    });
  });

  it("builds what goes beside index.js with tools/build.ts itself, after NodejsFunction's esbuild", () => {
    const outputDir = '/tmp/cdk.out/bundling temp';
    const command = `"${ROOT}/node_modules/.bin/tsx" "${ROOT}/tools/build.ts" --beside-index "${outputDir}"`;
    expect(besideIndexCommand(outputDir)).toBe(command);
    expect(BESIDE_INDEX_HOOKS.afterBundling(ROOT, outputDir)).toEqual([command]);
    expect(BESIDE_INDEX_HOOKS.beforeBundling(ROOT, outputDir)).toEqual([]);
    expect(BESIDE_INDEX_HOOKS.beforeInstall(ROOT, outputDir)).toEqual([]);
    expect(lambdaBundling({ commandHooks: BESIDE_INDEX_HOOKS }).commandHooks).toBe(BESIDE_INDEX_HOOKS);
  });

  it('builds any number of lazy chunks (here three) with those options, beside the APL documents', async () => {
    const sources = mkdtempSync(path.join(os.tmpdir(), 'baby-massage-chunks-src-'));
    const chunks = ['screens', 'play-along', 'answers'].map((name) => {
      const entry = path.join(sources, `${name}.ts`);
      writeFileSync(
        entry,
        `/*! ${name}: a legal comment that must not ship */\n` +
          `import { S3Client } from '@aws-sdk/client-s3';\n` +
          `export const ${name.replace('-', '')}Client = (region: string): S3Client => new S3Client({ region });\n` +
          `export function ${name.replace('-', '')}Words(words: readonly string[]): string {\n  const spoken = words.map((word) => word.trim());\n  return spoken.join(' ');\n}\n`,
      );
      return { file: `${name}.js`, entry };
    });
    const dir = mkdtempSync(path.join(os.tmpdir(), 'baby-massage-chunks-'));
    await buildBesideIndex(dir, chunks);
    for (const { file } of chunks) {
      const code = readFileSync(path.join(dir, file), 'utf8');
      expect(code).toMatch(/require\("@aws-sdk\/client-s3"\)/); // external
      expect(code).toContain('module.exports'); // CommonJS
      expect(code).not.toContain('legal comment'); // legalComments: none
      expect(code).not.toContain('spoken'); // minified
      expect(code.trimEnd().endsWith(`//# sourceMappingURL=${file}.map`)).toBe(true);
      expect(existsSync(path.join(dir, `${file}.map`))).toBe(true);
    }
    for (const file of SCREEN_FILES) expect(existsSync(path.join(dir, 'screens', file))).toBe(true);
  });

  it('tools/build.ts refuses a command line it does not know, saying how to call it', () => {
    const result = spawnSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'tools', 'build.ts'), '--beside-index'], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('usage: tsx tools/build.ts [--beside-index <bundle dir>], not: --beside-index');
  });
});
