import fc from 'fast-check';
import { RequestEnvelope } from 'ask-sdk-model';
import { contentFor } from '../../lambda/content';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
import { stepAudio } from '../../lambda/play-along/catalog';
import { tokenOf } from '../../lambda/play-along/play';
import { ROUTINES } from '../../lambda/routine/routines';
import { ROUTINE_IDS } from '../../lambda/routine/types';
import { InteractionModel } from '../interaction-model/types';
import { TEST_APPLICATION_ID } from '../alexa/envelope';

/** Request types of Alexa's interfaces that a custom skill can receive. */
export const REQUEST_TYPES = [
  'LaunchRequest',
  'IntentRequest',
  'SessionEndedRequest',
  'CanFulfillIntentRequest',
  'System.ExceptionEncountered',
  'AudioPlayer.PlaybackStarted',
  'AudioPlayer.PlaybackNearlyFinished',
  'AudioPlayer.PlaybackFinished',
  'AudioPlayer.PlaybackStopped',
  'AudioPlayer.PlaybackFailed',
  'PlaybackController.NextCommandIssued',
  'PlaybackController.PreviousCommandIssued',
  'PlaybackController.PlayCommandIssued',
  'PlaybackController.PauseCommandIssued',
  'Alexa.Presentation.APL.UserEvent',
  'Messaging.MessageReceived',
] as const;

/** Built-in intents Alexa may send although the model does not declare them (AudioPlayer's). */
const UNDECLARED_INTENTS = ['AMAZON.LoopOnIntent', 'AMAZON.LoopOffIntent', 'AMAZON.ShuffleOnIntent', 'AMAZON.ShuffleOffIntent', 'OrderPizzaIntent', ''];

/** Strings that have broken skills: markup, entities, very long, empty, unicode. */
const nasty = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.constantFrom('', ' ', '<speak>', '</s><audio src="x"/>', '& < > " \'', 'null', 'undefined', '{part}', '\u0000', 'Ünïcödé 😀', '__proto__', 'constructor'),
  fc.string({ minLength: 2000, maxLength: 16000 }),
);

/** Anything JSON can hold, with the odd nasty string and an occasional huge value. */
const junk = fc.oneof(fc.anything({ maxDepth: 3 }), nasty, fc.constant(null));

export interface FuzzCase {
  /** One request, or a short sequence for the same parent (Alexa's reports and the buttons around a command). */
  readonly envelopes: readonly RequestEnvelope[];
  /** What the store holds for the user before the first request (undefined: nothing). */
  readonly stored: unknown;
}

/** Every step's token as the skill issues it for en-US, in both variants: what Alexa hands back. */
function realTokens(): string[] {
  const content = contentFor('en-US');
  return ROUTINE_IDS.flatMap((routineId) =>
    ROUTINES[routineId].steps.flatMap((_, index) =>
      (['first', 'regular'] as const).map((variant) => {
        const audio = stepAudio(content, routineId, index, variant);
        return tokenOf(routineId, audio.stepId, variant, audio.version);
      }),
    ),
  );
}

/** Offsets Alexa could report, and ones it should not: huge, negative, fractional, not finite, not numbers. */
const offsets = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 400_000 }) },
  { weight: 2, arbitrary: fc.constantFrom<unknown>(1e12, 1e20, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, -1, 0.5, 2 ** 53, 2 ** 60, 30 * 60 * 1000 + 1) },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) as fc.Arbitrary<unknown> },
);

/**
 * Random request envelopes for every intent and slot of the model and every request type of
 * Alexa's interfaces, with random slots, malformed session attributes, stored states (version 1, 2
 * with real places and play-along offsets, newer, broken), devices with and without AudioPlayer and a
 * screen, the skill's real tokens and near-misses, offsets of every kind, parts of the envelope missing,
 * and sequences of Alexa's reports and button presses after the first request.
 */
