import fc from 'fast-check';
import { RequestEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
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
  readonly envelope: RequestEnvelope;
  /** What the store holds for the user before the request (undefined: nothing). */
  readonly stored: unknown;
}

/**
 * Random request envelopes for every intent and slot of the model and every request type of
 * Alexa's interfaces, with random slots, malformed session attributes, stored states old, new, newer
 * and broken, and parts of the envelope missing.
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

  return fc
    .record({
      type: fc.oneof({ weight: 6, arbitrary: fc.constant('IntentRequest' as string) }, { weight: 4, arbitrary: fc.constantFrom<string>(...REQUEST_TYPES) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
      intent: intentObject,
      locale: fc.oneof(fc.constantFrom<string | undefined>(...SUPPORTED_LOCALES, 'de-DE', undefined), nasty),
      session: fc.oneof({ weight: 3, arbitrary: fc.record({ isNew: fc.boolean(), attributes: sessionAttributes }) }, { weight: 1, arbitrary: fc.constant(undefined) }),
      userId,
      hasContext: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
      stored,
      audioContext: fc.option(fc.record({ token: nasty, offsetInMilliseconds: fc.oneof(fc.integer(), junk), playerActivity: fc.constantFrom('PLAYING', 'STOPPED', 'PAUSED') })),
      extra: fc.record({ reason: fc.constantFrom('USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR'), token: nasty, offsetInMilliseconds: fc.oneof(fc.integer(), junk), arguments: fc.array(junk, { maxLength: 3 }), error: fc.record({ type: nasty, message: nasty }) }, { requiredKeys: [] }),
    })
    .map(({ type, intent, locale, session, userId: id, hasContext, stored: held, audioContext, extra }) => {
      const user = id === undefined ? {} : { userId: id };
      const application = { applicationId: TEST_APPLICATION_ID };
      const request: Record<string, unknown> = { type, requestId: 'amzn1.echo-api.request.fuzz', timestamp: '2026-11-24T19:30:00Z', locale, ...extra };
      if (type === 'IntentRequest' || type === 'CanFulfillIntentRequest') request.intent = intent;
      const envelope = {
        version: '1.0',
        ...(session ? { session: { new: session.isNew, sessionId: 'amzn1.echo-api.session.fuzz', application, user, attributes: session.attributes } } : {}),
        ...(hasContext
          ? { context: { System: { application, user, device: { deviceId: 'd', supportedInterfaces: {} }, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 't' }, ...(audioContext ? { AudioPlayer: audioContext } : {}) } }
          : {}),
        request,
      };
      return { envelope: envelope as unknown as RequestEnvelope, stored: held };
    });
}
