import { createHash } from 'crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Browser, Page } from 'puppeteer-core';

/**
 * A headless Chromium with apl-viewhost-web 1.4.0 (Amazon's own APL renderer, compiled to WASM) loaded
 * from node_modules over file://, for rendering our documents as an Echo Show would.
 *
 * The browser: the system's chromium when there is one, else the one @sparticuz/chromium unpacks from
 * npm (no download at install time). SCREENS_CHROMIUM=sparticuz forces the npm one, as on CI.
 */
export interface Viewport {
  readonly name: string;
  readonly width: number;
  readonly height: number;
  readonly shape: 'RECTANGLE' | 'ROUND';
}

/** A text on screen with its box, in dp (= px here: dpi 160). */
export interface ShownText {
  readonly text: string;
  readonly left: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
}

export interface AplPage {
  readonly browserPath: string;
  /** Renders a RenderDocument directive's document and datasources at a viewport. */
  render(document: unknown, datasources: Record<string, unknown>, viewport: Viewport): Promise<void>;
  /** Every visible text: shown, not hidden by display none or zero opacity, with a box on screen. */
  texts(): Promise<ShownText[]>;
  /** Taps the middle of each box in turn as a finger would, and returns the SendEvent arguments surfaced. */
  tap(boxes: readonly ShownText[]): Promise<unknown[][]>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A render's identity: a hash of the document, the datasources and the viewport. What has the same key
 * draws the same screen, so a run draws it once.
 */
export function renderKey(document: unknown, datasources: Record<string, unknown>, viewport: Viewport): string {
  return createHash('sha256').update(JSON.stringify([document, datasources, viewport])).digest('hex');
}

/** The Chromium the render tests use: the system's, else @sparticuz/chromium from npm (nothing downloads at install). */
export async function chromiumPath(): Promise<string> {
  if (process.env.SCREENS_CHROMIUM !== 'sparticuz') {
    for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(candidate)) return candidate;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- optional: the system chromium is used when present
  const chromium = require('@sparticuz/chromium') as { executablePath(): Promise<string> };
  return chromium.executablePath();
}

export async function openAplPage(): Promise<AplPage> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded only when a render test runs
  const puppeteer = require('puppeteer-core') as typeof import('puppeteer-core');
  const browserPath = await chromiumPath();
  const profile = mkdtempSync(path.join(os.tmpdir(), 'baby-massage-chromium-'));
  const browser: Browser = await puppeteer.launch({
    executablePath: browserPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--user-data-dir=${profile}`,
    ],
  });
  const page: Page = await browser.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  // Offline: the renderer asks a CDN for the Amazon Ember font; everything but our files is refused.
  await page.setRequestInterception(true);
  page.on('request', (request) => (request.url().startsWith('file:') ? request.continue() : request.abort()));
  const viewhost = require.resolve('apl-viewhost-web');
  const html = path.join(profile, 'apl.html');
  writeFileSync(
    html,
    `<!doctype html><html><head><meta charset="utf-8"><style>body{margin:0;background:#000}</style></head>` +
      `<body><div id="apl"></div><script src="file://${viewhost}"></script>` +
      `<script src="file://${path.join(__dirname, 'apl-page.js')}"></script></body></html>`,
  );
  // Touch on from the start: switching it on later makes Chromium reload the page (and the engine).
  await page.setViewport({ width: 1280, height: 800, hasTouch: true });
  await page.goto(`file://${html}`);
  await page.evaluate(() => (globalThis as unknown as { engine: Promise<void> }).engine);
  if (pageErrors.length) throw new Error(`apl-viewhost-web did not load: ${pageErrors.join('; ')}`);

  return {
    browserPath,
    async render(document, datasources, viewport) {
      await page.setViewport({ width: viewport.width, height: viewport.height, hasTouch: true });
      const data = Object.fromEntries(Object.entries(datasources).map(([name, value]) => [name, JSON.stringify(value)]));
      const call = `window.renderApl(${JSON.stringify(JSON.stringify(document))}, ${JSON.stringify(data)}, ${JSON.stringify(viewport)})`;
      const errors = (await page.evaluate(call)) as unknown[];
      if (errors.length) throw new Error(`APL runtime errors: ${JSON.stringify(errors)}`);
      if (pageErrors.length) throw new Error(`Page errors: ${pageErrors.splice(0).join('; ')}`);
    },
    async texts() {
      return (await page.evaluate('window.shownTexts()')) as ShownText[];
    },
    async tap(boxes) {
      for (const box of boxes) await page.touchscreen.tap((box.left + box.right) / 2, (box.top + box.bottom) / 2);
      return (await page.evaluate('window.nextFrame().then(() => window.events)')) as unknown[][];
    },
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png`, optimizeForSpeed: true });
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
