import fc from 'fast-check';
import { RequestEnvelope } from 'ask-sdk-model';
import { contentFor } from '../../lambda/content';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
import { stepAudio } from '../../lambda/play-along/catalog';
import { tokenOf } from '../../lambda/play-along/play';
import { ROUTINES } from '../../lambda/routine/routines';
import { LESSON_IDS, MAX_STEP_AUDIO_MS, ROUTINE_IDS, RoutineId } from '../../lambda/routine/types';
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
  /**
   * One request, or a short sequence (2 to 6) for the same parent against the same store: a request
   * then Alexa's reports, the device's and the screen's buttons, and words said to the audio. A token
   * or offset may be a marker (PLAYING_TOKEN, offsetAt) that run.ts fills in when the request is sent,
   * from the audio the skill's earlier replies left playing, as a device would.
   */
  readonly envelopes: readonly RequestEnvelope[];
  /** What the store holds for the user before the first request (undefined: nothing). */
  readonly stored: unknown;
}

/**
 * Stands for the token of the audio the device is playing when the request is sent: the token of the
 * skill's last Play, as Alexa reports it back. Generated cases cannot know it, so run.ts fills it in.
 */
export const PLAYING_TOKEN = 'fuzz:playing';

/**
 * Stands for the session the skill's last reply left open, with the attributes it kept (a touch or an
 * answer inside the same session); run.ts fills it in, or sends a new session if none was left open.
 */
export const SAME_SESSION = 'fuzz:same-session';

/** Stands for an offset at this fraction of the playing step's audio length (run.ts fills it in). */
export function offsetAt(fraction: number): string {
  return `fuzz:at:${fraction}`;
}

/** The fraction an offsetAt marker stands for, or undefined for any other value. */
export function fractionOf(marker: unknown): number | undefined {
  const match = typeof marker === 'string' ? /^fuzz:at:(.+)$/.exec(marker) : null;
  return match ? Number(match[1]) : undefined;
}

/** Every step's token as the skill issues it for en-US, in both variants: what Alexa hands back. */
function realTokens(): string[] {
  const content = contentFor('en-US');
  return [...ROUTINE_IDS, ...LESSON_IDS].flatMap((routineId) =>
    ROUTINES[routineId].steps.flatMap((_, index) =>
      (['first', 'regular'] as const).map((variant) => {
        const audio = stepAudio(content, routineId, index, variant);
        return tokenOf(routineId, audio.stepId, variant, audio.version);
      }),
    ),
  );
}

/** Every step id of every routine: a valid id in one routine is often a step another routine lacks. */
const STEP_IDS = [...new Set([...ROUTINE_IDS, ...LESSON_IDS].flatMap((routineId) => ROUTINES[routineId].steps.map((step) => step.id)))];

/** Offsets Alexa could report, and ones it should not: huge, negative, fractional, not finite, not numbers. */
const offsets = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: 0, max: 400_000 }) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<unknown>(1e12, 1e20, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, -1, -0, 0.5, 2 ** 53, 2 ** 60, Number.MAX_VALUE, Number.MIN_VALUE, MAX_STEP_AUDIO_MS, MAX_STEP_AUDIO_MS + 1, '1000', 'Infinity', null, true, [1000], { ms: 1000 }),
  },
  { weight: 1, arbitrary: fc.oneof(fc.integer(), fc.double()) as fc.Arbitrary<unknown> },
);

/** Offsets into the playing step, near its ends and past them: where an off-by-one would show. */
const offsetsInStep = fc.constantFrom(0, 0.001, 0.5, 0.999, 1, 1.001, 2).map(offsetAt);

/**
 * Tokens the skill issued (any routine, any of its steps, either variant, this release's audio or
 * another version's), and near-misses of that format: each a small edit that readToken must refuse or
 * map, and garbage.
 */
