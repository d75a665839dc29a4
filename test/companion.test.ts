import { mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { RoutineState } from '../lambda/routine/types';
import { buildSkill } from '../lambda/skill';
import { FileAdapter } from '../lambda/storage/file-adapter';
import { STATE_VERSION } from '../lambda/storage/stored-state';
import { REMINDERS_SCOPE } from '../lambda/companion/reminders';
import { AlexaApiServer, startAlexaApi } from '../tools/alexa/alexa-api';
import { ALEXA_PERMISSION_QUESTION } from '../tools/alexa/session';
import { TEST_APPLICATION_ID, otherRequest } from '../tools/alexa/envelope';
import { conversation } from './support/conversation';
import { memoryStore } from './support/memory-store';
import { transcript } from './support/transcript';

/**
 * Issue 20 through the real skill, the real interaction models and real request envelopes: the
 * course across weeks, the baby's age with consent, the practice log, reminders against a server on
 * 127.0.0.1 that answers as the Reminders and Settings APIs do, and forgetting a parent.
 */

const PARENT = 'amzn1.ask.account.COMPANION';
const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A clock the test moves: a parent's week in a few milliseconds. */
function clock(start: string) {
  let now = new Date(start);
  return { now: () => now, later: (ms: number) => (now = new Date(now.getTime() + ms)) };
}

function fileStore() {
  return new FileAdapter(path.join(mkdtempSync(path.join(os.tmpdir(), 'baby-massage-companion-')), 'state.json'));
}

let api: AlexaApiServer;
beforeEach(async () => {
  api = await startAlexaApi();
});
afterEach(() => api.close());

const endpoint = () => ({ endpoint: api.endpoint, token: api.token });

describe('the course, across weeks', () => {
  it('teaches lesson one, remembers it, keeps a week for practice, and lets a parent skip ahead', async () => {
    const time = clock('2026-12-01T19:00:00Z');
    const persistence = fileStore();
    const talk = conversation({ locale: 'en-GB', persistence, userId: PARENT, now: time.now, api: endpoint() });

    const first = await talk.say('ask baby massage to teach me baby massage');
    expect(first.speech).toMatch(
      /^Welcome to baby massage\. .* Lesson one: the legs and feet, and how to begin, in about fourteen minutes\. Welcome to the course\. Over five lessons, one a week if you like, you'll learn the whole massage a part at a time, and practise at home in between\. First, a quick check\./,
    );
    expect(first.speech).toMatch(/Now ask\. Show your open hands, look into their eyes, and say softly: may I give you a massage\?/);
    // Taught the first time: why and how in more words, and a slower practice than in the massage (10 s there).
    const taught = await talk.say('next');
    expect(taught.speech).toContain('Indian milking moves away from the body, towards the feet. Let your whole hand touch: palm and fingers, not fingertips. About three times. Thigh, down to the foot. (pause 13.5 s)');
    let last = taught;
    while (!last.ended) last = await talk.say('next');
    expect(last.speech).toMatch(/Well done, both of you: that was lesson one, the legs and feet\. Practise the legs once a day this week, when your baby is calm and awake\. Next week, lesson two: the tummy\.$/);
    expect(await talk.state()).toMatchObject({ profile: { course: { done: [1], lastDay: '2026-12-01' }, log: ['2026-12-01T19:00 lesson-1 14 100'] } });

    // Two days later: a week is for practising, so "this week's lesson" is lesson one again; "next lesson" moves on anyway.
    time.later(2 * DAY);
    await transcript(talk, [
      'U: open baby massage',
      'A: Welcome back. Here we go. This is your second massage this week. For something shorter, say which massages are there. Getting ready. Quick check: baby well, no new rash, no jabs for two days, not just fed. Warm your hands. (pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) (sound)',
    ]);
    expect((await talk.say("this week's lesson")).speech).toMatch(
      /^Lesson 1 was only 2 days ago, so this week is for practising it: here it is again\. Say next lesson whenever you want to move on\. Here's lesson one, the legs and feet\. Welcome to the course\./,
    );
    await transcript(talk, [
      'U: next lesson',
      "A: Here's lesson two, the tummy. Getting ready. Quick check: baby well, no new rash, no jabs for two days, not just fed. Today: the legs in brief, then the tummy. (pause 2 s) Breathe out slowly, warm your hands, and ask: may I give you a massage? (pause 9 s) (sound)",
      'U: next',
    ]);
    await talk.say('stop');

    // A new session with lesson two under way: "this week's lesson" carries on with it.
    await transcript(talk, ['U: open baby massage', 'A: Welcome back. Last time we stopped in the middle of the legs in brief, on the legs and feet, in lesson two, the tummy. Say carry on to do it again, or next for the one after.']);
    expect((await talk.say("this week's lesson")).speech).toMatch(/^Carrying on with lesson two, the tummy\. .*The legs in brief\./);
  });

  it('gives the next lesson once a week has passed, the first for "last week\'s" with none done, and this week\'s for words it cannot place', async () => {
    const time = clock('2026-12-01T19:00:00Z');
    const store = memoryStore();
    store.items.set(PARENT, { version: STATE_VERSION, profile: { sessions: 3, finished: 1, firstOpening: 1, course: { done: [1], lastDay: '2026-11-24' } } });
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT, now: time.now });
    expect((await talk.say('ask baby massage for this week\'s lesson')).speech).toMatch(/^Welcome back\. Here we go\. You've done lesson one\. Here's lesson two, the tummy\. Getting ready\./);

    const fresh = conversation({ locale: 'en-US', now: time.now });
    expect((await fresh.say("ask baby massage for last week's lesson again")).speech).toMatch(/^Welcome to baby massage\. .*There's no lesson done yet, so here's the first\. Lesson one: the legs and feet/);
    // "lesson purple": a lesson Alexa could not resolve is never trusted as one.
    const odd = conversation({ locale: 'en-US', now: time.now });
    await odd.say('open baby massage');
    const turn = await odd.send({ intent: 'CourseIntent', slots: { lesson: { value: 'purple', slotType: 'LESSON' } } });
    expect(turn.speech).toMatch(/^Lesson one: the legs and feet, and how to begin, in about fourteen minutes\. Welcome to the course\./);
    expect(odd.position()).toMatchObject({ routineId: 'lesson-1', stepId: 'opening' });
  });

  it('offers the whole massage after the fifth lesson', async () => {
    const store = memoryStore();
    store.items.set(PARENT, { version: STATE_VERSION, profile: { sessions: 9, finished: 5, firstOpening: 1, course: { done: [1, 2, 3, 4, 5], lastDay: '2026-11-24' } } });
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT, now: () => new Date('2026-12-05T19:00:00Z') });
    expect((await talk.say('ask baby massage to teach me baby massage')).speech).toMatch(
      /^Welcome back\. Here we go\. You've finished all five lessons\. Here's the whole massage; to do a lesson again, say its number, like lesson two\. Getting ready\./,
    );
    expect(talk.position()).toMatchObject({ routineId: 'full' });
  });
});