export function fuzzCases(model: InteractionModel): fc.Arbitrary<FuzzCase> {
  const language = model.interactionModel.languageModel;
  const typeValues = (type: string) => language.types.find((t) => t.name === type)?.values ?? [];
  const intent = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...language.intents) },
    { weight: 1, arbitrary: fc.constantFrom(...UNDECLARED_INTENTS).map((name) => ({ name, slots: [], samples: [] })) },
  );
  const slotFor = (type: string) =>
    fc.oneof(
      fc.constantFrom(...(typeValues(type).length ? typeValues(type) : [{ id: 'x', name: { value: 'x', synonyms: [] } }])).map((value) => ({
        value: value.name.value,
        resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: value.id, name: value.name.value } }] }] },
      })),
      nasty.map((value) => ({ value, resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_NO_MATCH' } }] } })),
      fc.constant({}),
      junk,
    );
  const intentObject = intent.chain((chosen) =>
    fc
      .tuple(...(chosen.slots ?? []).map((slot) => fc.option(slotFor(slot.type), { nil: undefined })))
      .map((values) => ({
        name: chosen.name,
        confirmationStatus: 'NONE',
        slots: Object.fromEntries((chosen.slots ?? []).flatMap((slot, i) => (values[i] === undefined ? [] : [[slot.name, { name: slot.name, confirmationStatus: 'NONE', ...(values[i] as object) }]]))),
      })),
  );

  const routineState = fc.record(
    {
      routineId: fc.oneof(fc.constantFrom('full', 'colic', 'bedtime', 'newborn', 'quick', 'just-legs', 'just-face', 'zumba'), nasty),
      stepId: fc.oneof(fc.constantFrom('opening', 'tummy-sun-and-moon', 'knees-up', 'closing-cuddle', 'once-more', 'colic-round-two', 'gone-step'), nasty),
      stepIndex: fc.oneof(fc.integer({ min: -2, max: 30 }), junk),
      status: fc.oneof(fc.constantFrom('in-progress', 'paused', 'finished'), nasty),
      pausedAt: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), nasty),
      skipParts: fc.oneof(fc.array(fc.constantFrom('face', 'legs', 'elbow')), junk),
    },
    { requiredKeys: [] },
  );
  const profile = fc.record({ sessions: fc.oneof(fc.integer({ min: -5, max: 10 }), junk), finished: fc.oneof(fc.nat(5), junk), prefs: fc.oneof(fc.record({ rate: fc.integer({ min: 0, max: 300 }), pauseScale: fc.double({ noNaN: false }), brief: fc.boolean(), detail: fc.boolean() }, { requiredKeys: [] }), junk) }, { requiredKeys: [] });
  const stored = fc.oneof(
    fc.constant(undefined),
    fc.record({ version: fc.constantFrom(1, 2), routine: routineState, profile, updatedAt: nasty }, { requiredKeys: ['version'] }),
    fc.record({ version: fc.constantFrom(3, 99), routine: junk }),
    junk,
  );
  const sessionAttributes = fc.oneof(
    fc.constant({}),
    fc.record(
      {
        loaded: fc.oneof(fc.constant(true), junk),
        stored: fc.oneof(fc.constant(null), nasty, fc.constant('{"routine":null,"profile":{"sessions":1,"finished":0}}')),
        routine: routineState,
        profile,
        unloaded: fc.oneof(fc.constantFrom('failed', 'newer', 'anonymous'), junk),
        retried: junk,
        offer: fc.oneof(fc.constantFrom('resume', 'continue', 'start', 'restart'), junk),
        replay: fc.oneof(fc.record({ intent: fc.constantFrom(...language.intents.map((i) => i.name)), topic: nasty }), junk),
        problem: junk,
      },
      { requiredKeys: [] },
    ),
    junk,
  );
  const userId = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('amzn1.ask.account.FUZZ-1', 'amzn1.ask.account.FUZZ-2') }, { weight: 1, arbitrary: fc.constantFrom(undefined, '', 'x'.repeat(2000)) });
  const real = realTokens();
  const token = fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    // Our format, another content version (an older release's audio) or a step this release lacks.
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...ROUTINE_IDS), fc.constantFrom('opening', 'knees-up', 'tummy-gone-stroke', 'closing-cuddle', 'zz'), fc.constantFrom('first', 'regular'), fc.stringMatching(/^[0-9a-f]{16}$/)).map((parts) => `bm1:${parts.join(':')}`) },
    { weight: 1, arbitrary: nasty },
  );
  // A valid place in a real routine, as this release stores it, with play-along offsets of any kind.
  const validPlace = fc.constantFrom(...ROUTINE_IDS).chain((routineId) =>
    fc.record(
      {
        routineId: fc.constant(routineId),
        stepId: fc.constantFrom(...ROUTINES[routineId].steps.map((step) => step.id)),
        status: fc.constantFrom('in-progress', 'paused', 'finished'),
        pausedAt: fc.constantFrom('2026-11-24T19:00:00.000Z', '2026-11-20T08:00:00.000Z'),
        audio: fc.record({ offsetMs: offsets, failed: fc.constantFrom(true, undefined) }, { requiredKeys: ['offsetMs'] }),
      },
      { requiredKeys: ['routineId', 'stepId', 'status'] },
    ),
  );
  const validProfile = fc.record({ sessions: fc.nat(40), finished: fc.nat(10), firstOpening: fc.nat(5), prefs: fc.record({ rate: fc.integer({ min: 70, max: 110 }), brief: fc.boolean() }, { requiredKeys: [] }) }, { requiredKeys: ['sessions', 'finished'] });
  const storedState = fc.oneof(
    { weight: 2, arbitrary: stored },
    { weight: 3, arbitrary: fc.record({ version: fc.constant(2), routine: validPlace, profile: validProfile, updatedAt: fc.constant('2026-11-24T19:00:00.000Z') }, { requiredKeys: ['version'] }) },
    // Version 1 kept the full routine's step by index.
    { weight: 1, arbitrary: fc.record({ version: fc.constant(1), stepIndex: fc.integer({ min: -1, max: 25 }), status: fc.constantFrom('in-progress', 'paused', 'finished') }) },
  );
  const supportedInterfaces = fc.constantFrom<Record<string, unknown>>(
    {},
    { AudioPlayer: {} },
    { AudioPlayer: {}, 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } },
    { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } },
  );
  const audioPlayer = fc.record({ token, offsetInMilliseconds: offsets, playerActivity: fc.constantFrom('PLAYING', 'STOPPED', 'PAUSED', 'FINISHED', 'IDLE') });

  return fc
    .record({
      type: fc.oneof({ weight: 6, arbitrary: fc.constant('IntentRequest' as string) }, { weight: 4, arbitrary: fc.constantFrom<string>(...REQUEST_TYPES) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
      intent: intentObject,
      locale: fc.oneof(fc.constantFrom<string | undefined>(...SUPPORTED_LOCALES, 'de-DE', undefined), nasty),
      session: fc.oneof({ weight: 3, arbitrary: fc.record({ isNew: fc.boolean(), attributes: sessionAttributes }) }, { weight: 1, arbitrary: fc.constant(undefined) }),
      userId,
      hasContext: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      stored: storedState,
      interfaces: supportedInterfaces,
      audioContext: fc.option(audioPlayer),
      extra: fc.record(
        {
          reason: fc.constantFrom('USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR'),
          token,
          offsetInMilliseconds: offsets,
          arguments: fc.oneof(fc.array(junk, { maxLength: 3 }), fc.constantFrom(['next'], ['back'], ['pause'], ['resume'], ['repeat'], ['start-over'], ['yes'], ['no'], ['routine:colic'], ['routine:zumba'])),
          error: fc.record({ type: nasty, message: fc.oneof(nasty, fc.constant('m'.repeat(300_000))) }),
        },
        { requiredKeys: [] },
      ),
      // Followed by Alexa's reports and the buttons for the same parent, in any order.
      then: fc.array(
        fc.record({
          type: fc.constantFrom('AudioPlayer.PlaybackStarted', 'AudioPlayer.PlaybackStopped', 'AudioPlayer.PlaybackFinished', 'AudioPlayer.PlaybackNearlyFinished', 'AudioPlayer.PlaybackFailed', 'PlaybackController.NextCommandIssued', 'PlaybackController.PauseCommandIssued', 'PlaybackController.PlayCommandIssued', 'PlaybackController.PreviousCommandIssued', 'Alexa.Presentation.APL.UserEvent'),
          token,
          offset: offsets,
          argument: fc.constantFrom('next', 'back', 'pause', 'resume', 'repeat'),
        }),
        { maxLength: 4 },
      ),
    })
    .map(({ type, intent, locale, session, userId: id, hasContext, stored: held, interfaces, audioContext, extra, then }) => {
      const user = id === undefined ? {} : { userId: id };
      const application = { applicationId: TEST_APPLICATION_ID };
      const request: Record<string, unknown> = { type, requestId: 'amzn1.echo-api.request.fuzz', timestamp: '2026-11-24T19:30:00Z', locale, ...extra };
      if (type === 'IntentRequest' || type === 'CanFulfillIntentRequest') request.intent = intent;
      const envelope = {
        version: '1.0',
        ...(session ? { session: { new: session.isNew, sessionId: 'amzn1.echo-api.session.fuzz', application, user, attributes: session.attributes } } : {}),
        ...(hasContext
          ? { context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: interfaces }, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 't' }, ...(audioContext ? { AudioPlayer: audioContext } : {}) } }
          : {}),
        request,
      };
      // Alexa's reports and button presses come without a session, from a device that plays audio.
      const followers = then.map(({ type: next, token: playing, offset, argument }) => ({
        version: '1.0',
        context: {
          System: { application, user, device: { deviceId: 'd', supportedInterfaces: { AudioPlayer: {}, ...interfaces } }, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 't' },
          AudioPlayer: { token: playing, offsetInMilliseconds: offset, playerActivity: 'PLAYING' },
        },
        request: { type: next, requestId: 'amzn1.echo-api.request.fuzz', timestamp: '2026-11-24T19:30:00Z', locale, token: playing, offsetInMilliseconds: offset, ...(next.endsWith('UserEvent') ? { token: 'baby-massage', arguments: [argument] } : {}) },
      }));
      return { envelopes: [envelope, ...followers] as unknown as RequestEnvelope[], stored: held };
    });
}
