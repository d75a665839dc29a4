import { readFileSync } from 'fs';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { ROUTINES } from '../lambda/routine/routines';
import { screenDocument } from '../lambda/screens';
import { ScreenView } from '../lambda/screens/views';
import { allScreens } from '../tools/screens/catalog';
import { buildSkill } from '../lambda/skill';
import { SCREENS_DIR } from '../tools/paths';
import { EnvelopeOptions, SlotFill, intentRequest, launchRequest, newSessionId, otherRequest } from '../tools/alexa/envelope';
import { speechText } from '../tools/alexa/speech-text';
import { MemoryStore, memoryStore } from './support/memory-store';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the package ships no types or ES module
const suggester = require('apl-suggester') as {
  StaticAplTemplateValidator: new () => { validate(template: object): Promise<{ errorMessage: string; path: string; level: string }[]> };
  ErrorController: { getInstance(): { registerErrors?(): void; setErrorInterface?(i: { sendError(e: unknown): void }): void } };
};

describe('the APL document', () => {
  const document = JSON.parse(readFileSync(`${SCREENS_DIR}/document.json`, 'utf8')) as Record<string, unknown>;

  it('validates with apl-suggester, unknown components included, with no warning at all', async () => {
    // apl-suggester prints "No mixin for component" for components it has no extra rules for: not findings.
    const chatter = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const reported: unknown[] = [];
    const controller = suggester.ErrorController.getInstance();
    controller.registerErrors?.();
    controller.setErrorInterface?.({ sendError: (error) => reported.push(error) });
    expect(await new suggester.StaticAplTemplateValidator().validate(document)).toEqual([]);
    expect(reported).toEqual([]);
    chatter.mockRestore();
  });

  it.each(allScreens().map((s) => [s.name, s.view] as const))('%s: gives the document every value it binds', (_, view) => {
    const bound = [...JSON.stringify(document).matchAll(/payload\.(\w+)/g)].map(([, key]) => key);
    for (const key of new Set(bound)) expect(view).toHaveProperty(key);
    expect(view.heading.length).toBeGreaterThan(2);
    expect(view.buttons.length).toBeGreaterThan(0);
    if (view.picture) expect(Object.keys(document.graphics as object)).toContain(view.picture);
  });

  it('draws a picture for every body part of every routine, in this project (no fetched art)', () => {
    const graphics = document.graphics as Record<string, { type: string; items: unknown[] }>;
    const parts = new Set(Object.values(ROUTINES).flatMap((r) => r.steps.map((s) => s.part)));
    for (const part of parts) expect(graphics[part]).toMatchObject({ type: 'AVG' });
    expect(JSON.stringify(document)).not.toMatch(/https?:|alexa-layouts|"import"/);
  });

  it('adapts to a round screen and a small one through viewport conditions, dark and readable', () => {
    const text = JSON.stringify(document);
    expect(text).toContain("${viewport.shape == 'round'}");
    expect(text).toContain('${viewport.height < 600}');
    expect(document.theme).toBe('dark');
    expect(document.settings).toEqual({ idleTimeout: 600000 });
  });
});

/** One parent's Echo Show (or Echo Dot) through the real skill; `nextSession` is the same device another day. */
function device(apl: boolean, store = memoryStore()): Device {
  // One clock for both devices, so a pause stores the same time by touch and by voice.
  const skill = buildSkill({ persistence: store, now: () => new Date('2026-11-24T19:30:00Z') });
  let attributes: Record<string, unknown> = {};
  const sessionId = newSessionId();
  let isNew = true;
  const options = (): EnvelopeOptions => ({ locale: 'en-US', userId: 'amzn1.ask.account.SHOW', device: { apl }, session: { sessionId, isNew, attributes } });
  const send = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    const reply = await skill.invoke(envelope);
    attributes = reply.sessionAttributes ?? {};
    isNew = false;
    return reply;
  };
  const self: Device = {
    store,
    launch: () => send(launchRequest(options())),
    say: (intent: string, slots?: Record<string, SlotFill>) => send(intentRequest(options(), intent, slots)),
    touch: (action: string) => send(otherRequest(options(), 'Alexa.Presentation.APL.UserEvent', { token: 'baby-massage', arguments: [action], source: { type: 'TouchWrapper', handler: 'Press' } })),
    async goTo(stepId: string) {
      while (stepOf(store) !== stepId) await self.say('AMAZON.NextIntent');
    },
    // A copy of the stored state: two sessions from the same yesterday, one by voice and one by touch.
    nextSession() {
      const copy = memoryStore();
      for (const [user, item] of store.items) copy.items.set(user, structuredClone(item));
      return device(apl, copy);
    },
  };
  return self;
}