describe("the baby's age, with consent", () => {
  it('answers for the age, asks before keeping it, and keeps only the month and year', async () => {
    const persistence = fileStore();
    const talk = conversation({ locale: 'en-GB', persistence, userId: PARENT, now: () => new Date('2026-12-05T19:00:00Z') });
    await talk.say('open baby massage');
    await transcript(talk, [
      'U: my baby is five weeks old',
      'A: 5 weeks. Under about six weeks, the newborn massage suits best: a few minutes, feather-light. A little plain oil is fine from one month, if you use it. Shall I remember that your baby was born in October 2026? I would keep only the month and year, nothing else.',
      'U: yes',
      "A: Done. I'll remember October 2026, and nothing else about your baby. Say forget my baby's age any time. Shall we carry on with the massage?",
      'U: she was premature',
      "A: For a baby born early, talk to your baby's care team first: massage usually starts around the due date. Until then, many premature babies prefer still, steady touch, like a hand resting on them, to stroking. This isn't medical advice: ask your GP or health visitor. Shall we carry on with the massage?",
      'U: how old is my baby',
      'A: Your baby was born in October 2026, so about 7 weeks old now. Shall we carry on with the massage?',
    ]);
    const stored = await talk.state();
    expect((stored.profile as { born?: string }).born).toBe('2026-10');
    // The age is the only fact about the baby kept: nothing of prematurity, illness or a name.
    expect(JSON.stringify(stored)).not.toMatch(/prem|early|care team|fever|jaundice|name/i);

    await transcript(talk, ["U: forget my baby's age", "A: Done. I've forgotten your baby's age. Shall we carry on with the massage?"]);
    expect((await talk.state()).profile).not.toHaveProperty('born');
  });

  it('reads a birth month Alexa heard forward ("March", said in December) as last March, and keeps nothing on a no', async () => {
    const talk = conversation({ locale: 'en-US', now: () => new Date('2026-12-05T19:00:00Z') });
    await talk.say('open baby massage');
    await transcript(talk, [
      'U: she was born in march',
      "A: March 2026. Once babies are on the move, many won't lie still for long. Shorter massages suit, like the quick one, or the legs and back while they play. Shall I remember that your baby was born in March 2026? I would keep only the month and year, nothing else.",
      'U: no',
      "A: Fine, I won't keep it. Shall we carry on with the massage?",
      'U: how old is she',
      "A: I don't know your baby's age. Tell me, for example, my baby is 7 weeks old, and I'll ask before I keep it. Shall we carry on with the massage?",
    ]);
    expect((await talk.state()).profile).not.toHaveProperty('born');
    // An age it cannot read (a unit Alexa could not resolve) is asked again; nothing is kept.
    const unclear = await talk.send({ intent: 'BabyAgeIntent', slots: { number: { value: '7' }, unit: { value: 'fortnights', slotType: 'AGE_UNIT' } } });
    expect(unclear.speech).toBe('How old is your baby? You can say, for example, she is 7 weeks old, or she was born in March.');
    // A birth in a future year is no birth: asked again too.
    const future = await talk.send({ intent: 'BabyAgeIntent', slots: { born: { value: '2031-05' } } });
    expect(future.speech).toBe('How old is your baby? You can say, for example, she is 7 weeks old, or she was born in March.');
  });

  it('suits the launch to the age it kept: a newborn gets the newborn massage; outside a massage, "yes" starts the one the age points at', async () => {
    const store = memoryStore();
    store.items.set(PARENT, { version: STATE_VERSION, profile: { sessions: 2, finished: 1, firstOpening: 1, born: '2026-11' } });
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT, now: () => new Date('2026-12-05T19:00:00Z') });
    expect((await talk.say('open baby massage')).speech).toMatch(/^Welcome back\. Here we go\. Your baby is under six weeks: a short, feather-light massage suits best\. Here's the first massage\. Getting ready\./);
    expect(talk.position()).toMatchObject({ routineId: 'newborn' });

    const outside = conversation({ locale: 'en-US', now: () => new Date('2026-12-05T19:00:00Z') });
    const answer = await outside.say('ask baby massage how old is my baby');
    expect(answer.speech).toBe("I don't know your baby's age. Tell me, for example, my baby is 7 weeks old, and I'll ask before I keep it. Would you like to start a massage?");
  });
});