function tokens(real: readonly string[]): fc.Arbitrary<string> {
  const issued = fc.tuple(fc.constantFrom(...ROUTINE_IDS), fc.constantFrom('first', 'regular'), fc.stringMatching(/^[0-9a-f]{16}$/)).chain(([routineId, variant, version]) =>
    fc.constantFrom(...ROUTINES[routineId].steps.map((step) => step.id)).map((stepId) => `bm1:${routineId}:${stepId}:${variant}:${version}`),
  );
  const nearMiss = fc.tuple(fc.constantFrom(...real), fc.nat(11), fc.string({ maxLength: 3 })).map(([token, edit, extra]) => {
    const parts = token.split(':');
    switch (edit) {
      case 0:
        return token.toUpperCase();
      case 1:
        return token.slice(0, -1);
      case 2:
        return `${token}0`;
      case 3:
        return `bm2${token.slice(3)}`;
      case 4:
        return ` ${token} `;
      case 5:
        return `${token}:${extra}`;
      case 6:
        return [parts[0], parts[1], parts[2], 'firsts', parts[4]].join(':');
      case 7:
        return [parts[0], 'Full', ...parts.slice(2)].join(':');
      case 8:
        return [parts[0], parts[1], 'x'.repeat(65), ...parts.slice(3)].join(':');
      case 9:
        return token + 'a'.repeat(1100);
      case 10:
        return parts.slice(0, 4).join(':');
      default:
        return token.replace(/:/g, extra);
    }
  });
  return fc.oneof(
    { weight: 6, arbitrary: fc.constantFrom(...real) },
    // Our format, another content version (an older release's audio).
    { weight: 2, arbitrary: issued },
    // Our format, a step of another routine or one no release has: readToken maps it to the nearest step.
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...ROUTINE_IDS), fc.constantFrom(...STEP_IDS, 'tummy-gone-stroke', 'zz'), fc.constantFrom('first', 'regular'), fc.stringMatching(/^[0-9a-f]{16}$/)).map((parts) => `bm1:${parts.join(':')}`) },
    { weight: 2, arbitrary: nearMiss },
    { weight: 1, arbitrary: nasty },
  );
}

/** What a device declares: nothing, AudioPlayer, a screen, both, and declarations Alexa would never send. */
const supportedInterfaces = fc.oneof(
  {
    weight: 8,
    arbitrary: fc.constantFrom<unknown>(
      {},
      { AudioPlayer: {} },
      { AudioPlayer: {}, 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } },
      { 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } },
    ),
  },
  { weight: 1, arbitrary: fc.constantFrom<unknown>(undefined, null, 'AudioPlayer', [], { AudioPlayer: null }, { 'Alexa.Presentation.APL': {} }, { Display: {}, VideoApp: {} }) },
);

const playerActivities = fc.oneof({ weight: 6, arbitrary: fc.constantFrom<unknown>('PLAYING', 'STOPPED', 'PAUSED', 'FINISHED', 'IDLE', 'BUFFER_UNDERRUN') }, { weight: 1, arbitrary: junk });

/** The error Alexa reports with PlaybackFailed, including a message far longer than any log line. */
const playbackError = fc.oneof(
  fc.record({ type: fc.constantFrom('MEDIA_ERROR_UNKNOWN', 'MEDIA_ERROR_INVALID_REQUEST', 'MEDIA_ERROR_SERVICE_UNAVAILABLE', 'MEDIA_ERROR_INTERNAL_SERVER_ERROR', 'MEDIA_ERROR_INTERNAL_DEVICE_ERROR'), message: nasty }),
  fc.record({ type: nasty, message: fc.oneof(nasty, fc.constant('m'.repeat(300_000))) }, { requiredKeys: [] }),
  junk,
);

/** The screen's buttons (screens/views.ts TouchAction), and arguments no document of ours sends. */
const touchArguments = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom<unknown[]>(['next'], ['back'], ['pause'], ['resume'], ['repeat'], ['start-over'], ['yes'], ['no'], ...ROUTINE_IDS.map((id) => [`routine:${id}`])) },
  { weight: 1, arbitrary: fc.constantFrom<unknown[]>(['routine:zumba'], ['routine:'], ['routine:__proto__'], ['toString'], ['__proto__'], ['NEXT'], [], ['next', 'back'], [null], [{ action: 'next' }]) },
  { weight: 1, arbitrary: fc.array(junk, { maxLength: 3 }) },
);

/**
 * Stored states: version 1 as it was stored (the full routine's step by index), version 2 with real
 * places and play-along offsets of every kind, a newer version (left alone by this release), and
 * corrupt ones: wrong types, missing fields, huge strings.
 */