interface Device {
  readonly store: MemoryStore;
  launch(): Promise<ResponseEnvelope>;
  say(intent: string, slots?: Record<string, SlotFill>): Promise<ResponseEnvelope>;
  touch(action: string): Promise<ResponseEnvelope>;
  goTo(stepId: string): Promise<void>;
  nextSession(): Device;
}

const stepOf = (store: MemoryStore) => (store.items.get('amzn1.ask.account.SHOW')?.routine as { stepId?: string } | undefined)?.stepId;

const screenOf = (reply: ResponseEnvelope) =>
  reply.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as { token: string; document: unknown; datasources: { payload: ScreenView } } | undefined;
const said = (reply: ResponseEnvelope) => (reply.response.outputSpeech?.type === 'SSML' ? speechText(reply.response.outputSpeech.ssml) : '');

describe('screens through the skill', () => {
  it('an Echo Show gets a screen with every step: the stroke, its count and how, progress and the buttons', async () => {
    const show = device(true);
    await show.launch();
    const reply = await show.say('AMAZON.NextIntent');
    const screen = screenOf(reply);
    expect(screen?.token).toBe('baby-massage');
    expect(screen?.document).toEqual(screenDocument());
    expect(screen?.datasources.payload).toEqual({
      screen: 'step',
      title: 'The full massage · The legs and feet',
      heading: 'Indian milking',
      count: 'About three times.',
      body: 'Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot.',
      picture: 'legs',
      progress: 2 / 21,
      progressText: expect.stringMatching(/^Step 2 of 21 · about \d+ min left$/),
      buttons: [
        { label: 'Back', action: 'back' },
        { label: 'Repeat', action: 'repeat' },
        { label: 'Pause', action: 'pause' },
        { label: 'Next', action: 'next' },
      ],
      days: [],
    });
  });

  it("the first step's screen gives the length the parent has just heard; later steps, the estimate of what is left", async () => {
    const show = device(true);
    const launch = await show.launch();
    expect(screenOf(launch)?.datasources.payload.progressText).toBe('Step 1 of 21 · about 28 min left');
    const colic = await show.say('StartRoutineIntent', { routine: { value: 'colic massage', slotType: 'ROUTINE_NAME', id: 'colic' } });
    expect(said(colic)).toContain('about nine minutes, ten this first time');
    expect(screenOf(colic)?.datasources.payload.progressText).toBe('Step 1 of 7 · about 10 min left');
    const next = await show.say('AMAZON.NextIntent');
    const [, left] = /about (\d+) min left$/.exec(screenOf(next)?.datasources.payload.progressText ?? '') ?? [];
    expect(Number(left)).toBeGreaterThanOrEqual(5);
    expect(Number(left)).toBeLessThan(9);
  });

  it('a device without a screen never gets an APL directive', async () => {
    const dot = device(false);
    for (const reply of [await dot.launch(), await dot.say('AMAZON.NextIntent'), await dot.say('AMAZON.HelpIntent'), await dot.say('AMAZON.PauseIntent')]) {
      expect(reply.response.directives ?? []).toEqual([]);
    }
  });

  it('a touch on a button is the spoken word: the same answer and the same stored place', async () => {
    const byVoice = device(true);
    const byTouch = device(true);
    await byVoice.launch();
    await byTouch.launch();
    for (const [intent, action] of [
      ['AMAZON.NextIntent', 'next'],
      ['AMAZON.NextIntent', 'next'],
      ['AMAZON.RepeatIntent', 'repeat'],
      ['AMAZON.PreviousIntent', 'back'],
      ['AMAZON.PauseIntent', 'pause'],
      ['AMAZON.ResumeIntent', 'resume'],
    ]) {
      const spoken = await byVoice.say(intent);
      const touched = await byTouch.touch(action);
      expect(said(touched)).toBe(said(spoken));
      expect(screenOf(touched)?.datasources.payload).toEqual(screenOf(spoken)?.datasources.payload);
      expect(byTouch.store.items.get('amzn1.ask.account.SHOW')?.routine).toEqual(byVoice.store.items.get('amzn1.ask.account.SHOW')?.routine);
    }
  });

  it('shows the skill\'s yes-or-no questions with their answers as buttons, and a touch answers as the word does', async () => {
    // Yesterday: paused on the tummy's water wheel.
    const yesterday = device(true);
    await yesterday.launch();
    await yesterday.goTo('tummy-water-wheel');
    await yesterday.say('AMAZON.PauseIntent');

    const byVoice = yesterday.nextSession();
    const byTouch = yesterday.nextSession();
    const offered = await byTouch.launch();
    expect(said(offered)).toBe('Welcome back. Last time you paused at Water wheel, on the tummy. Shall we carry on from there?');
    expect(screenOf(offered)?.datasources.payload).toEqual({
      screen: 'question',
      title: 'The full massage · The tummy',
      heading: 'Water wheel',
      count: '',
      body: 'Welcome back. Last time you paused at Water wheel, on the tummy. Shall we carry on from there?',
      picture: 'tummy',
      progress: 9 / 21,
      progressText: '',
      buttons: [
        { label: 'Carry on', action: 'yes' },
        { label: 'Next', action: 'next' },
        { label: 'Start fresh', action: 'no' },
      ],
      days: [],
    });
    await byVoice.launch();
    const touched = await byTouch.touch('yes');
    expect(said(touched)).toBe(said(await byVoice.say('AMAZON.YesIntent')));
    expect(said(touched)).toMatch(/^Let's pick up from the start of this stroke\..*Water wheel\./);
    expect(screenOf(touched)?.datasources.payload).toMatchObject({ screen: 'step', heading: 'Water wheel' });

    // Deep in the routine, "start over" asks first; the screen offers both answers, and "no" keeps the place.
    const check = await byTouch.touch('start-over');
    expect(said(check)).toBe("We're on Water wheel, on the tummy. Start again from the very beginning?");
    expect(screenOf(check)?.datasources.payload).toMatchObject({
      screen: 'question',
      buttons: [
        { label: 'Start again', action: 'yes' },
        { label: 'Carry on', action: 'no' },
      ],
    });
    const kept = await byTouch.touch('no');
    expect(said(kept)).toMatch(/Water wheel\./);
    expect(byTouch.store.items.get('amzn1.ask.account.SHOW')?.routine).toMatchObject({ stepId: 'tummy-water-wheel' });
  });

  it('lists the massages as buttons with their lengths, and a touch on one starts it as its name spoken does', async () => {
    const byVoice = device(true);
    const byTouch = device(true);
    await byVoice.launch();
    await byTouch.launch();
    const list = await byTouch.say('ListRoutinesIntent');
    expect(screenOf(list)?.datasources.payload).toMatchObject({
      screen: 'routines',
      heading: 'Which massage?',
      buttons: expect.arrayContaining([
        { label: 'Full', action: 'routine:full', detail: '28 min' },
        { label: 'Colic', action: 'routine:colic', detail: '9 min' },
        { label: 'Legs', action: 'routine:just-legs', detail: '11 min' },
      ]),
    });
    expect(screenOf(list)?.datasources.payload.buttons).toHaveLength(10);
    await byVoice.say('ListRoutinesIntent');
    const spoken = await byVoice.say('StartRoutineIntent', { routine: { value: 'colic massage', slotType: 'ROUTINE_NAME', id: 'colic' } });
    const touched = await byTouch.touch('routine:colic');
    expect(said(touched)).toBe(said(spoken));
    expect(said(touched)).toMatch(/colic/i);
    expect(screenOf(touched)?.datasources.payload).toEqual(screenOf(spoken)?.datasources.payload);
    expect(byTouch.store.items.get('amzn1.ask.account.SHOW')?.routine).toEqual(byVoice.store.items.get('amzn1.ask.account.SHOW')?.routine);
    // A routine this release does not have is no button at all.
    expect((await byTouch.touch('routine:marathon')).response.outputSpeech).toBeUndefined();
  });

  it('ignores a touch that names no button, and says nothing wrong', async () => {
    const show = device(true);
    await show.launch();
    for (const action of ['constructor', '__proto__', 'launch-rockets', 42]) {
      const reply = await show.touch(action as string);
      expect(reply.response.outputSpeech).toBeUndefined();
      expect(reply.response.directives ?? []).toEqual([]);
    }
  });

  it('shows paused, an answer, help and the finished routine', async () => {
    const show = device(true);
    await show.launch();
    expect(screenOf(await show.say('AMAZON.PauseIntent'))?.datasources.payload).toMatchObject({ screen: 'paused', heading: 'Paused: Getting ready', buttons: expect.arrayContaining([{ label: 'Resume', action: 'resume' }]) });
    expect(screenOf(await show.say('AMAZON.HelpIntent'))?.datasources.payload).toMatchObject({ screen: 'help', heading: 'You can say' });
    expect(screenOf(await show.say('WhereIntent'))?.datasources.payload).toMatchObject({ screen: 'answer', body: expect.stringMatching(/^We're on Getting ready/) });
    // A health answer's screen carries the not-medical-advice line too.
    const benefits = await show.say('BenefitsIntent');
    expect(screenOf(benefits)?.datasources.payload.body).toMatch(/This isn't medical advice: ask your baby's pediatrician\.$/);
  });
});