describe('the practice log', () => {
  it('answers from the log in the parent\'s own days, and never as a streak', async () => {
    const time = clock('2026-12-01T03:00:00Z'); // 7 PM on Monday 30 November in Los Angeles
    api.timeZone = 'America/Los_Angeles';
    const store = memoryStore();
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT, now: time.now, api: endpoint() });
    const quick = async () => {
      await talk.say('ask baby massage for a quick one');
      for (let i = 0; i < 5; i++) await talk.say('next');
    };
    await quick();
    time.later(2 * DAY);
    await quick();
    time.later(DAY + 2 * HOUR); // Thursday 9 PM in Los Angeles, Friday in UTC
    await talk.say('open baby massage');
    await transcript(talk, [
      'U: how many massages this week',
      'A: 2 massages in the past seven days, about 14 minutes in all. Shall we carry on with the massage?',
      'U: what did we do last time',
      'A: Last time was yesterday: the quick massage, about 7 minutes, to the end. Shall we carry on with the massage?',
      'U: how long did we massage today',
      'A: Today: no massage. That is fine: every day is a new day. Shall we carry on with the massage?',
      'U: how many massages have we done so far',
      'A: 2 massages so far. Shall we carry on with the massage?',
    ]);
    expect(api.calls.filter((c) => c.includes('System.timeZone'))).toHaveLength(1);
    expect((store.items.get(PARENT)?.profile as { timeZone?: string }).timeZone).toBe('America/Los_Angeles');
  });

  it('shows the week as a picture on an Echo Show, and mentions the count gently at launch', async () => {
    const store = memoryStore();
    store.items.set(PARENT, {
      version: STATE_VERSION,
      profile: { sessions: 5, finished: 2, firstOpening: 1, timeZone: 'Europe/London', log: ['2026-12-03T19:00 full 28 100', '2026-12-04T19:00 bedtime 5 100', '2026-12-04T08:00 quick 7 100'] },
    });
    const skill = buildSkill({ persistence: store, now: () => new Date('2026-12-05T19:00:00Z') });
    const envelope = (intent: string) =>
      otherRequest({ locale: 'en-GB', userId: PARENT, session: { sessionId: 'amzn1.echo-api.session.week', isNew: true, attributes: {} }, device: { apl: true } }, 'IntentRequest', {
        intent: { name: intent, confirmationStatus: 'NONE', slots: {} },
      });
    const shown = await skill.invoke(envelope('PracticeLogIntent'));
    const render = shown.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as { datasources?: { payload?: { screen?: string; heading?: string; body?: string; days?: unknown } } } | undefined;
    expect(render?.datasources?.payload).toMatchObject({ screen: 'week', heading: 'Your week', body: '3 massages in the past seven days, about 40 minutes in all.' });
    expect(render?.datasources?.payload?.days).toEqual([
      { label: 'Sun', count: 0 },
      { label: 'Mon', count: 0 },
      { label: 'Tue', count: 0 },
      { label: 'Wed', count: 0 },
      { label: 'Thu', count: 1 },
      { label: 'Fri', count: 2 },
      { label: 'Sat', count: 0 },
    ]);
    const talk = conversation({ locale: 'en-GB', persistence: store, userId: PARENT, now: () => new Date('2026-12-05T19:00:00Z') });
    expect((await talk.say('open baby massage')).speech).toMatch(/^Welcome back\. Here we go\. This is your fourth massage this week\. Getting ready\./);
  });
});

