import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { stepAudio } from '../lambda/play-along/catalog';
import { AudioSource, tokenOf } from '../lambda/play-along/play';
import { contentFor } from '../lambda/content';
import { ROUTINES } from '../lambda/routine/routines';
import { RoutineId } from '../lambda/routine/types';
import { buildSkill } from '../lambda/skill';
import { EnvelopeOptions, SlotFill, intentRequest, launchRequest, newSessionId, otherRequest } from '../tools/alexa/envelope';
import { speechText } from '../tools/alexa/speech-text';
import { collectingLogger } from './support/logger';
import { MINUTE } from '../lambda/course/log';
import { memoryStore } from './support/memory-store';

const USER = 'amzn1.ask.account.PLAY-ALONG';
const content = contentFor('en-US');
const source: AudioSource = { urlFor: (key) => `https://audio.example.com/${key}` };

/** The token and URL the skill must hand Alexa for a step. */
function expected(routineId: RoutineId, stepId: string, variant: 'first' | 'regular') {
  const index = ROUTINES[routineId].steps.findIndex((s) => s.id === stepId);
  const audio = stepAudio(content, routineId, index, variant);
  return { token: tokenOf(routineId, stepId, variant, audio.version), url: `https://audio.example.com/${audio.key}` };
}

/**
 * An Echo with the skill's audio on it: voice commands arrive in a new session with
 * `context.AudioPlayer`, Alexa's reports and the buttons without a session, as Alexa sends them.
 */
function echo(options: { audioPlayer?: boolean; now?: () => Date } = {}) {
  const store = memoryStore();
  const { logger, lines } = collectingLogger();
  const skill = buildSkill({ persistence: store, logger, audio: source, now: options.now ?? (() => new Date('2026-11-24T19:30:00Z')) });
  let player: { token: string; offsetInMilliseconds: number; playerActivity: string } | undefined;
  let queued: string | undefined;
  let session: { sessionId: string; attributes: Record<string, unknown> } | undefined;
  const base = (session: boolean): EnvelopeOptions => ({
    locale: 'en-US',
    userId: USER,
    device: { audioPlayer: options.audioPlayer ?? true },
    ...(player ? { audioPlayer: player } : {}),
    ...(session ? { session: { sessionId: newSessionId(), isNew: true, attributes: {} } } : {}),
  });
  /** The same session again, with what the skill's last reply kept in it. */
  const same = (): EnvelopeOptions => ({ ...base(false), session: { ...session!, isNew: false } });
  const send = async (envelope: RequestEnvelope): Promise<ResponseEnvelope> => {
    const reply = await skill.invoke(envelope);
    session = envelope.session && !reply.response.shouldEndSession ? { sessionId: envelope.session.sessionId, attributes: reply.sessionAttributes ?? {} } : undefined;
    const play = reply.response.directives?.find((d) => d.type === 'AudioPlayer.Play') as { playBehavior: string; audioItem: { stream: { token: string } } } | undefined;
    if (play?.playBehavior === 'REPLACE_ALL') player = { token: play.audioItem.stream.token, offsetInMilliseconds: 0, playerActivity: 'PLAYING' };
    if (play?.playBehavior === 'REPLACE_ALL') queued = undefined;
    if (play?.playBehavior === 'ENQUEUE') queued = play.audioItem.stream.token;
    if (reply.response.directives?.some((d) => d.type === 'AudioPlayer.Stop') && player) player = { ...player, playerActivity: 'STOPPED' };
    return reply;
  };
  return {
    store,
    lines,
    get player() {
      return player;
    },
    /** Another skill's or service's audio took the device's player. */
    other(state: { token: string; offsetInMilliseconds: number; playerActivity: string }) {
      player = state;
    },
    /** The device reports it got this far into the step. */
    at(offsetInMilliseconds: number) {
      if (player) player = { ...player, offsetInMilliseconds };
    },
    say: (intent: string, slots: Record<string, SlotFill> = {}) => send(intentRequest(base(true), intent, slots)),
    launch: () => send(launchRequest(base(true))),
    /** An answer inside the session the last reply left open. */
    answer: (intent: string, slots: Record<string, SlotFill> = {}) => send(intentRequest(same(), intent, slots)),
    event: async (type: string, extra: Record<string, unknown> = {}) => {
      const reply = await send(otherRequest(base(false), type, { token: player?.token, offsetInMilliseconds: player?.offsetInMilliseconds ?? 0, ...extra }));
      // Alexa moves on to the queued stream when one finishes.
      if (type === 'AudioPlayer.PlaybackFinished' && queued) [player, queued] = [{ token: queued, offsetInMilliseconds: 0, playerActivity: 'PLAYING' }, undefined];
      return reply;
    },
    button: (type: string) => send(otherRequest(base(false), type)),
    stored: () => store.items.get(USER) as { routine?: Record<string, unknown>; profile?: Record<string, unknown> } | undefined,
  };
}

