import { mkdirSync } from 'fs';
import * as path from 'path';
import { screenDocument } from '../lambda/screens';
import { ROUTINE_IDS } from '../lambda/routine/types';
import { ScreenView } from '../lambda/screens/views';
import { buildSkill } from '../lambda/skill';
import { launchRequest, newSessionId, otherRequest } from '../tools/alexa/envelope';
import { speechText } from '../tools/alexa/speech-text';
import { AplPage, Viewport, openAplPage } from '../tools/screens/apl-browser';
import { SHOW_5, SHOW_8, SPOT, allScreens, screenshotName } from '../tools/screens/catalog';
import { memoryStore } from './support/memory-store';

const SHOTS = path.join(__dirname, 'screenshots');

/**
 * Every screen of the full routine, and the others, drawn by Amazon's own APL renderer for the web
 * (apl-viewhost-web 1.4.0, WebAssembly) in headless Chromium at Echo Show 8 and Echo Show 5 sizes, and
 * two on the round Echo Spot; every button of some is tapped. Screenshots go to test/screenshots/
 * (`npm run screenshots` makes the README's, in docs/screens/: no test writes docs/).
 */
describe('screens drawn by the APL renderer in headless Chromium', () => {
  let page: AplPage;
  const screens = allScreens();
  const tapped = new Set(['step-02-leg-indian-milking', 'paused', 'finished', 'answer', 'question', 'routines']);
  const cases = [
    ...screens.flatMap(({ name, view }) => [SHOW_8, SHOW_5].map((viewport) => ({ name, view, viewport }))),
    ...screens.filter((s) => ['step-10-tummy-sun-and-moon', 'playing', 'routines'].includes(s.name)).map(({ name, view }) => ({ name, view, viewport: SPOT })),
  ];
  const events = new Map<string, unknown[][]>();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    page = await openAplPage();
  }, 60_000);
  afterAll(() => page?.close());

  it.each(cases.map((c) => [`${c.name} on an ${c.viewport.name}`, c] as const))(
    '%s shows the heading, the words, the progress and every button, on screen',
    async (_, { name, view, viewport }: { name: string; view: ScreenView; viewport: Viewport }) => {
      await page.render(screenDocument(), { payload: view }, viewport);
      await page.screenshot(path.join(SHOTS, screenshotName(viewport, name)));
      const texts = await page.texts();
      const shown = texts.map((t) => t.text).join('\n');
      expect(shown).toContain(view.heading);
      if (viewport.shape === 'RECTANGLE') {
        expect(shown).toContain(view.title);
        if (view.count) expect(shown).toContain(view.count);
      }
      if (view.progressText) expect(shown).toContain(view.progressText);
      // A question must be readable whole: it is what the buttons answer.
      if (view.screen === 'question') expect(shown).toContain(view.body);
      const buttons = view.buttons.map((button) => {
        const box = texts.find((t) => t.text === button.label);
        expect(box).toBeDefined();
        expect(box!.left).toBeGreaterThanOrEqual(0);
        expect(box!.right).toBeLessThanOrEqual(viewport.width);
        expect(box!.bottom).toBeLessThanOrEqual(viewport.height);
        // Off the edge, where a finger can reach it whole (the screen's margin is at least 16 dp).
        if (viewport.shape === 'RECTANGLE') expect(box!.bottom).toBeLessThanOrEqual(viewport.height - 12);
        return box!;
      });
      if (tapped.has(name) && viewport.shape === 'RECTANGLE') {
        const surfaced = await page.tap(buttons);
        expect(surfaced).toEqual(view.buttons.map((button) => [button.action]));
        events.set(`${name}.${viewport.name}`, surfaced);
      }
    },
    30_000,
  );

  it('the skill answers every event the buttons surfaced, as it answers the same words spoken', async () => {
    const actions = [...new Set([...events.values()].flat().map((args) => String(args[0])))].sort();
    const routines = ROUTINE_IDS.map((id) => `routine:${id}`);
    expect(actions).toEqual(['back', 'next', 'no', 'pause', 'repeat', 'resume', ...routines, 'start-over', 'yes'].sort());
    for (const action of actions) {
      const store = memoryStore();
      const skill = buildSkill({ persistence: store });
      const session = { sessionId: newSessionId(), isNew: true, attributes: {} };
      const options = { locale: 'en-US', userId: 'amzn1.ask.account.TOUCH', device: { apl: true }, session };
      // On a screen of the routine, as the buttons are; yes and no on the launch's "shall we carry on?".
      if (action === 'yes' || action === 'no') store.items.set('amzn1.ask.account.TOUCH', { version: 2, routine: { routineId: 'full', stepId: 'arm-milking', status: 'paused' } });
      const launched = await skill.invoke(launchRequest(options));
      const next = { ...options, session: { ...session, isNew: false, attributes: launched.sessionAttributes ?? {} } };
      const reply = await skill.invoke(otherRequest(next, 'Alexa.Presentation.APL.UserEvent', { token: 'baby-massage', arguments: [action] }));
      const speech = reply.response.outputSpeech?.type === 'SSML' ? speechText(reply.response.outputSpeech.ssml) : '';
      expect(speech.length).toBeGreaterThan(10);
      expect(speech).not.toMatch(/something went wrong|can't do that|not sure what that was for/i);
      expect([action, reply.response.directives?.some((d) => d.type === 'Alexa.Presentation.APL.RenderDocument'), speech]).toEqual([action, true, speech]);
    }
  });
});