describe('reminders', () => {
  it('asks for the permission by voice, then sets a daily reminder in the device\'s time zone, and says so', async () => {
    const talk = conversation({ locale: 'en-GB', userId: PARENT, now: () => new Date('2026-12-05T19:30:00Z'), api: endpoint() });
    await talk.say('open baby massage');
    await transcript(talk, [
      'U: remind me to massage every evening at seven',
      `A: ${ALEXA_PERMISSION_QUESTION}`,
      'U: yes',
      "A: Done. I'll remind you every day at 7 PM. To stop it, say cancel my massage reminder. Shall we carry on with the massage?",
      'U: do i have a reminder',
      'A: Yes: every day at 7 PM. Shall we carry on with the massage?',
    ]);
    expect(api.reminders).toHaveLength(1);
    expect(api.reminders[0].request).toEqual({
      requestTime: '2026-12-05T19:30:00.000',
      trigger: {
        type: 'SCHEDULED_ABSOLUTE',
        timeZoneId: 'Europe/London',
        // 7 PM has passed in London today: the first is tomorrow.
        recurrence: { startDateTime: '2026-12-06T19:00:00.000', recurrenceRules: ['FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0'] },
      },
      alertInfo: { spokenInfo: { content: [{ locale: 'en-GB', text: 'Time for baby massage, if your baby is calm and awake. Say: Alexa, start baby massage.' }] } },
      pushNotification: { status: 'ENABLED' },
    });
    // A new time replaces the old reminder: one massage reminder at a time.
    await transcript(talk, ['U: move my reminder to half past eight in the evening', "A: Done. I'll remind you every day at 8:30 PM. To stop it, say cancel my massage reminder. Shall we carry on with the massage?"]);
    expect(api.reminders.map((r) => (r.request.trigger as { recurrence: { recurrenceRules: string[] } }).recurrence.recurrenceRules[0])).toEqual(['FREQ=DAILY;BYHOUR=20;BYMINUTE=30;BYSECOND=0']);
    await transcript(talk, [
      'U: cancel my massage reminder',
      'A: Done. Your massage reminder is cancelled. Shall we carry on with the massage?',
      'U: cancel my reminder',
      "A: You don't have a massage reminder. To set one, say remind me to massage every evening at 7. Shall we carry on with the massage?",
    ]);
    expect(api.reminders).toEqual([]);
  });

  it('asks for a time when none was said, and takes the permission already granted', async () => {
    const talk = conversation({ locale: 'en-US', now: () => new Date('2026-12-05T14:00:00Z'), api: endpoint(), permissions: { [REMINDERS_SCOPE]: 'GRANTED' } });
    api.timeZone = 'America/New_York';
    await transcript(talk, [
      'U: ask baby massage to remind me to massage',
      'A: What time each day would you like the reminder? For example, 7 in the evening.',
      'U: at seven in the evening',
      "A: Done. I'll remind you every day at 7 PM. To stop it, say cancel my massage reminder. Would you like to start a massage?",
    ]);
    expect(api.reminders[0].request.trigger).toMatchObject({ timeZoneId: 'America/New_York', recurrence: { startDateTime: '2026-12-05T19:00:00.000' } });
  });

  it.each([
    ['no', "No problem, I won't set a reminder. If you change your mind, you can allow reminders for Baby Massage in the Alexa app."],
    ['what oil should i use', "I didn't set a reminder. Just ask again when you'd like one."],
  ])('says clearly that nothing was set when the parent answers Alexa\'s question with "%s"', async (answer, line) => {
    const talk = conversation({ locale: 'en-GB', now: () => new Date('2026-12-05T12:00:00Z'), api: endpoint() });
    await talk.say('open baby massage');
    await talk.say('remind me at 8 pm');
    expect((await talk.say(answer)).speech).toBe(`${line} Shall we carry on with the massage?`);
    expect(api.reminders).toEqual([]);
    expect(talk.position()).toMatchObject({ routineId: 'full', stepId: 'opening' });
  });

  it.each([
    ['device-not-supported', "This device can't take reminders from skills, so I haven't set one."],
    ['too-many', 'You have as many reminders as Alexa allows, so I could not add one. Cancel one in the Alexa app, then ask again.'],
    ['unauthorized', "I don't have permission to set reminders, so nothing was set. You can allow it for Baby Massage in the Alexa app."],
    ['error', "I couldn't reach Alexa's reminders just now, so nothing was changed. Please try again in a little while."],
    ['hang', "I couldn't reach Alexa's reminders just now, so nothing was changed. Please try again in a little while."],
  ] as const)('answers a Reminders API that says %s with a clear line, and loses nothing', async (mode, line) => {
    const talk = conversation({ locale: 'en-GB', now: () => new Date('2026-12-05T12:00:00Z'), api: endpoint(), permissions: { [REMINDERS_SCOPE]: 'GRANTED' } });
    await talk.say('open baby massage');
    await talk.say('next');
    api.mode = mode;
    const started = Date.now();
    const turn = await talk.say('remind me every evening at 7');
    expect(turn.speech).toBe(`${line} Shall we carry on with the massage?`);
    // A hung API costs the parent at most the Alexa API deadline, well inside Alexa's eight seconds.
    expect(Date.now() - started).toBeLessThan(4000);
    expect(talk.position()).toMatchObject({ routineId: 'full', stepId: 'leg-indian-milking' });
    expect((await talk.say('next')).speech).toMatch(/^Hug and glide\./);
  });

  it('answers a device that cannot hold the permission conversation', async () => {
    const talk = conversation({ locale: 'en-US', now: () => new Date('2026-12-05T12:00:00Z'), api: endpoint() });
    await talk.say('open baby massage');
    await talk.say('remind me at 8 pm');
    const turn = await talk.send({ type: 'Connections.Response', extra: { name: 'AskFor', status: { code: '400', message: 'Not supported on this device' }, token: 'reminder 20:00' } });
    expect(turn.speech).toBe("This device can't take reminders from skills, so I haven't set one. Shall we carry on with the massage?");
    expect(api.reminders).toEqual([]);
  });
});

