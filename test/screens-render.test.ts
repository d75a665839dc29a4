import { mkdirSync } from 'fs';
import * as path from 'path';
import { ResponseEnvelope } from 'ask-sdk-model';
import { contentFor } from '../lambda/content';
import { LANGUAGE_PACK_LOCALES, SPOKEN_PACK_LOCALES, packLanguageOf } from '../lambda/content/locales';
import { screenDocument } from '../lambda/screens';
import { ROUTINE_IDS } from '../lambda/routine/types';
import { ScreenView } from '../lambda/screens/views';
import { buildSkill } from '../lambda/skill';
import { SlotFill, intentRequest, launchRequest, newSessionId, otherRequest } from '../tools/alexa/envelope';
import { speechText } from '../tools/alexa/speech-text';
import { AplPage, Viewport, openAplPage, renderKey } from '../tools/screens/apl-browser';
import { README_SCREENS, SHOW_5, SHOW_8, SPOT, allScreens, screenshotName } from '../tools/screens/catalog';
import { FULL } from './support/full';
import { memoryStore } from './support/memory-store';

const SHOTS = path.join(__dirname, 'screenshots');

type Screen = { name: string; view: ScreenView };

/**
 * The steps `npm test` draws: the README's, and for each way one step's screen can differ from another's
 * the first step that shows it: each set of buttons, and the longest heading, title, count, how and
 * progress line (what could overflow). FULL=1 draws every step.
 */
function sampleSteps(steps: readonly Screen[]): Screen[] {
  const chosen = new Set<string>(README_SCREENS);
  const byButtons = new Map<string, string>();
  for (const { name, view } of steps) if (!byButtons.has(JSON.stringify(view.buttons))) byButtons.set(JSON.stringify(view.buttons), name);
  for (const name of byButtons.values()) chosen.add(name);
  for (const field of ['heading', 'title', 'count', 'body', 'progressText'] as const) {
    chosen.add(steps.reduce((a, b) => (b.view[field].length > a.view[field].length ? b : a)).name);
  }
  return steps.filter((step) => chosen.has(step.name));
}

/**
 * Screens drawn by Amazon's own APL renderer for the web (apl-viewhost-web 1.4.0, WebAssembly) in headless
 * Chromium, at Echo Show 8 and Echo Show 5 sizes and three on the round Echo Spot; every button of some
 * is tapped. A screen that fails its checks leaves its screenshot in test/screenshots/ (FULL=1 leaves
 * every one there; `npm run screenshots` makes the README's, in docs/screens/).
 *
 * `npm test` draws every kind of screen (step, paused, playing, finished, answer, help, question and the
 * list of massages) and a sample of the full routine's steps (sampleSteps), in English and in each spoken
 * language pack's words; `npm run test:full` (FULL=1)
 * draws every step. A screen with the same document, data and viewport as one already drawn is drawn once.
 */
