import { PersistenceAdapter } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';
import { FULL_ROUTINE } from '../lambda/routine/routines';
import { STATE_VERSION } from '../lambda/routine/state';
import { SkillLogger } from '../lambda/logger';
import { conversation } from './support/conversation';

/** A logger that remembers what was logged, so tests can assert a failure was reported. */
function collectingLogger() {
  const lines: { level: string; message: string; attributes?: Record<string, unknown> }[] = [];
  const logger: SkillLogger = {
    info: (message, attributes) => lines.push({ level: 'info', message, attributes }),
    warn: (message, attributes) => lines.push({ level: 'warn', message, attributes }),
    error: (message, attributes) => lines.push({ level: 'error', message, attributes }),
  };
  return { logger, lines };
}

/** An in-memory store that counts calls and can be told to fail. */
function memoryStore() {
  const items = new Map<string, Record<string, unknown>>();
  const calls = { get: 0, save: 0 };
  let failing = false;
  const store: PersistenceAdapter & { calls: typeof calls; items: typeof items; fail(on: boolean): void } = {
    calls,
    items,
    fail: (on) => {
      failing = on;
    },
    async getAttributes(envelope: RequestEnvelope) {
      calls.get++;
      if (failing) throw new Error('connect ECONNREFUSED 127.0.0.1:1');
      return structuredClone(items.get(envelope.context.System.user.userId) ?? {});
    },
    async saveAttributes(envelope: RequestEnvelope, attributes: Record<string, unknown>) {
      calls.save++;
      if (failing) throw new Error('connect ECONNREFUSED 127.0.0.1:1');
      items.set(envelope.context.System.user.userId, structuredClone(attributes));
    },
  };
  return store;
}

const NOW = new Date('2026-11-24T19:30:00.000Z');

