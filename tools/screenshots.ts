import { mkdirSync } from 'fs';
import * as path from 'path';
import { screenDocument } from '../lambda/screens';
import { DOCS_SCREENS_DIR } from './paths';
import { openAplPage } from './screens/apl-browser';
import { README_SCREENS, README_VIEWPORTS, allScreens, screenshotName } from './screens/catalog';

/**
 * `npm run screenshots`: the README's pictures of the screens (docs/screens/*.png), drawn as
 * test/screens-render.test.ts draws them: apl-viewhost-web in headless Chromium, offline. Tests never
 * write docs/; run this after changing the document or the screens' words, and commit the pictures.
 */
async function main(): Promise<void> {
  const screens = new Map(allScreens().map((screen) => [screen.name, screen.view]));
  mkdirSync(DOCS_SCREENS_DIR, { recursive: true });
  const page = await openAplPage();
  try {
    for (const name of README_SCREENS) {
      const view = screens.get(name);
      if (!view) throw new Error(`No screen named ${name}`);
      for (const viewport of README_VIEWPORTS) {
        const file = path.join(DOCS_SCREENS_DIR, screenshotName(viewport, name));
        await page.render(screenDocument(), { payload: view }, viewport);
        await page.screenshot(file);
        console.log(`wrote ${path.relative(process.cwd(), file)}`);
      }
    }
  } finally {
    await page.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
