import { createHash } from 'crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { chromiumPath } from '../screens/apl-browser';
import { SKILL_PACKAGE_DIR } from '../paths';

/** The store's icons, drawn once as SVG and rendered at the two sizes Alexa asks for. */
export const ICON_SOURCE = path.join(SKILL_PACKAGE_DIR, 'assets', 'icon.svg');
export const ICONS = [
  { size: 108, file: path.join(SKILL_PACKAGE_DIR, 'assets', 'images', 'icon-108.png'), uri: 'file://assets/images/icon-108.png' },
  { size: 512, file: path.join(SKILL_PACKAGE_DIR, 'assets', 'images', 'icon-512.png'), uri: 'file://assets/images/icon-512.png' },
] as const;
/** The SVG's hash when the PNGs were last rendered: a changed drawing with old PNGs fails a test. */
export const ICON_HASH_FILE = path.join(SKILL_PACKAGE_DIR, 'assets', 'images', 'icon.svg.sha256');

export function iconSourceHash(): string {
  return createHash('sha256').update(readFileSync(ICON_SOURCE)).digest('hex');
}

/** `npx tsx tools/store/icons.ts`: renders the SVG with the Chromium the render tests use, at 108 and 512 pixels. */
async function main(): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a development tool: puppeteer-core only when icons are drawn
  const puppeteer = require('puppeteer-core') as typeof import('puppeteer-core');
  const browser = await puppeteer.launch({
    executablePath: await chromiumPath(),
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run', `--user-data-dir=${mkdtempSync(path.join(os.tmpdir(), 'bm-icons-'))}`],
  });
  try {
    const svg = readFileSync(ICON_SOURCE, 'utf8');
    for (const icon of ICONS) {
      const page = await browser.newPage();
      await page.setViewport({ width: icon.size, height: icon.size, deviceScaleFactor: 1 });
      await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('width="512" height="512"', `width="${icon.size}" height="${icon.size}"`)}</body></html>`);
      writeFileSync(icon.file, await page.screenshot({ type: 'png', omitBackground: true, clip: { x: 0, y: 0, width: icon.size, height: icon.size } }));
      console.log(`wrote ${path.relative(process.cwd(), icon.file)}`);
      await page.close();
    }
    writeFileSync(ICON_HASH_FILE, `${iconSourceHash()}\n`);
  } finally {
    await browser.close();
  }
}

if (require.main === module) void main();