function storedStates(): fc.Arbitrary<unknown> {
  const status = fc.oneof({ weight: 5, arbitrary: fc.constantFrom<unknown>('in-progress', 'paused', 'finished') }, { weight: 1, arbitrary: junk });
  const pausedAt = fc.oneof(fc.constantFrom('2026-11-24T19:00:00.000Z', '2026-11-20T08:00:00.000Z', '2025-01-01T00:00:00.000Z'), nasty);
  const audio = fc.oneof({ weight: 4, arbitrary: fc.record({ offsetMs: fc.oneof(offsets, fc.integer({ min: 0, max: 120_000 })), failed: fc.constantFrom<unknown>(true, undefined, 'yes') }, { requiredKeys: ['offsetMs'] }) }, { weight: 1, arbitrary: junk });
  const profile = fc.oneof(
    { weight: 4, arbitrary: fc.record({ sessions: fc.nat(40), finished: fc.nat(10), firstOpening: fc.nat(5), prefs: fc.record({ rate: fc.integer({ min: 70, max: 110 }), brief: fc.boolean() }, { requiredKeys: [] }) }, { requiredKeys: ['sessions', 'finished'] }) },
    // Version 3's companion fields: the course, the log and its months, a birth month, a time zone; valid and not.
    {
      weight: 2,
      arbitrary: fc.record(
        {
          sessions: fc.nat(40),
          finished: fc.nat(10),
          course: fc.record({ done: fc.array(fc.integer({ min: 0, max: 7 })), lastDay: fc.constantFrom<unknown>('2026-11-30', 'soon', 3) }, { requiredKeys: [] }),
          log: fc.array(fc.constantFrom<unknown>('2026-12-01T19:00 full 28 100', '2026-11-30T08:15 lesson-2 11 64', '2026-13-01T19:00 full 28 100', 'junk', 4), { maxLength: 120 }),
          months: fc.constantFrom<unknown>({ '2026-08': 12 }, { x: 1 }, [], 'many'),
          born: fc.constantFrom<unknown>('2026-10', '2031-01', '2026-10-14', 12),
          timeZone: fc.constantFrom<unknown>('Europe/London', 'America/Argentina/Buenos_Aires', 'Mars/Olympus', '../etc', 5),
        },
        { requiredKeys: ['sessions', 'finished'] },
      ),
    },
    { weight: 1, arbitrary: fc.record({ sessions: junk, finished: junk, firstOpening: junk, prefs: junk }, { requiredKeys: [] }) },
  );
  // A valid place in a real routine, as this release stores it.
  const place = fc.constantFrom<RoutineId>(...ROUTINE_IDS, ...LESSON_IDS).chain((routineId) =>
    fc.record(
      { routineId: fc.constant(routineId), stepId: fc.constantFrom(...ROUTINES[routineId].steps.map((step) => step.id)), status, pausedAt, skipParts: fc.array(fc.constantFrom('face', 'legs', 'elbow')), audio, started: fc.constantFrom<unknown>('2026-12-01T19:00', 'yesterday', 7) },
      { requiredKeys: ['routineId', 'stepId', 'status'] },
    ),
  );
  // Version 1: `{ routineId: 'full', stepIndex, status, pausedAt }` (stored-state.ts readVersion1Routine).
  const version1Routine = fc.record(
    { routineId: fc.oneof({ weight: 5, arbitrary: fc.constant<unknown>('full') }, { weight: 1, arbitrary: fc.constantFrom<unknown>('colic', 'zumba', 7, null) }), stepIndex: fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -1, max: 24 }) }, { weight: 1, arbitrary: fc.constantFrom<unknown>(1.5, '3', Number.NaN, 1e9, null) }), status, pausedAt },
    { requiredKeys: ['routineId', 'stepIndex', 'status'] },
  );
  const updatedAt = fc.oneof(fc.constant('2026-11-24T19:00:00.000Z'), nasty);
  const huge = fc.constantFrom('x'.repeat(100_000), 'é'.repeat(50_000));
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(undefined) },
    { weight: 2, arbitrary: fc.record({ version: fc.constant(1), routine: version1Routine, profile, updatedAt }, { requiredKeys: ['version', 'routine'] }) },
    { weight: 6, arbitrary: fc.record({ version: fc.constant(2), routine: place, profile, updatedAt }, { requiredKeys: ['version'] }) },
    // A newer release's shape: whatever it holds, this release must neither use it nor save over it.
    { weight: 1, arbitrary: fc.record({ version: fc.constantFrom(3, 99, 2 ** 31), routine: fc.oneof(place, junk), profile, updatedAt, somethingNew: junk }, { requiredKeys: ['version'] }) },
    // Corrupt: the version, the routine or its fields of the wrong type, fields missing, huge strings.
    {
      weight: 2,
      arbitrary: fc.oneof(
        fc.record({ version: fc.constantFrom<unknown>('2', 2.5, 0, -1, Number.NaN, null, undefined, [2]), routine: fc.oneof(place, junk), profile }, { requiredKeys: ['version', 'routine'] }),
        fc.record({ version: fc.constantFrom(1, 2), routine: fc.oneof(junk, huge, fc.constant([]), fc.record({ routineId: fc.oneof(huge, nasty), stepId: fc.oneof(huge, nasty, fc.constantFrom(...STEP_IDS)), status: fc.oneof(huge, status) }, { requiredKeys: [] })), profile: fc.oneof(profile, huge) }, { requiredKeys: ['version'] }),
        fc.record({ routine: place, profile }),
        junk,
      ),
    },
  );
}

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
  const token = tokens(realTokens());
  const storedState = fc.oneof({ weight: 2, arbitrary: stored }, { weight: 5, arbitrary: storedStates() });
  const audioPlayer = fc.record({ token, offsetInMilliseconds: offsets, playerActivity: playerActivities }, { requiredKeys: ['token'] });
  const routineSlot = fc.constantFrom(...typeValues('ROUTINE_NAME')).map((value) => ({
    name: 'routine',
    value: value.name.value,
    confirmationStatus: 'NONE',
    resolutions: { resolutionsPerAuthority: [{ authority: 'a', status: { code: 'ER_SUCCESS_MATCH' }, values: [{ value: { id: value.id, name: value.name.value } }] }] },
  }));

  // Any request at all, as Alexa might send it or should not.
  const anyRequest = fc.record({
    type: fc.oneof({ weight: 6, arbitrary: fc.constant('IntentRequest' as string) }, { weight: 4, arbitrary: fc.constantFrom<string>(...REQUEST_TYPES) }, { weight: 1, arbitrary: fc.string({ maxLength: 30 }) }),
    intent: intentObject,
    session: fc.oneof({ weight: 3, arbitrary: fc.record({ isNew: fc.boolean(), attributes: sessionAttributes }) }, { weight: 1, arbitrary: fc.constant(undefined) }),
    hasContext: fc.oneof({ weight: 5, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
    interfaces: supportedInterfaces,
    audioContext: fc.option(audioPlayer),
    extra: fc.record(
      {
        reason: fc.constantFrom('USER_INITIATED', 'EXCEEDED_MAX_REPROMPTS', 'ERROR'),
        token,
        offsetInMilliseconds: offsets,
        arguments: touchArguments,
        error: playbackError,
        currentPlaybackState: fc.record({ token, offsetInMilliseconds: offsets, playerActivity: playerActivities }, { requiredKeys: [] }),
      },
      { requiredKeys: [] },
    ),
  });
  // "Play the colic massage" on an Echo, or the spoken guide started or resumed, before the audio's reports.
  const opener = fc.record({
    type: fc.constant('IntentRequest'),
    intent: fc.oneof(
      { weight: 4, arbitrary: fc.option(routineSlot, { nil: undefined }).map((slot) => ({ name: 'PlayRoutineIntent', confirmationStatus: 'NONE', slots: slot ? { routine: slot } : {} })) },
      { weight: 1, arbitrary: routineSlot.map((slot) => ({ name: 'StartRoutineIntent', confirmationStatus: 'NONE', slots: { routine: slot } })) },
      { weight: 1, arbitrary: fc.constantFrom('AMAZON.ResumeIntent', 'ContinueIntent', 'AMAZON.YesIntent').map((name) => ({ name, confirmationStatus: 'NONE', slots: {} })) },
    ),
    session: fc.record({ isNew: fc.boolean(), attributes: fc.oneof({ weight: 4, arbitrary: fc.constant({}) }, { weight: 1, arbitrary: sessionAttributes }) }).map((session): typeof session | undefined => session),
    hasContext: fc.constant(true),
    interfaces: fc.oneof({ weight: 4, arbitrary: fc.constantFrom<unknown>({ AudioPlayer: {} }, { AudioPlayer: {}, 'Alexa.Presentation.APL': { runtime: { maxVersion: '2024.2' } } }) }, { weight: 1, arbitrary: supportedInterfaces }),
    audioContext: fc.option(audioPlayer),
    extra: fc.constant({}),
  });
  // What may follow for the same parent: Alexa's reports on the audio, the device's and the screen's
  // buttons, and words said to the audio; mostly about the audio the skill last played.
  const follower = fc.record({
    // Alexa's reports, the buttons and touches (from REQUEST_TYPES, in its order), and words said to the audio.
    type: fc.constantFrom<string>(...REQUEST_TYPES.filter((type) => /^(AudioPlayer|PlaybackController)\.|APL\.UserEvent$/.test(type)), 'IntentRequest', 'LaunchRequest'),
    intent: fc.oneof(
      { weight: 4, arbitrary: fc.constantFrom('AMAZON.PauseIntent', 'AMAZON.ResumeIntent', 'AMAZON.NextIntent', 'AMAZON.PreviousIntent', 'AMAZON.StartOverIntent', 'AMAZON.RepeatIntent', 'AMAZON.CancelIntent', 'AMAZON.StopIntent', 'AMAZON.LoopOnIntent', 'AMAZON.ShuffleOffIntent').map((name) => ({ name, confirmationStatus: 'NONE', slots: {} })) },
      { weight: 1, arbitrary: intentObject },
    ),
    playing: fc.oneof({ weight: 5, arbitrary: fc.constant(PLAYING_TOKEN) }, { weight: 1, arbitrary: token }),
    offset: fc.oneof({ weight: 3, arbitrary: offsetsInStep as fc.Arbitrary<unknown> }, { weight: 1, arbitrary: offsets }),
    activity: playerActivities,
    session: fc.constantFrom('none', 'new', 'same'),
    interfaces: fc.oneof({ weight: 5, arbitrary: fc.constant<unknown>('same') }, { weight: 1, arbitrary: supportedInterfaces }),
    arguments: touchArguments,
    error: playbackError,
  });

  return fc
    .record({
      first: fc.oneof({ weight: 3, arbitrary: anyRequest }, { weight: 2, arbitrary: opener }),
      locale: fc.oneof({ weight: 4, arbitrary: fc.constantFrom<string | undefined>(...SUPPORTED_LOCALES) }, { weight: 1, arbitrary: fc.oneof(fc.constantFrom<string | undefined>('de-DE', undefined), nasty) }),
      userId,
      stored: storedState,
      // Half the cases are a single request, the others a sequence of 2 to 6.
      then: fc.oneof(fc.array(follower, { maxLength: 0 }), fc.array(follower, { minLength: 1, maxLength: 5 })),
    })
    .map(({ first, locale, userId: id, stored: held, then }) => {
      const { type, intent, session, hasContext, interfaces, audioContext, extra } = first;
      const user = id === undefined ? {} : { userId: id };
      const application = { applicationId: TEST_APPLICATION_ID };
      const system = (declared: unknown) => ({ application, user, device: { deviceId: 'd', supportedInterfaces: declared }, apiEndpoint: 'https://api.amazonalexa.com', apiAccessToken: 't' });
      const request: Record<string, unknown> = { type, requestId: 'amzn1.echo-api.request.fuzz', timestamp: '2026-11-24T19:30:00Z', locale, ...extra };
      if (type === 'IntentRequest' || type === 'CanFulfillIntentRequest') request.intent = intent;
      const sessionOf = (isNew: boolean, attributes: unknown) => ({ session: { new: isNew, sessionId: 'amzn1.echo-api.session.fuzz', application, user, attributes } });
      const envelope = {
        version: '1.0',
        ...(session ? sessionOf(session.isNew, session.attributes) : {}),
        ...(hasContext ? { context: { System: system(interfaces), ...(audioContext ? { AudioPlayer: audioContext } : {}) } } : {}),
        request,
      };
      // Reports and buttons come without a session; words and touches in a new session, the open one, or none.
      const followers = then.map((next) => {
        const declared = next.interfaces === 'same' ? interfaces : next.interfaces;
        const base = { type: next.type, requestId: 'amzn1.echo-api.request.fuzz', timestamp: '2026-11-24T19:31:00Z', locale };
        const body: Record<string, unknown> =
          next.type === 'IntentRequest'
            ? { ...base, intent: next.intent }
            : next.type === 'Alexa.Presentation.APL.UserEvent'
              ? { ...base, token: 'baby-massage', arguments: next.arguments }
              : next.type === 'LaunchRequest'
                ? base
                : { ...base, token: next.playing, offsetInMilliseconds: next.offset, ...(next.type === 'AudioPlayer.PlaybackFailed' ? { error: next.error, currentPlaybackState: { token: next.playing, offsetInMilliseconds: next.offset, playerActivity: 'STOPPED' } } : {}) };
        const speaks = next.type === 'IntentRequest' || next.type === 'LaunchRequest' || next.type === 'Alexa.Presentation.APL.UserEvent';
        return {
          version: '1.0',
          ...(speaks && next.session === 'new' ? sessionOf(true, {}) : {}),
          ...(speaks && next.session === 'same' ? { session: { ...sessionOf(false, {}).session, sessionId: SAME_SESSION } } : {}),
          context: { System: system(declared), AudioPlayer: { token: next.playing, offsetInMilliseconds: next.offset, playerActivity: next.activity } },
          request: body,
        };
      });
      return { envelopes: [envelope, ...followers] as unknown as RequestEnvelope[], stored: held };
    });
}