const said = (reply: ResponseEnvelope) => {
  const speech = reply.response.outputSpeech;
  return speech?.type === 'SSML' ? speechText(speech.ssml) : '';
};
const play = (reply: ResponseEnvelope) => reply.response.directives?.find((d) => d.type === 'AudioPlayer.Play') as
  | { playBehavior: string; audioItem: { stream: { url: string; token: string; offsetInMilliseconds: number; expectedPreviousToken?: string } } }
  | undefined;
const colic = { routine: { value: 'colic', slotType: 'ROUTINE_NAME', id: 'colic' } };

describe('play-along', () => {
  it('"ask baby massage to play the colic massage": a short line, then the first step plays as audio and the session ends', async () => {
    const device = echo();
    const reply = await device.say('PlayRoutineIntent', colic);
    expect(said(reply)).toBe("Here's the colic massage, played through. Say Alexa, pause at any time, and Alexa, resume to carry on.");
    expect(play(reply)).toEqual({
      type: 'AudioPlayer.Play',
      playBehavior: 'REPLACE_ALL',
      audioItem: { stream: { ...expected('colic', 'colic-opening', 'first'), offsetInMilliseconds: 0 } },
    });
    expect(reply.response.shouldEndSession).toBe(true);
    expect(reply.response.reprompt).toBeUndefined();
    expect(device.stored()?.routine).toEqual({ routineId: 'colic', stepId: 'colic-opening', status: 'in-progress', audio: { offsetMs: 0 }, started: expect.stringMatching(MINUTE) });
  });

  it('plays step after step: started is stored, the next step is queued as one nears its end, finished moves the place on', async () => {
    let clock = new Date('2026-11-24T19:30:00Z');
    const device = echo({ now: () => clock });
    await device.say('PlayRoutineIntent', colic);
    const first = device.player!.token;
    expect((await device.event('AudioPlayer.PlaybackStarted')).response).toEqual({});
    const nearly = await device.event('AudioPlayer.PlaybackNearlyFinished');
    expect(nearly.response.outputSpeech).toBeUndefined();
    expect(play(nearly)).toEqual({
      type: 'AudioPlayer.Play',
      playBehavior: 'ENQUEUE',
      audioItem: { stream: { ...expected('colic', 'tummy-water-wheel', 'first'), offsetInMilliseconds: 0, expectedPreviousToken: first } },
    });
    device.at(61_000);
    expect((await device.event('AudioPlayer.PlaybackFinished')).response).toEqual({});
    expect(device.stored()?.routine).toEqual({ routineId: 'colic', stepId: 'tummy-water-wheel', status: 'in-progress', audio: { offsetMs: 0 }, started: expect.stringMatching(MINUTE) });
    // One run, one entry in the practice log, however many steps play and minutes pass: the run's start goes with it.
    clock = new Date('2026-11-24T19:36:00Z');
    device.at(0);
    await device.event('AudioPlayer.PlaybackStarted');
    device.at(61_000);
    await device.event('AudioPlayer.PlaybackFinished');
    expect(device.stored()?.profile?.log).toEqual([expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2} colic \d+ \d+$/)]);
  });

  it('"Alexa, pause" stops at once; "Alexa, resume" hours later carries on from the same second, after the one-line check', async () => {
    let clock = new Date('2026-11-24T19:30:00Z');
    const device = echo({ now: () => clock });
    await device.say('PlayRoutineIntent', colic);
    device.at(12_345);
    const paused = await device.say('AMAZON.PauseIntent');
    expect(paused.response.directives).toEqual([{ type: 'AudioPlayer.Stop' }]);
    expect(paused.response.outputSpeech).toBeUndefined();
    expect(device.stored()?.routine).toMatchObject({ stepId: 'colic-opening', status: 'paused', audio: { offsetMs: 12_345 } });
    await device.event('AudioPlayer.PlaybackStopped');
    clock = new Date('2026-11-24T22:45:00Z');
    const resumed = await device.say('AMAZON.ResumeIntent');
    expect(said(resumed)).toBe('Before we carry on, a quick check: baby well, no new rash, no shots for two days, not just fed. Then ask again, may I carry on, and watch for a yes.');
    expect(play(resumed)?.audioItem.stream).toEqual({ ...expected('colic', 'colic-opening', 'first'), offsetInMilliseconds: 12_345 });
  });

  it('"Alexa, resume" after a short pause, or the play button, just plays on', async () => {
    let clock = new Date('2026-11-24T19:30:00Z');
    const device = echo({ now: () => clock });
    await device.say('PlayRoutineIntent', colic);
    device.at(5_000);
    await device.say('AMAZON.PauseIntent');
    clock = new Date('2026-11-24T19:40:00Z');
    const resumed = await device.say('AMAZON.ResumeIntent');
    expect(resumed.response.outputSpeech).toBeUndefined();
    expect(play(resumed)?.audioItem.stream.offsetInMilliseconds).toBe(5_000);
    device.at(9_000);
    await device.say('AMAZON.PauseIntent');
    clock = new Date('2026-11-25T08:00:00Z');
    const button = await device.button('PlaybackController.PlayCommandIssued');
    expect(button.response.outputSpeech).toBeUndefined();
    expect(play(button)?.audioItem.stream.offsetInMilliseconds).toBe(9_000);
  });

  it('when other audio has played since, "Alexa, open baby massage" offers to carry on from the same stroke', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    await device.event('AudioPlayer.PlaybackNearlyFinished');
    await device.event('AudioPlayer.PlaybackFinished');
    device.at(20_000);
    await device.say('AMAZON.PauseIntent');
    await device.event('AudioPlayer.PlaybackStopped');
    // The radio played in between: Alexa's player now holds someone else's stream.
    device.other({ token: 'radio-stream-1', offsetInMilliseconds: 900_000, playerActivity: 'STOPPED' });
    const offer = await device.launch();
    expect(said(offer)).toBe('Welcome back. Last time you paused at Water wheel, on the tummy, in the colic massage. Shall we carry on from there?');
    const yes = await device.answer('AMAZON.YesIntent');
    expect(said(yes)).toMatch(/^Let's pick up from the start of this stroke\. .*Water wheel\./);
    expect(play(yes)).toBeUndefined();
  });

  it('next, previous and start over move by step, by voice and by the buttons, with no speech for the buttons', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    expect(play(await device.say('AMAZON.NextIntent'))?.audioItem.stream.token).toBe(expected('colic', 'tummy-water-wheel', 'first').token);
    const button = await device.button('PlaybackController.NextCommandIssued');
    expect(button.response.outputSpeech).toBeUndefined();
    expect(button.response.shouldEndSession).toBeUndefined();
    expect(play(button)?.audioItem.stream.token).toBe(expected('colic', 'knees-up', 'first').token);
    expect(play(await device.button('PlaybackController.PreviousCommandIssued'))?.audioItem.stream.token).toBe(expected('colic', 'tummy-water-wheel', 'first').token);
    expect(play(await device.say('AMAZON.StartOverIntent'))?.audioItem.stream.token).toBe(expected('colic', 'colic-opening', 'first').token);
    device.at(4_000);
    expect((await device.button('PlaybackController.PauseCommandIssued')).response).toEqual({ directives: [{ type: 'AudioPlayer.Stop' }] });
    expect(play(await device.button('PlaybackController.PlayCommandIssued'))?.audioItem.stream.offsetInMilliseconds).toBe(4_000);
  });

  it('"Alexa, stop" stops and keeps the place, and says how to carry on', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    await device.say('AMAZON.NextIntent');
    device.at(9_000);
    const stop = await device.say('AMAZON.StopIntent');
    expect(said(stop)).toBe('Stopped, on the tummy. Say Alexa, resume to carry on, or open baby massage later.');
    expect(stop.response.directives).toEqual([{ type: 'AudioPlayer.Stop' }]);
    expect(device.stored()?.routine).toMatchObject({ stepId: 'tummy-water-wheel', status: 'paused', audio: { offsetMs: 9_000 } });
  });

  it('loop and shuffle get an honest answer; repeat plays the stroke again from its start', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    device.at(7_000);
    const loop = await device.say('AMAZON.LoopOnIntent');
    expect(said(loop)).toMatch(/^The massage plays each stroke once, in order, so there's no loop\./);
    expect(play(loop)?.audioItem.stream.offsetInMilliseconds).toBe(7_000);
    expect(said(await device.say('AMAZON.ShuffleOnIntent'))).toMatch(/^The strokes play in their order, so there's no shuffle\./);
    const repeat = await device.say('AMAZON.RepeatIntent');
    expect(said(repeat)).toBe("Here's this stroke again, from its start.");
    expect(play(repeat)?.audioItem.stream.offsetInMilliseconds).toBe(0);
  });

  it('"she fell asleep", "he has a fever": the audio stops at once, the place is kept at the second it stopped, and the parent hears so', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    device.at(21_000);
    const asleep = await device.say('BabyAsleepIntent');
    expect(said(asleep)).toBe("Then let them sleep: the massage can wait. I've kept your place on the opening. Sleep well, little one.");
    expect(asleep.response.directives).toEqual([{ type: 'AudioPlayer.Stop' }]);
    expect(asleep.response.shouldEndSession).toBe(true);
    expect(device.stored()?.routine).toMatchObject({ routineId: 'colic', stepId: 'colic-opening', status: 'paused', audio: { offsetMs: 21_000 } });
    const resumed = await device.say('AMAZON.ResumeIntent');
    expect(play(resumed)?.audioItem.stream.offsetInMilliseconds).toBe(21_000);
    const unwell = await device.say('BabyUnwellIntent');
    expect(said(unwell)).toMatch(/^Then not today\..*I've kept your place for another day\.$/);
    expect(unwell.response.directives).toEqual([{ type: 'AudioPlayer.Stop' }]);
  });

  it('"the baby\'s crying", "I need to feed her", "she doesn\'t like it": the audio stops, with the advice and how to carry on', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    await device.say('AMAZON.NextIntent');
    for (const [intent, words] of [
      ['BabyUpsetIntent', /^Paused\. Stop, and pick your baby up.*Say Alexa, resume when you're both ready\.$/],
      ['BabyNeedsIntent', /^Of course, go ahead\. I've paused on the tummy\..*Say Alexa, resume when you're both ready\.$/],
      ['BabyDislikesIntent', /^That's alright, and you can stop at any time\..*Say Alexa, resume when you're both ready\.$/],
    ] as const) {
      const reply = await device.say(intent);
      expect(said(reply)).toMatch(words);
      expect(reply.response.directives).toEqual([{ type: 'AudioPlayer.Stop' }]);
      expect(device.stored()?.routine).toMatchObject({ stepId: 'tummy-water-wheel', status: 'paused' });
      await device.say('AMAZON.ResumeIntent');
    }
  });

  it('"she\'s smiling", "slower" and "thank you" are answered, and the audio plays on from where it was', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    device.at(3_000);
    const happy = await device.say('BabyHappyIntent');
    expect(said(happy)).toBe("Lovely. Smiles, cooing, bright eyes and smooth wriggles are your baby's way of saying yes.");
    expect(play(happy)?.audioItem.stream).toEqual({ ...expected('colic', 'colic-opening', 'first'), offsetInMilliseconds: 3_000 });
    device.at(6_000);
    const slower = await device.say('PaceIntent', { pace: { value: 'slower', slotType: 'PACE', id: 'slower' } });
    expect(said(slower)).toBe("Alright, I'll speak more slowly. The played-through audio keeps its own pace; the spoken guide will use it.");
    expect(play(slower)?.audioItem.stream.offsetInMilliseconds).toBe(6_000);
    expect(device.stored()?.profile).toMatchObject({ prefs: { rate: 82 } });
    expect(said(await device.say('ThanksIntent'))).toBe("You're welcome.");
    const bedtime = echo();
    await bedtime.say('PlayRoutineIntent', { routine: { value: 'bedtime', slotType: 'ROUTINE_NAME', id: 'bedtime' } });
    const sleepy = await bedtime.say('BabySleepyIntent');
    expect(said(sleepy)).toMatch(/^That's the idea\./);
    expect(play(sleepy)?.audioItem.stream.token).toBe(expected('bedtime', 'bedtime-opening', 'first').token);
  });

  it('"go to the tummy", "skip this part" and a part the routine lacks move the audio as they move the spoken guide', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', { routine: { value: 'quick', slotType: 'ROUTINE_NAME', id: 'quick' } });
    const part = (id: string) => ({ part: { value: id, slotType: 'BODY_PART', id } });
    const tummy = await device.say('GoToPartIntent', part('tummy'));
    expect(play(tummy)?.audioItem.stream).toEqual({ ...expected('quick', 'tummy-water-wheel', 'first'), offsetInMilliseconds: 0 });
    const skip = await device.say('SkipPartIntent');
    expect(said(skip)).toBe('Skipping the tummy.');
    expect(play(skip)?.audioItem.stream.token).toBe(expected('quick', 'back-back-and-forth', 'first').token);
    device.at(4_000);
    const face = await device.say('GoToPartIntent', part('face'));
    expect(said(face)).toBe("This massage doesn't do the face, so it plays on.");
    expect(play(face)?.audioItem.stream).toEqual({ ...expected('quick', 'back-back-and-forth', 'first'), offsetInMilliseconds: 4_000 });
  });

  it('"ask baby massage to skip the back" while the legs play leaves the back out: the audio passes over it when it gets there', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', { routine: { value: 'quick', slotType: 'ROUTINE_NAME', id: 'quick' } });
    await device.say('GoToPartIntent', { part: { value: 'tummy', slotType: 'BODY_PART', id: 'tummy' } });
    const later = await device.say('SkipPartIntent', { part: { value: 'back', slotType: 'BODY_PART', id: 'back' } });
    expect(said(later)).toBe("Alright, I'll leave out the back when we get there.");
    expect(device.stored()?.routine).toMatchObject({ skipParts: ['back'] });
    // The tummy nearly done: the next step queued is the cuddle, not the back.
    const nearly = await device.event('AudioPlayer.PlaybackNearlyFinished');
    expect(play(nearly)?.audioItem.stream.token).toBe(expected('quick', 'closing-cuddle', 'first').token);
    await device.event('AudioPlayer.PlaybackFinished');
    expect(device.stored()?.routine).toMatchObject({ stepId: 'closing-cuddle', status: 'in-progress' });
  });

  it('once it is paused, a question or a word about the baby is answered as in the spoken guide: nothing starts playing', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    await device.say('AMAZON.NextIntent');
    device.at(9_000);
    await device.say('AMAZON.PauseIntent');
    expect(device.player?.playerActivity).toBe('STOPPED');
    const oil = await device.say('SafetyIntent', { topic: { value: 'oil', slotType: 'SAFETY_TOPIC', id: 'oil' } });
    expect(said(oil)).toMatch(/^Oil is optional.*Shall we carry on with the massage\?$/);
    expect(play(oil)).toBeUndefined();
    const asleep = await device.say('BabyAsleepIntent');
    expect(said(asleep)).toBe("Then let them sleep: the massage can wait. I've kept your place on the tummy. Sleep well, little one.");
    expect(asleep.response.directives ?? []).toEqual([]);
    const resumed = await device.say('AMAZON.ResumeIntent');
    expect(play(resumed)?.audioItem.stream).toEqual({ ...expected('colic', 'tummy-water-wheel', 'first'), offsetInMilliseconds: 9_000 });
  });

  it('help while it plays says what works without the skill\'s name, and it plays on', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    device.at(8_000);
    const help = await device.say('AMAZON.HelpIntent');
    expect(said(help)).toBe('It plays through by itself. Say Alexa, pause, resume, next, previous or start over, or ask me things like, what oil should I use.');
    expect(play(help)?.audioItem.stream.offsetInMilliseconds).toBe(8_000);
    expect(help.response.shouldEndSession).toBe(true);
  });

  it('"Alexa, open baby massage" while it plays stops the audio, and the spoken guide takes over', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    await device.say('AMAZON.NextIntent');
    const opened = await device.launch();
    expect(opened.response.directives).toEqual([{ type: 'AudioPlayer.Stop' }]);
    expect(said(opened)).toMatch(/^Welcome back\. Last time we stopped in the middle of Water wheel, on the tummy, in the colic massage\./);
    expect(opened.response.shouldEndSession).toBe(false);
  });

  it('a routine asked for by name while one plays plays too', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    const bedtime = await device.say('StartRoutineIntent', { routine: { value: 'bedtime', slotType: 'ROUTINE_NAME', id: 'bedtime' } });
    expect(said(bedtime)).toMatch(/^Here's the bedtime wind-down, played through\./);
    expect(play(bedtime)?.audioItem.stream.token).toBe(expected('bedtime', 'bedtime-opening', 'first').token);
  });

  it('a question during play-along is answered, and the audio carries on from where it was', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    device.at(30_500);
    const answer = await device.say('BenefitsIntent', { topic: { value: 'sleep', slotType: 'BENEFIT_TOPIC', id: 'sleep' } });
    expect(said(answer)).toMatch(/^Research suggests massage may help some babies sleep better\..*This isn't medical advice: ask your baby's pediatrician\. Carrying on\.$/);
    expect(play(answer)?.audioItem.stream).toEqual({ ...expected('colic', 'colic-opening', 'first'), offsetInMilliseconds: 30_500 });
    expect(answer.response.shouldEndSession).toBe(true);
  });

  it('the last step queues nothing, and finishing it finishes the routine', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    for (let i = 0; i < ROUTINES.colic.steps.length - 1; i++) await device.say('AMAZON.NextIntent');
    expect(device.player?.token).toBe(expected('colic', 'colic-closing', 'first').token);
    expect(play(await device.event('AudioPlayer.PlaybackNearlyFinished'))).toBeUndefined();
    await device.event('AudioPlayer.PlaybackFinished');
    expect(device.stored()).toMatchObject({ routine: { routineId: 'colic', stepId: 'colic-closing', status: 'finished' }, profile: { finished: 1 } });
  });

  it('a stream that fails is logged, and the next launch offers the spoken guide at the same step', async () => {
    const device = echo();
    await device.say('PlayRoutineIntent', colic);
    await device.say('AMAZON.NextIntent');
    await device.event('AudioPlayer.PlaybackFailed', { error: { type: 'MEDIA_ERROR_SERVICE_UNAVAILABLE', message: 'unreachable' } });
    expect(device.lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'Play-along audio failed' }));
    const launch = await device.launch();
    expect(said(launch)).toBe('Welcome back. Last time the audio stopped playing at Water wheel, on the tummy, in the colic massage. Shall we carry on from there by voice?');
  });

  it('a device without AudioPlayer gets the spoken guide, said so in one line', async () => {
    const device = echo({ audioPlayer: false });
    const reply = await device.say('PlayRoutineIntent', colic);
    expect(said(reply)).toMatch(/^This device can't play the massage through, so I'll guide you by voice\. Welcome to baby massage\..*Here's the colic massage: tummy strokes for wind/);
    expect(reply.response.directives ?? []).toEqual([]);
    expect(reply.response.shouldEndSession).toBe(false);
    // Asked again in the same session, the welcome is not said twice.
    const again = await device.answer('PlayRoutineIntent', { routine: { value: 'quick', slotType: 'ROUTINE_NAME', id: 'quick' } });
    expect(said(again)).toMatch(/^This device can't play the massage through, so I'll guide you by voice\. Here's a quick massage: legs, tummy and back/);
  });

  it('"play it through" from inside the spoken guide plays on from the same step', async () => {
    const device = echo();
    const store = device.store;
    store.items.set(USER, { version: 2, routine: { routineId: 'full', stepId: 'tummy-sun-and-moon', status: 'in-progress' }, profile: { sessions: 3, finished: 1 } });
    const reply = await device.say('PlayRoutineIntent');
    expect(said(reply)).toBe("Here's the full massage, played on from Sun and moon. Say Alexa, pause at any time, and Alexa, resume to carry on.");
    expect(play(reply)?.audioItem.stream.token).toBe(expected('full', 'tummy-sun-and-moon', 'regular').token);
  });

  it('Alexa\'s reports about audio that is not ours change nothing', async () => {
    const device = echo();
    const reply = await device.event('AudioPlayer.PlaybackStarted', { token: 'someone-elses-song' });
    expect(reply.response).toEqual({});
    expect(device.store.calls).toEqual({ get: 0, save: 0 });
  });
});