describe('a new parent', () => {
  it('hears a short welcome and the opening at once, with no menu', async () => {
    const talk = conversation({ locale: 'en-US' });
    const turn = await talk.say('start baby massage');
    expect(turn.speech).toMatch(/^Welcome to baby massage\. .*fifteen to twenty minutes\. Say pause any time/);
    expect(turn.speech).toContain('Getting ready. Choose a moment when your baby is calm and alert.');
    expect(turn.speech).toMatch(/undressed to their diaper/);
    expect(turn.speech).toMatch(/Rub your hands together to warm them, with a little oil if you like/);
    expect(turn.speech).toMatch(/may I give you a massage\? \(pause 7 s\) Watch for a yes/);
    expect(turn.speech).toMatch(/Say next when you're ready\.$/);
    expect(turn.reprompt).toBe('Say next to go on, or repeat to hear that again.');
    expect(turn.ended).toBe(false);
  });

  it('walks the whole routine with "next" and the session closes after the cuddle', async () => {
    const talk = conversation({ locale: 'en-GB' });
    await talk.say('open baby massage');
    const heard: string[] = [];
    for (let i = 1; i < FULL_ROUTINE.steps.length; i++) {
      const turn = await talk.say(i % 2 ? 'next' : 'go on');
      heard.push(turn.speech);
      expect(turn.ended).toBe(i === FULL_ROUTINE.steps.length - 1);
    }
    expect(heard[0]).toMatch(/^\(sound\) Now, the legs and feet\. Indian milking\./);
    expect(heard.find((s) => s.includes('Now, the tummy.'))).toMatch(/Water wheel\./);
    expect(heard[heard.length - 1]).toMatch(/The closing cuddle\..*That's the whole massage\. Well done, both of you\./);
    expect(await talk.state()).toMatchObject({ version: STATE_VERSION, routine: { stepIndex: FULL_ROUTINE.steps.length - 1, status: 'finished' } });
  });
});

describe('moving around', () => {
  it('repeats, goes back and starts over, always from the start of a step', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    const second = await talk.say('next');
    expect(second.speech).toMatch(/^Hug and glide\./);
    expect((await talk.say('say that again')).speech).toMatch(/^(Once more|Here it is again)\. Hug and glide\./);
    expect((await talk.say('go back')).speech).toMatch(/^\(sound\) Now, the legs and feet\. Indian milking\./);
    expect((await talk.say('start over')).speech).toMatch(/^Alright, let's start from the beginning\. Getting ready\./);
    expect((await talk.say('go back')).speech).toMatch(/^We're at the very first step, so here it is again\. Getting ready\./);
  });
});

describe('pause and resume', () => {
  it('saves the place on pause, answers briefly, and resumes the same step from its start', async () => {
    const talk = conversation({ locale: 'en-GB', now: () => NOW });
    await talk.say('start baby massage');
    for (let i = 0; i < 9; i++) await talk.say('next');
    const paused = await talk.say('hold on');
    expect(paused.speech).toBe('Paused on the tummy. Take your time, and comfort your baby if they need you.');
    expect(paused.reprompt).toMatch(/^Say resume when you're ready\./);
    expect(paused.ended).toBe(false);
    expect(await talk.state()).toEqual({
      version: STATE_VERSION,
      routine: { routineId: 'full', stepIndex: 9, status: 'paused', pausedAt: NOW.toISOString() },
      updatedAt: NOW.toISOString(),
    });
    const resumed = await talk.say('resume');
    expect(resumed.speech).toMatch(/^(Let's pick up from the start of this stroke|Back to where we were)\. Sun and moon\./);
  });

  it('after the session closes, the next launch says where they stopped; yes resumes that exact step', async () => {
    const talk = conversation({ locale: 'en-AU' });
    await talk.say('start baby massage');
    for (let i = 0; i < 9; i++) await talk.say('next');
    await talk.say('pause');
    expect((await talk.silence()).speech).toMatch(/^Say resume when you're ready/);
    expect((await talk.silence()).ended).toBe(true);

    const offer = await talk.say('open baby massage');
    expect(offer.speech).toBe('Welcome back. Last time you stopped at Sun and moon, on the tummy. Shall we carry on from there?');
    expect(offer.reprompt).toMatch(/Say yes, or say start over/);
    const yes = await talk.say('yes');
    expect(yes.speech).toMatch(/^Let's pick up from the start of this stroke\. Sun and moon\./);
    expect((await talk.say('next')).speech).toMatch(/^I love you\./);
  });

  it('"no" to the offer starts fresh from the opening', async () => {
    const talk = conversation({ locale: 'en-CA' });
    await talk.say('start baby massage');
    await talk.say('next');
    await talk.say('next');
    await talk.say('stop');
    await talk.say('open baby massage');
    const no = await talk.say('no');
    expect(no.speech).toMatch(/^Alright, let's start from the beginning\. Getting ready\./);
    expect(await talk.state()).toMatchObject({ routine: { stepIndex: 0, status: 'in-progress' } });
  });

  it('a finished routine is not offered again', async () => {
    const talk = conversation({ locale: 'en-IN' });
    await talk.say('start baby massage');
    for (let i = 1; i < FULL_ROUTINE.steps.length; i++) await talk.say('next');
    const again = await talk.say('start baby massage');
    expect(again.speech).toMatch(/^Welcome back to baby massage\. Let's begin\..*Getting ready\./);
  });

  it('a place at the opening is not worth an offer: stop does not promise it, and launch just begins again', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    expect((await talk.say('pause')).speech).toMatch(/^Paused on the opening\./);
    expect((await talk.say('stop')).speech).toBe('Goodbye, and enjoy the cuddles.');
    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome back to baby massage\..*Getting ready\./);
  });
});

describe('help, stop and the unexpected', () => {
  it('help names the commands and questions, and keeps the place', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    const help = await talk.say('help');
    expect(help.speech).toMatch(/next.*repeat.*pause/);
    expect(help.speech).toMatch(/what oil should I use/);
    expect(help.ended).toBe(false);
    expect((await talk.say('next')).speech).toMatch(/^Hug and glide\./);
  });

  it('stop says goodbye, keeps the place, and closes the session', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    const stop = await talk.say('stop');
    expect(stop.speech).toBe("Goodbye. I've kept your place on the legs and feet, so just open baby massage to carry on.");
    expect(stop.ended).toBe(true);
    expect(await talk.state()).toMatchObject({ routine: { stepIndex: 1 } });
  });

  it('fallback is short, keeps the place, and keeps a pending question', async () => {
    const talk = conversation({ locale: 'en-GB' });
    await talk.say('start baby massage');
    await talk.say('next');
    await talk.say('next');
    await talk.endSession('EXCEEDED_MAX_REPROMPTS');
    await talk.say('start baby massage');
    const fallback = await talk.send({ intent: 'AMAZON.FallbackIntent' });
    expect(fallback.speech).toBe("Sorry, I didn't catch that. You can say next, repeat, go back, or pause.");
    expect((await talk.say('yes')).speech).toMatch(/Hug and glide\./);
  });

  it('yes or no with nothing asked is answered without moving', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    expect((await talk.say('yes')).speech).toMatch(/^I'm not sure what that was for\./);
    expect((await talk.say('no')).speech).toMatch(/^I'm not sure what that was for\./);
    expect((await talk.say('repeat')).speech).toMatch(/Indian milking\./);
  });

  it('an intent the skill does not know gets a clear answer and loses nothing', async () => {
    const { logger, lines } = collectingLogger();
    const talk = conversation({ locale: 'en-US', logger });
    await talk.say('start baby massage');
    await talk.say('next');
    const turn = await talk.send({ intent: 'OrderPizzaIntent' });
    expect(turn.speech).toBe("Sorry, I didn't catch that. You can say next, repeat, go back, or pause.");
    expect(turn.ended).toBe(false);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'Unhandled intent' }));
    expect((await talk.say('next')).speech).toMatch(/^Hug and glide\./);
  });

  it('a request type it does not know gets a clear answer and loses nothing', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    const turn = await talk.send({ type: 'Alexa.Presentation.APL.UserEvent' });
    expect(turn.speech).toMatch(/^Sorry, I can't do that here\./);
    expect((await talk.say('next')).speech).toMatch(/^\(sound\) Now, the legs and feet\./);
  });

  it('an unsupported locale is answered in US English', async () => {
    const talk = conversation({ locale: 'en-US' });
    const turn = await talk.send({ type: 'LaunchRequest', locale: 'de-DE' });
    expect(turn.speech).toMatch(/^Welcome to baby massage\..*diaper/);
  });

  it('garbage in the session attributes is ignored and the stored place is used', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    for (let i = 0; i < 4; i++) await talk.say('next');
    const turn = await talk.send({ intent: 'AMAZON.RepeatIntent', sessionAttributes: { routine: 'banana', loaded: 7 } });
    expect(turn.speech).toMatch(/Toes, top of the foot, and ankle\./);
  });
});

describe('the error handler', () => {
  it('catches what a handler or interceptor throws, says something useful, and keeps the place', async () => {
    const errors: string[] = [];
    let broken = false;
    const logger: SkillLogger = {
      info: () => {
        if (broken) throw new Error('log sink unavailable');
      },
      warn: () => undefined,
      error: (message) => errors.push(message),
    };
    const talk = conversation({ locale: 'en-US', logger });
    await talk.say('start baby massage');
    await talk.say('next');
    broken = true;
    const turn = await talk.say('next');
    expect(turn.speech).toBe('Sorry, something went wrong on my side, but your place is safe. Say repeat to hear the stroke again.');
    expect(turn.reprompt).toBe('Say repeat, or next to go on.');
    expect(turn.ended).toBe(false);
    expect(errors).toContain('Request failed');
    broken = false;
    expect((await talk.say('repeat')).speech).toMatch(/Indian milking\./);
    expect(await talk.state()).toMatchObject({ routine: { stepIndex: 1, status: 'in-progress' } });
  });
});

describe('stored state that does not fit', () => {
  it.each([
    ['corrupt', 'a string, not an object'],
    ['outdated', { version: STATE_VERSION - 1, position: 4 }],
    ['from an unknown routine', { version: STATE_VERSION, routine: { routineId: 'colic', stepIndex: 2, status: 'paused' } }],
    ['beyond the end', { version: STATE_VERSION, routine: { routineId: 'full', stepIndex: 99, status: 'paused' } }],
  ])('%s: restarts gracefully and saves a fresh start', async (_, stored) => {
    const store = memoryStore();
    store.items.set('amzn1.ask.account.TEST-PARENT', stored as never);
    const talk = conversation({ locale: 'en-US', persistence: store, userId: 'amzn1.ask.account.TEST-PARENT' });
    const turn = await talk.say('start baby massage');
    expect(turn.speech).toMatch(/^I couldn't pick up where you left off last time, so let's start again from the beginning\. Getting ready\./);
    expect(store.items.get('amzn1.ask.account.TEST-PARENT')).toMatchObject({ version: STATE_VERSION, routine: { stepIndex: 0 } });
  });
});

describe('persistence', () => {
  it('loads once per session and saves only when the place changes', async () => {
    const store = memoryStore();
    const talk = conversation({ locale: 'en-US', persistence: store });
    await talk.say('start baby massage');
    expect(store.calls).toEqual({ get: 1, save: 1 });
    await talk.say('help');
    await talk.say('repeat');
    await talk.say('what can i say');
    expect(store.calls).toEqual({ get: 1, save: 1 });
    await talk.say('next');
    expect(store.calls).toEqual({ get: 1, save: 2 });
    await talk.say('stop');
    await talk.say('start baby massage');
    expect(store.calls.get).toBe(2);
  });

  it('a store that does not answer on load: the parent still hears the guide, and nothing is saved over it', async () => {
    const store = memoryStore();
    const { logger, lines } = collectingLogger();
    const talk = conversation({ locale: 'en-US', persistence: store, logger });
    await talk.say('start baby massage');
    for (let i = 0; i < 6; i++) await talk.say('next');
    await talk.say('stop');
    const saved = structuredClone(store.items);

    store.fail(true);
    const turn = await talk.say('start baby massage');
    expect(turn.speech).toMatch(/^Welcome to baby massage\..*Getting ready\./);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'Could not load stored state' }));
    store.fail(false);
    await talk.say('next');
    expect(Object.fromEntries(store.items)).toEqual(Object.fromEntries(saved));
    await talk.say('stop');
    expect((await talk.say('open baby massage')).speech).toMatch(/^Welcome back\. Last time you stopped at The other leg, on the legs and feet\./);
  });

  it('a store that does not answer on save: the parent hears the step, the failure is logged', async () => {
    const store = memoryStore();
    const { logger, lines } = collectingLogger();
    const talk = conversation({ locale: 'en-US', persistence: store, logger });
    await talk.say('start baby massage');
    store.fail(true);
    const turn = await talk.say('next');
    expect(turn.speech).toMatch(/Indian milking\./);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'Could not save state' }));
    expect(store.items.values().next().value).toMatchObject({ routine: { stepIndex: 0 } });
    store.fail(false);
    await talk.say('next');
    expect(store.items.values().next().value).toMatchObject({ routine: { stepIndex: 2 } });
  });
});