describe('screens drawn by the APL renderer in headless Chromium', () => {
  let page: AplPage;
  const screens = allScreens();
  const steps = screens.filter((s) => s.view.screen === 'step');
  const drawn = [...(FULL ? steps : sampleSteps(steps)), ...screens.filter((s) => s.view.screen !== 'step')];
  const tapped = new Set(['step-02-leg-indian-milking', 'paused', 'finished', 'answer', 'question', 'routines']);
  // Each spoken language pack's screens too (its first locale's words): longer German and French words
  // must wrap, not be cut or overlap. The steps with its longest heading, title, count and progress
  // line, and every other kind of screen whose words are its own (the layouts are English's).
  const packLanguages = [...new Set(SPOKEN_PACK_LOCALES.map((locale) => packLanguageOf(locale)))].map((language) => LANGUAGE_PACK_LOCALES[language][0]);
  const inPacks = packLanguages.flatMap((locale) => {
    const theirs = allScreens(locale);
    const theirSteps = theirs.filter((s) => s.view.screen === 'step');
    const longest = (['heading', 'title', 'count', 'progressText'] as const).map((field) => theirSteps.reduce((a, b) => (b.view[field].length > a.view[field].length ? b : a)));
    const others = theirs.filter((s) => ['routines', 'help', 'question', 'answer', 'week', 'paused'].includes(s.name));
    return [...new Set([...longest, ...others])].map(({ name, view }) => ({ name: `${locale}-${name}`, view }));
  });
  const all = [
    ...[...drawn, ...inPacks].flatMap(({ name, view }) => [SHOW_8, SHOW_5].map((viewport) => ({ name, view, viewport }))),
    ...screens.filter((s) => ['step-10-tummy-sun-and-moon', 'playing', 'routines'].includes(s.name)).map(({ name, view }) => ({ name, view, viewport: SPOT })),
  ];
  const keys = new Set<string>();
  const cases = all.filter(({ view, viewport }) => {
    const key = renderKey(screenDocument(), { payload: view }, viewport);
    return !keys.has(key) && keys.add(key);
  });
  const events = new Map<string, unknown[][]>();

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    page = await openAplPage();
  }, 60_000);
  afterAll(() => page?.close());

  it('draws every kind of screen at both sizes, and taps the buttons of one of each', () => {
    const kinds = new Set(screens.map((s) => s.view.screen));
    for (const viewport of [SHOW_8, SHOW_5]) expect(new Set(cases.filter((c) => c.viewport === viewport).map((c) => c.view.screen))).toEqual(kinds);
    expect(cases.filter((c) => c.viewport === SPOT)).toHaveLength(3);
    const taps = cases.filter((c) => tapped.has(c.name) && c.viewport.shape === 'RECTANGLE');
    expect(new Set(taps.map((c) => c.name))).toEqual(tapped);
    expect(taps).toHaveLength(tapped.size * 2);
  });

  /** The words, the progress and every button on screen, within reach; the buttons of some tapped. */
  async function checkScreen(view: ScreenView, viewport: Viewport, name: string): Promise<void> {
    const texts = await page.texts();
    const shown = texts.map((t) => t.text).join('\n');
    expect(shown).toContain(view.heading);
    if (viewport.shape === 'RECTANGLE') {
      expect(shown).toContain(view.title);
      if (view.count) expect(shown).toContain(view.count);
    }
    if (view.progressText) expect(shown).toContain(view.progressText);
    // Nothing cut short (an ellipsis) but the body, which a screen keeps to a few lines by design (the
    // guide says it whole), and no two pieces of text drawn over each other.
    const cut = texts.filter((t) => t.text.endsWith('…') && !view.body.replace(/\s+/g, ' ').startsWith(t.text.slice(0, -1).replace(/\s+/g, ' ').trimEnd()));
    expect(cut.map((t) => t.text)).toEqual([]);
    const overlapping = texts.flatMap((a, i) =>
      texts.slice(i + 1).filter((b) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1).map((b) => `${a.text} / ${b.text}`),
    );
    expect(overlapping).toEqual([]);
    // A question must be readable whole: it is what the buttons answer.
    if (view.screen === 'question') expect(shown).toContain(view.body);
    const buttons = view.buttons.map((button) => {
      const box = texts.find((t) => t.text === button.label);
      expect([button.label, box !== undefined]).toEqual([button.label, true]);
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
  }

  it.each(cases.map((c) => [`${c.name} on an ${c.viewport.name}`, c] as const))(
    '%s shows the heading, the words, the progress and every button, on screen',
    async (_, { name, view, viewport }: { name: string; view: ScreenView; viewport: Viewport }) => {
      await page.render(screenDocument(), { payload: view }, viewport);
      const screenshot = () => page.screenshot(path.join(SHOTS, screenshotName(viewport, name)));
      if (FULL) await screenshot();
      try {
        await checkScreen(view, viewport, name);
      } catch (error) {
        await screenshot(); // what the failure looked like
        throw error;
      }
    },
    30_000,
  );

  it('the skill answers every event the buttons surfaced as it answers the same words spoken', async () => {
    const actions = [...new Set([...events.values()].flat().map((args) => String(args[0])))].sort();
    const routines = ROUTINE_IDS.map((id) => `routine:${id}`);
    expect(actions).toEqual(['back', 'next', 'no', 'pause', 'repeat', 'resume', ...routines, 'start-over', 'yes'].sort());
    const { phrases } = contentFor('en-US');
    const notUnderstood = new RegExp(`^(${[phrases.fallback, phrases.unknownRequest, phrases.unexpectedAnswer, phrases.error].map(escape).join('|')})`);
    for (const action of actions) {
      // Two Echo Shows on the same screen of the routine, as the buttons are; yes and no on the launch's "shall we carry on?".
      const [touched, spoken] = await Promise.all([true, false].map(async (byTouch): Promise<ResponseEnvelope> => {
        const store = memoryStore();
        const skill = buildSkill({ persistence: store, now: () => new Date('2026-11-24T19:30:00Z') });
        const session = { sessionId: newSessionId(), isNew: true, attributes: {} };
        const options = { locale: 'en-US', userId: 'amzn1.ask.account.TOUCH', device: { apl: true }, session };
        if (action === 'yes' || action === 'no') store.items.set('amzn1.ask.account.TOUCH', { version: 2, routine: { routineId: 'full', stepId: 'arm-milking', status: 'paused' } });
        const launched = await skill.invoke(launchRequest(options));
        const next = { ...options, session: { ...session, isNew: false, attributes: launched.sessionAttributes ?? {} } };
        if (byTouch) return skill.invoke(otherRequest(next, 'Alexa.Presentation.APL.UserEvent', { token: 'baby-massage', arguments: [action] }));
        const [intent, slots] = spokenAs(action);
        return skill.invoke(intentRequest(next, intent, slots));
      }));
      // Both heard a real answer, not a line for words that did not fit, and a screen to go with it.
      expect([action, said(spoken)]).toEqual([action, expect.not.stringMatching(notUnderstood)]);
      expect([action, screenOf(spoken)]).toEqual([action, expect.objectContaining({ token: 'baby-massage' })]);
      expect([action, said(touched)]).toEqual([action, said(spoken)]);
      expect([action, screenOf(touched)]).toEqual([action, screenOf(spoken)]);
    }
  });
});

/** The words a button stands for, as Alexa sends them. */
function spokenAs(action: string): [string, Record<string, SlotFill>] {
  if (action.startsWith('routine:just-')) {
    const part = action.slice('routine:just-'.length);
    return ['StartRoutineIntent', { part: { value: part, slotType: 'BODY_PART', id: part } }];
  }
  if (action.startsWith('routine:')) {
    const id = action.slice('routine:'.length);
    return ['StartRoutineIntent', { routine: { value: id, slotType: 'ROUTINE_NAME', id } }];
  }
  const intents: Record<string, string> = {
    back: 'AMAZON.PreviousIntent',
    next: 'AMAZON.NextIntent',
    no: 'AMAZON.NoIntent',
    pause: 'AMAZON.PauseIntent',
    repeat: 'AMAZON.RepeatIntent',
    resume: 'AMAZON.ResumeIntent',
    'start-over': 'AMAZON.StartOverIntent',
    yes: 'AMAZON.YesIntent',
  };
  return [intents[action], {}];
}

const said = (reply: ResponseEnvelope) => (reply.response.outputSpeech?.type === 'SSML' ? speechText(reply.response.outputSpeech.ssml) : '');
const screenOf = (reply: ResponseEnvelope) => reply.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument');
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