describe('forgetting a parent', () => {
  it('says what it keeps, and deletes it all after a yes; nothing is written again that session', async () => {
    const persistence = fileStore();
    const talk = conversation({ locale: 'en-GB', persistence, userId: PARENT, now: () => new Date('2026-12-05T19:00:00Z') });
    await talk.say('open baby massage');
    await talk.say('next');
    await talk.say('my baby is five weeks old');
    await talk.say('yes');
    await transcript(talk, [
      'U: forget everything about me',
      "A: Here's what I keep: your place in a massage, your pace, the course, your practice log and your baby's birth month. Shall I delete all of it?",
      'U: no',
      "A: Okay, I've kept everything as it was. Shall we carry on with the massage?",
      'U: delete my data',
      "A: Here's what I keep: your place in a massage, your pace, the course, your practice log and your baby's birth month. Shall I delete all of it?",
      'U: yes',
      "A: Done. I've deleted everything I kept about you. Any massage reminder stays until you cancel it. Goodbye for now.",
    ]);
    expect(await talk.state()).toEqual({});
  });

  it('deletes nothing, and says so, when the store does not answer', async () => {
    const store = memoryStore();
    const talk = conversation({ locale: 'en-GB', persistence: { ...store, deleteAttributes: () => Promise.reject(new Error('connect ECONNREFUSED 127.0.0.1:1')) }, userId: PARENT });
    await talk.say('open baby massage');
    await talk.say('forget everything');
    expect((await talk.say('yes')).speech).toBe("I couldn't reach my storage just now, so nothing was deleted. Please try again in a little while. Shall we carry on with the massage?");
    expect(store.items.get(PARENT)).toMatchObject({ version: STATE_VERSION });
  });

  it('deletes the item when the parent disables the skill (AlexaSkillEvent.SkillDisabled), and answers nothing', async () => {
    const persistence = fileStore();
    const talk = conversation({ locale: 'en-US', persistence, userId: PARENT });
    await talk.say('open baby massage');
    await talk.say('next');
    expect(await talk.state()).toMatchObject({ version: STATE_VERSION });
    const skill = buildSkill({ persistence, skillId: TEST_APPLICATION_ID });
    const event = otherRequest({ locale: 'en-US', userId: PARENT }, 'AlexaSkillEvent.SkillDisabled', { eventCreationTime: '2026-12-05T19:00:00Z', eventPublishingTime: '2026-12-05T19:00:01Z', body: { userInformationPersistenceStatus: 'NOT_PERSISTED' } });
    const reply = await skill.invoke(event);
    expect(reply.response).toEqual({});
    expect(await talk.state()).toEqual({});
  });
});

describe('stored state version 3 through the skill', () => {
  it('writes a version 2 item back as version 3 on the first turn, the place and profile intact', async () => {
    const store = memoryStore();
    const place: RoutineState = { routineId: 'colic', stepId: 'knees-up', status: 'paused', pausedAt: '2026-12-04T19:00:00.000Z' };
    store.items.set(PARENT, { version: 2, routine: place, profile: { sessions: 3, finished: 1, firstOpening: 1, prefs: { rate: 84 } } });
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT, now: () => new Date('2026-12-05T19:00:00Z') });
    expect((await talk.say('open baby massage')).speech).toBe('Welcome back. Last time you paused at Knees up, on the tummy, in the colic massage. Shall we carry on from there?');
    expect(store.items.get(PARENT)).toEqual({ version: 3, routine: place, profile: { sessions: 4, finished: 1, firstOpening: 1, prefs: { rate: 84 } }, updatedAt: '2026-12-05T19:00:00.000Z' });
  });
});
