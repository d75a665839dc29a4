import { ENGLISH_LOCALES } from '../lambda/content/locales';
import { ROUTINES } from '../lambda/routine/routines';
import { STATE_VERSION } from '../lambda/storage/stored-state';
import { ROUTINE_IDS } from '../lambda/routine/types';
import { SkillLogger } from '../lambda/logging/logger';
import { conversation } from './support/conversation';
import { collectingLogger } from './support/logger';
import { memoryStore } from './support/memory-store';
import { transcript } from './support/transcript';
import { MINUTE } from '../lambda/course/log';
import { SlotFill } from '../tools/alexa/envelope';

const NOW = new Date('2026-11-24T19:30:00.000Z');
const PARENT = 'amzn1.ask.account.TEST-PARENT';

/** A parent on their second visit or later: short opening, no "say next" hints. */
async function returningParent(locale = 'en-US', options: Parameters<typeof conversation>[0] = { locale }) {
  const talk = conversation({ ...options, locale });
  await talk.say('start baby massage');
  await talk.say('stop');
  return talk;
}

describe('a new parent', () => {
  it('hears a short welcome and the full opening with its safety check at once, with no menu', async () => {
    const talk = conversation({ locale: 'en-US' });
    const [turn] = await transcript(talk, [
      'U: start baby massage',
      "A: Welcome to baby massage. I'll guide you stroke by stroke, and go quiet while you massage. Say pause any time. " +
        'For something shorter, say which massages are there. The full massage goes from the legs to the back, in about twenty-eight minutes. ' +
        'Getting ready. First, a quick check. Not today if your baby is unwell, feverish, has a rash or broken skin, or had shots in the last two days. ' +
        'After a feed, wait about forty-five minutes. Baby on a towel on the floor, in a warm room, undressed to their diaper. Short nails, no rings or bracelets. ' +
        'Oil is optional: from at least one month, a plain unscented plant oil, no nut oils, patch-tested first, none on the face. ' +
        'Gentle but firm pressure: a feathery touch tickles. Warm your hands, rubbing them where your baby can hear. (pause 8 s) ' +
        'Show your hands, look into their eyes, and ask softly: may I give you a massage? (pause 10 s) Watch for a yes: bright eyes, a smile, smooth wriggles. (pause 12 s) ' +
        'Take a slow breath, and let your shoulders drop. (pause 12 s) Crying, turning away or arching means not today: cuddle, and try another time. ' +
        "Say next when you're ready.",
    ]);
    expect(turn.reprompt).toBe('Say next to go on, or repeat to hear that again.');
    expect(turn.ended).toBe(false);
  });

  it('walks the whole routine with "next", and the session closes after the cuddle', async () => {
    const talk = conversation({ locale: 'en-GB' });
    await talk.say('open baby massage');
    const heard: string[] = [];
    for (let i = 1; i < ROUTINES.full.steps.length; i++) {
      const turn = await talk.say(i % 2 ? 'next' : 'ok done');
      heard.push(turn.speech);
      expect(turn.ended).toBe(i === ROUTINES.full.steps.length - 1);
    }
    expect(heard[0]).toMatch(/^\(sound\) Now, the legs and feet\. Rest your warm hands on the legs for a moment\. \(pause 4 s\) Indian milking\./);
    expect(heard[heard.length - 1]).toMatch(/The closing cuddle\..*That's the whole massage\. Well done, both of you\. Enjoy the calm together\.$/);
    expect(await talk.state()).toMatchObject({ version: STATE_VERSION, routine: { stepId: 'closing-cuddle', status: 'finished' }, profile: { sessions: 1, finished: 1 } });
  });

  it('who only asked a question on a first visit still hears the full safety check the first time they massage, and the short one after', async () => {
    const talk = conversation({ locale: 'en-US' });
    expect((await talk.say('ask baby massage what oil should I use')).speech).toMatch(/^Oil is optional/);
    await talk.say('no');
    const second = await talk.say('start baby massage');
    expect(second.speech).toMatch(/^Welcome to baby massage\..*First, a quick check\. Not today if your baby is unwell, feverish, has a rash or broken skin/);
    expect(second.speech).toMatch(/Say next when you're ready\.$/);
    // The rest of that visit is a first-timer's too: "say next" hints in the first steps.
    expect((await talk.say('next')).speech).toMatch(/When you're both ready, say next\.$/);
    await talk.say('stop');
    expect(await talk.state()).toMatchObject({ profile: { sessions: 2, finished: 0, firstOpening: 2 } });
    // The next visit: a regular.
    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome back\. Last time we stopped in the middle of Indian milking/);
    expect((await talk.say('no')).speech).toMatch(/^Alright, let's start from the beginning\. Getting ready\. Quick check: baby well, no new rash, no shots for two days, not just fed\./);
  });
});

describe('a returning parent', () => {
  it('hears a short opening and reaches the first stroke at once', async () => {
    const talk = await returningParent('en-AU');
    await transcript(talk, [
      'U: start baby massage',
      'A: Welcome back. Here we go. For something shorter, say which massages are there. Getting ready. ' +
        'Quick check: baby well, no new rash, no needles for two days, not just fed. Warm your hands. (pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) (sound)',
      'U: next',
      'A: (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) Indian milking. Start with one leg. ' +
        'Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. Then swap hands, like pulling a rope. About three times. ' +
        'Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) Once more, slow and smooth. (pause 9 s) ' +
        'If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
    ]);
  });

  it('stops hearing about the shorter massages after a few visits', async () => {
    const talk = conversation({ locale: 'en-US' });
    for (let visit = 1; visit <= 3; visit++) {
      expect((await talk.say('start baby massage')).speech).toContain('which massages are there');
      await talk.say('stop');
    }
    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome back\. Here we go\. Getting ready\./);
  });
});

describe('routines that fit the baby', () => {
  it('"do the tummy" with no massage under way starts the tummy massage at its opening, safety check included', async () => {
    const talk = conversation({ locale: 'en-US' });
    const turn = await talk.say('ask baby massage to do the tummy');
    expect(turn.speech).toMatch(/^Welcome to baby massage\..*Just the tummy, then: about eight minutes\. Getting ready\. First, a quick check\. Not today if your baby is unwell/);
    expect(talk.position()).toMatchObject({ routineId: 'just-tummy', stepId: 'opening' });
    expect((await talk.say('next')).speech).toMatch(/Now, the tummy\..*Water wheel\./);
  });

  it('"do the chest" with no massage under way starts the full one from its opening, and says how to get there', async () => {
    const talk = conversation({ locale: 'en-US' });
    const turn = await talk.say('ask baby massage to do the chest');
    expect(turn.speech).toMatch(/There's no massage for just the chest, so here's the full one from the beginning: after getting ready, say go to the chest\..*Getting ready\. First, a quick check\./);
    expect(talk.position()).toMatchObject({ routineId: 'full', stepId: 'opening' });
    expect((await talk.say('go to the chest')).speech).toMatch(/Now, the chest\./);
    const just = conversation({ locale: 'en-US' });
    expect((await just.say('ask baby massage for just the chest')).speech).toMatch(/There's no massage for just the chest.*Getting ready\. First, a quick check\./);
    expect(just.position()).toMatchObject({ routineId: 'full', stepId: 'opening' });
  });

  it('"skip the face" with no massage under way starts the full one at its opening, and leaves the face out when it gets there', async () => {
    const talk = conversation({ locale: 'en-US' });
    const turn = await talk.say('ask baby massage to skip the face');
    expect(turn.speech).toMatch(/Alright, the full massage, leaving out the face\..*Getting ready\. First, a quick check\./);
    expect(talk.position()).toMatchObject({ routineId: 'full', stepId: 'opening', skipParts: ['face'] });
    await talk.goTo('other-arm');
    expect((await talk.say('next')).speech).toMatch(/^Skipping the face\. \(sound\) Now, the back\./);
  });

  const starts: [string, string, RegExp][] = [
    ['ask baby massage for the colic massage', 'colic', /^Welcome to baby massage\..*Here's the colic massage: tummy strokes for wind, three rounds, about nine minutes, ten this first time\. Getting ready for the colic massage\. First, a quick check\..*Some parents find these tummy strokes help with wind, though the research is mixed\. They are done two or three times a day for about two weeks, and not while your baby is crying hard\. Under about six weeks old, keep your touch feather-light and stop after one round, or choose the newborn massage instead\. If the crying goes on, or something seems wrong, see your baby's pediatrician\./],
    ['ask baby massage for a bedtime massage', 'bedtime', /Here's a bedtime wind-down: slow, quiet back strokes, about five minutes\. Getting ready\./],
    ['ask baby massage for a quick one', 'quick', /Here's a quick massage: legs, tummy and back, about seven minutes, nine this first time\. Getting ready\./],
    ['ask baby massage for a massage for my newborn', 'newborn', /Here's a first massage for a newborn: legs and feet, about six minutes\. Getting ready\. First, a quick check\..*If your baby looks yellow, ask your midwife or doctor before massaging\..*A few minutes is plenty, feather-light\. No oil until at least one month/],
    ['ask baby massage for just the legs', 'just-legs', /Just the legs and feet, then: about eleven minutes, twelve this first time\. Getting ready\./],
    ['tell baby massage just the back', 'just-back', /Just the back, then: about six minutes, seven this first time\./],
    ['ask baby massage to start a massage for colic', 'colic', /Here's the colic massage/],
    ['ask baby massage for a short massage', 'quick', /Here's a quick massage/],
  ];

  it.each(starts)('"%s" starts the %s routine in one breath', async (phrase, routineId, heard) => {
    const talk = conversation({ locale: 'en-US' });
    const turn = await talk.say(phrase);
    expect(turn.speech).toMatch(heard);
    expect(talk.position()).toEqual({ routineId, stepId: ROUTINES[routineId as keyof typeof ROUTINES].steps[0].id, status: 'in-progress', started: expect.stringMatching(MINUTE) });
  });

  it('starts one by name inside a session too, and a regular hears just its name', async () => {
    const talk = await returningParent('en-GB');
    await transcript(talk, [
      'U: start baby massage',
      'A: Welcome back. Here we go. For something shorter, say which massages are there. Getting ready. ' +
        'Quick check: baby well, no new rash, no jabs for two days, not just fed. Warm your hands. (pause 4 s) Ask: may I give you a massage? Watch for a yes. ' +
        '(pause 7 s) (sound)',
      'U: the colic massage',
      "A: Here's the colic massage. Getting ready for the colic massage. Quick check: baby well, no new rash, no jabs for two days, not just fed. Warm your hands. (pause 2 s) Ask, and watch for a yes. Not while your baby is crying hard. (pause 6 s) (sound)",
    ]);
  });

  it('a first-timer who picks another massage a minute in hears no second welcome and the short safety check; repeat says it all', async () => {
    const talk = conversation({ locale: 'en-US' });
    await transcript(talk, [
      'U: start baby massage',
      "A: Welcome to baby massage. I'll guide you stroke by stroke, and go quiet while you massage. Say pause any time. " +
        'For something shorter, say which massages are there. The full massage goes from the legs to the back, in about twenty-eight minutes. ' +
        'Getting ready. First, a quick check. ' +
        'Not today if your baby is unwell, feverish, has a rash or broken skin, or had shots in the last two days. After a feed, wait about forty-five minutes. ' +
        'Baby on a towel on the floor, in a warm room, undressed to their diaper. Short nails, no rings or bracelets. ' +
        'Oil is optional: from at least one month, a plain unscented plant oil, no nut oils, patch-tested first, none on the face. ' +
        'Gentle but firm pressure: a feathery touch tickles. Warm your hands, rubbing them where your baby can hear. (pause 8 s) ' +
        'Show your hands, look into their eyes, and ask softly: may I give you a massage? (pause 10 s) ' +
        'Watch for a yes: bright eyes, a smile, smooth wriggles. (pause 12 s) Take a slow breath, and let your shoulders drop. (pause 12 s) ' +
        "Crying, turning away or arching means not today: cuddle, and try another time. Say next when you're ready.",
      'U: just the legs',
      "A: Just the legs and feet, then: about eleven minutes. Getting ready. Quick check: baby well, no new rash, no shots for two days, not just fed. Warm your hands. (pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) Say next when you're ready.",
      'U: start over',
      "A: Alright, let's start from the beginning. Getting ready. Quick check: baby well, no new rash, no shots for two days, not just fed. Warm your hands. " +
        "(pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) Say next when you're ready.",
      'U: repeat',
      'A: Here it is again. Getting ready. First, a quick check. ' +
        'Not today if your baby is unwell, feverish, has a rash or broken skin, or had shots in the last two days. After a feed, wait about forty-five minutes. ' +
        'Baby on a towel on the floor, in a warm room, undressed to their diaper. Short nails, no rings or bracelets. ' +
        'Oil is optional: from at least one month, a plain unscented plant oil, no nut oils, patch-tested first, none on the face. ' +
        'Gentle but firm pressure: a feathery touch tickles. Warm your hands, rubbing them where your baby can hear. (pause 8 s) ' +
        'Show your hands, look into their eyes, and ask softly: may I give you a massage? (pause 10 s) ' +
        'Watch for a yes: bright eyes, a smile, smooth wriggles. (pause 12 s) Take a slow breath, and let your shoulders drop. (pause 12 s) ' +
        "Crying, turning away or arching means not today: cuddle, and try another time. Say next when you're ready.",
    ]);
    expect(talk.position()).toEqual({ routineId: 'just-legs', stepId: 'opening', status: 'in-progress', started: expect.stringMatching(MINUTE) });
  });

  it('a routine with an opening of its own says it in full, even after another opening', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    const newborn = await talk.say('a massage for my newborn');
    expect(newborn.speech).not.toMatch(/^Welcome/);
    expect(newborn.speech).toMatch(/keep clear of the belly button stump\. Newborns guard the tummy, inner thighs and palms, so we stay with the lower legs and feet\./);
  });

  it('lists the massages in one short sentence', async () => {
    const talk = conversation({ locale: 'en-US' });
    await transcript(talk, [
      'U: ask baby massage which massages are there',
      'A: There are five: the full massage, about twenty-eight minutes; a quick one, seven; colic relief, nine; a bedtime wind-down, five; ' +
        'and a first massage for newborns, six. Or just the legs, tummy, arms, face or back. To learn it week by week, say teach me baby massage. Would you like to start a massage?',
      'U: yes',
      "A: Welcome to baby massage. I'll guide you stroke by stroke, and go quiet while you massage. Say pause any time. " +
        'The full massage goes from the legs to the back, in about twenty-eight minutes. Getting ready. First, a quick check. ' +
        'Not today if your baby is unwell, feverish, has a rash or broken skin, or had shots in the last two days. After a feed, wait about forty-five minutes. ' +
        'Baby on a towel on the floor, in a warm room, undressed to their diaper. Short nails, no rings or bracelets. ' +
        'Oil is optional: from at least one month, a plain unscented plant oil, no nut oils, patch-tested first, none on the face. ' +
        'Gentle but firm pressure: a feathery touch tickles. Warm your hands, rubbing them where your baby can hear. (pause 8 s) ' +
        'Show your hands, look into their eyes, and ask softly: may I give you a massage? (pause 10 s) ' +
        'Watch for a yes: bright eyes, a smile, smooth wriggles. (pause 12 s) Take a slow breath, and let your shoulders drop. (pause 12 s) ' +
        "Crying, turning away or arching means not today: cuddle, and try another time. Say next when you're ready.",
    ]);
  });

  it('an unknown routine gets an honest answer and the list', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    const turn = await talk.send({ intent: 'StartRoutineIntent', slots: { routine: { value: 'zumba', slotType: 'ROUTINE_NAME' } } });
    expect(turn.speech).toMatch(/^I don't know that one\. There are five: the full massage/);
    expect(talk.position()).toMatchObject({ routineId: 'full', stepId: 'opening' });
  });

  it('a routine Alexa could not resolve, named by what it is for, starts that one; asked as a question, it is answered', async () => {
    const named = await conversation({ locale: 'en-GB' }).say('ask baby massage for the colic massage');
    const talk = conversation({ locale: 'en-GB' });
    const turn = await talk.say('ask baby massage my baby has colic which massage');
    expect(turn.speech).toBe(named.speech);
    expect(talk.position()).toMatchObject({ routineId: 'colic' });
    const asked = conversation({ locale: 'en-GB' });
    const howLong = await asked.say('ask baby massage how long is the colic massage');
    expect(howLong.speech).toBe((await conversation({ locale: 'en-GB' }).say('ask baby massage how long should i massage')).speech);
    expect(asked.position()).toBeUndefined();
  });

  it('the colic massage calls its rounds, counts knees up aloud, and gives its advice once', async () => {
    const talk = conversation({ locale: 'en-US' });
    const turns = [await talk.say('ask baby massage for the colic massage')];
    while (!turns[turns.length - 1].ended) turns.push(await talk.say('next'));
    const spoken = turns.map((t) => t.speech);
    expect(spoken.filter((s) => s.includes('two or three times a day'))).toHaveLength(1);
    expect(spoken.find((s) => s.startsWith('Knees up.'))).toMatch(/Knees up, and hold\. one\. \(pause 0\.6 s\) two\..*six\. \(pause 0\.6 s\) And stretch out\./);
    expect(spoken.find((s) => s.startsWith('Round two.'))).toMatch(/^Round two\. The same four strokes again\. I will call them\. Water wheel\. \(pause 48 s\) Knees up\. \(pause 9 s\) Sun and moon\. \(pause 32 s\) Knees up\. \(pause 9 s\) Some babies pass wind around now\./);
    // Each round as long as the first: the water wheel six times with each hand, 48 seconds, every round.
    expect(spoken.find((s) => s.startsWith('(sound) Now, the tummy.'))).toMatch(/Water wheel\..*\(pause 16 s\).*\(pause 16 s\).*\(pause 16 s\)/);
    expect(spoken.find((s) => s.startsWith('Last round.'))).toBe(
      'Last round. The same four strokes, one last time. I will call them. Water wheel. (pause 48 s) Knees up. (pause 9 s) Sun and moon. (pause 32 s) Knees up. (pause 9 s) ' +
        'Finish with your hands resting on the tummy. (sound)',
    );
  });

  it('a returning parent who starts the colic massage with its short opening hears its advice once, at the cuddle', async () => {
    const talk = await returningParent('en-GB');
    const turns = [await talk.say('ask baby massage for the colic massage')];
    expect(turns[0].speech).toMatch(/Ask, and watch for a yes\. Not while your baby is crying hard\./);
    while (!turns[turns.length - 1].ended) turns.push(await talk.say('next'));
    const spoken = turns.map((t) => t.speech);
    expect(spoken.filter((s) => s.includes('two or three times a day'))).toEqual([
      expect.stringMatching(/^\(sound\) The closing cuddle\..*For wind, the colic massage is done two or three times a day for about two weeks\. If the crying goes on, or something seems wrong, see your GP or health visitor\. That's the colic massage done\./),
    ]);
  });

  it('the bedtime wind-down starts with the baby already on their tummy, so the back begins without turning them over', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('ask baby massage for a bedtime massage');
    const back = await talk.say('next');
    expect(back.speech).toMatch(/^\(sound\) Now, the back\. Back and forth\./);
    const full = conversation({ locale: 'en-US' });
    await full.say('start baby massage');
    expect((await full.goTo('back-back-and-forth')).speech).toMatch(/Turn your baby onto their tummy on the towel, supporting the head, with a hand on them all the time\./);
  });

  it('the first massage for a newborn rests the hands on the legs once, in its opening, not again at the first stroke', async () => {
    const talk = conversation({ locale: 'en-US' });
    const opening = await talk.say('ask baby massage for a massage for my newborn');
    expect(opening.speech).toMatch(/Rest your hands on the legs\./);
    const legs = await talk.say('next');
    expect(legs.speech).toMatch(/^\(sound\) Now, the legs and feet\. Indian milking\./);
    expect(legs.speech).not.toMatch(/rest your/i);
  });

  it('the newborn leg stroke keeps to the outer thigh, just the face needs no undressing and no oil, and the legs are never forced straight', async () => {
    const newborn = conversation({ locale: 'en-US' });
    await newborn.say('ask baby massage for a massage for my newborn');
    await transcript(newborn, [
      'U: next',
      'A: (sound) Now, the legs and feet. Indian milking. Start with one leg. Hold the ankle, lay your other hand along the outside of the thigh, and glide down to the foot. ' +
        'Keep to the outer thigh and below. Then swap hands, like pulling a rope. About three times. Outer thigh, down to the foot. (pause 12 s) Swap hands, and down. (pause 12 s) ' +
        "Once more, slow and smooth. (pause 10.8 s) Tell your baby: this is your leg. If the leg is stiff, hold it still, jiggle it softly, and say relax. When you're both ready, say next.",
    ]);
    await transcript(conversation({ locale: 'en-US' }), [
      'U: ask baby massage for just the face',
      "A: Welcome to baby massage. I'll guide you stroke by stroke, and go quiet while you massage. Say pause any time. Just the face, then: about six minutes, seven this first time. " +
        'Getting ready. First, a quick check. Not today if your baby is unwell, feverish, has a rash or broken skin, or had shots in the last two days. After a feed, wait about forty-five minutes. ' +
        'Baby on a towel or your lap, in a warm room; clothes can stay on. Short nails, no rings or bracelets. No oil for the face: clean, dry, warm hands. ' +
        'Show your hands, look into their eyes, and ask softly: may I give you a massage? (pause 10 s) Watch for a yes: bright eyes, a smile, smooth wriggles. (pause 10 s) ' +
        'Rest your palms softly on the sides of the head, never pressing the soft spot on top. (pause 6 s) ' +
        "Crying, turning away or arching means not today: cuddle, and try another time. Say next when you're ready.",
    ]);
    const full = conversation({ locale: 'en-US' });
    await full.say('start baby massage');
    expect((await full.goTo('gentle-movements')).speech).toBe(
      '(sound) Roll your baby onto their back again, supporting the head, and hold their feet for a moment. (pause 3 s) Gentle movements. Slow and playful, never past what your baby wants. ' +
        'Cross the arms over the chest, then open them wide. Then bring one arm and the opposite leg to meet over the tummy, and open. Then the other arm and leg. Three times each. ' +
        'Cross the arms, and open wide. (pause 10 s) Arm to the opposite leg, and open. Then the other side. (pause 12 s) Knees up, and hold. one. (pause 0.6 s) two. (pause 0.6 s) three. (pause 0.6 s) ' +
        'four. (pause 0.6 s) five. (pause 0.6 s) six. (pause 0.6 s) Stretch out. Now bicycle the legs, slowly, then let them stretch out by themselves. (pause 11 s) ' +
        'Make it a game: ready, steady, stretch. Never force or straighten the legs: if a limb resists, go with it, or leave it. (sound)',
    );
  });

  it('the end says only what is true: the whole massage, a routine by name, or the end of a run with parts left out', async () => {
    const jumped = await returningParent();
    await jumped.say('start baby massage');
    await jumped.say('next');
    await transcript(jumped, [
      'U: go to the back',
      "A: (sound) Now, the back. Turn your baby onto their tummy on the towel, supporting the head, with a hand on them all the time. An oiled baby stays on the towel: your lap only without oil. Rest your hands on the back. (pause 4 s) Back and forth. Keep talking: your baby cannot see you now. Hands across the back, moving back and forth in opposite directions, down to the bottom and up. Then swoop: one hand rests on the bottom, the other glides down from the neck. Three times each. Back and forth, down. (pause 10 s) And up again. (pause 9 s) Swoop. (pause 8 s) And swoop. (pause 8 s) If your baby struggles on their tummy, stop here and cuddle. (sound)",
      'U: go back',
      "A: (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) Indian milking. Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. Then swap hands, like pulling a rope. About three times. Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) Once more, slow and smooth. (pause 9 s) If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)",
    ]);
    await jumped.say('go to the movements');
    expect((await jumped.say('next')).speech).toMatch(/Follow their lead\. That's the end of the full massage, with some of it left for another day\. Well done, both of you\.$/);

    const face = await returningParent('en-GB');
    await face.say('ask baby massage for just the face');
    let turn = await face.say('next');
    while (!turn.ended) turn = await face.say('next');
    expect(turn.speech).toMatch(/Follow their lead\. That's the face massage done\. Well done, both of you\. Enjoy the calm together\.$/);

    const whole = await returningParent();
    await whole.say('start baby massage');
    turn = await whole.say('next');
    while (!turn.ended) turn = await whole.say('next');
    expect(turn.speech).toMatch(/That's the whole massage\. Well done, both of you\. Enjoy the calm together\.$/);
  });

  it('a routine chosen but left during its opening is offered by name at the next launch: yes starts it, no the full one', async () => {
    const talk = await returningParent('en-GB');
    await talk.say('ask baby massage for the colic massage');
    await talk.endSession();
    await transcript(talk, [
      'U: open baby massage',
      'A: Welcome back. Last time you chose the colic massage. Shall we start it?',
      'U: yes',
      "A: Here's the colic massage. Getting ready for the colic massage. Quick check: baby well, no new rash, no jabs for two days, not just fed. Warm your hands. (pause 2 s) " +
        'Ask, and watch for a yes. Not while your baby is crying hard. (pause 6 s) (sound)',
    ]);
    expect(talk.position()).toMatchObject({ routineId: 'colic', stepId: 'colic-opening' });
    await talk.endSession();
    expect((await talk.say('open baby massage')).reprompt).toBe('Say yes for the colic massage, or no for the full massage.');
    expect((await talk.say('no')).speech).toMatch(/^Getting ready\. Quick check: baby well/);
    expect(talk.position()).toMatchObject({ routineId: 'full', stepId: 'opening' });
  });

  it('the bedtime wind-down ends quietly, without a question, and closes the session', async () => {
    const talk = conversation({ locale: 'en-GB' });
    await talk.say('ask baby massage for a bedtime massage');
    let turn = await talk.say('next');
    while (!turn.ended) turn = await talk.say('next');
    expect(turn.speech).toMatch(/^Settling\..*in their cot on their back\..*Sleep well, little one\.$/);
    expect(turn.ssml).toMatch(/<prosody rate="82%" volume="soft">/);
    expect(turn.reprompt).toBe('');
  });
});

describe.each(ENGLISH_LOCALES)('every routine end to end in %s', (locale) => {
  it.each(ROUTINE_IDS)('%s', async (routineId) => {
    const talk = conversation({ locale });
    await talk.send({ intent: 'StartRoutineIntent', slots: routineSlot(routineId) });
    const seen = [talk.position()?.stepId];
    for (let i = 1; i < ROUTINES[routineId].steps.length; i++) {
      const turn = await talk.say('next');
      seen.push(talk.position()?.stepId);
      expect(turn.ended).toBe(i === ROUTINES[routineId].steps.length - 1);
    }
    expect(seen).toEqual(ROUTINES[routineId].steps.map((s) => s.id));
  });
});

function routineSlot(routineId: string): Record<string, SlotFill> {
  if (routineId.startsWith('just-')) {
    const part = routineId.slice(5);
    return { part: { value: part, slotType: 'BODY_PART', id: part } };
  }
  return { routine: { value: routineId, slotType: 'ROUTINE_NAME', id: routineId } };
}

describe('moving around', () => {
  it('repeats, goes back and starts over, always from the start of a step', async () => {
    const talk = await returningParent();
    await talk.say('start baby massage');
    await talk.goTo('leg-hug-and-glide');
    await transcript(talk, [
      'U: say that again',
      'A: Here it is again. Hug and glide. Wrap both hands round the top of the thigh. ' +
        'Squeeze gently and twist your hands a little in opposite directions as you slide down to the ankle. Go extra softly round the knee. About three times. ' +
        'Hug, twist, and glide. (pause 10 s) Back to the top, and again. (pause 10 s) Once more, to the ankle. (pause 9 s) ' +
        "Watch your baby's face as you go: a frown means lighter. (sound)",
      'U: go back',
      'A: (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) Indian milking. Start with one leg. ' +
        'Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. Then swap hands, like pulling a rope. About three times. ' +
        'Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) Once more, slow and smooth. (pause 9 s) ' +
        'If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
      'U: start over',
      "A: Alright, let's start from the beginning. Getting ready. Quick check: baby well, no new rash, no shots for two days, not just fed. Warm your hands. " +
        '(pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) (sound)',
      'U: go back',
      "A: We're at the very first step, so here it is again. Getting ready. Quick check: baby well, no new rash, no shots for two days, not just fed. " +
        'Warm your hands. (pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) (sound)',
    ]);
  });

  it('goes to a body part, skips a part, and skips a stroke', async () => {
    const talk = await returningParent('en-GB');
    await talk.say('start baby massage');
    await transcript(talk, [
      'U: go to the tummy',
      'A: (sound) Now, the tummy. Under about six weeks old, keep the tummy feather-light, or use the newborn massage instead. ' +
        'Rest your hands still on the tummy, and let your baby settle. (pause 6 s) Water wheel. ' +
        'Not straight after a feed, and keep off the belly button until it has healed. Stay below the ribs. ' +
        'Hands like paddles, one after the other, scoop gently down from under the ribs to the lower tummy. About six times. Paddle, and paddle. ' +
        '(pause 10 s) Nice and slow. (pause 10 s) Hand after hand. (pause 10 s) ' +
        'If the tummy tenses, rest your hands still until it softens. (sound)',
      'U: skip this stroke',
      "A: Sun and moon. Clockwise as you look down: up your baby's right side, across, and down their left. " +
        "One hand circles all the way round: the sun. The other follows with a half circle, from about ten to five o'clock: the moon. About six times. " +
        'Circle, and moon. (pause 11 s) Circle, and moon. (pause 11 s) Slow and steady. (pause 10 s) ' +
        'Hiccups or spitting up mean the tummy has had enough: stop there and cuddle. (sound)',
      'U: next part',
      'A: Skipping the tummy. (sound) Now, the chest. Rest your hands on the chest, and feel it rise and fall. (pause 4 s) Open book and butterfly. ' +
        'Hands flat together mid-chest. Glide out along the ribs and round, like a heart. ' +
        'Butterfly: one hand at a time, from the side of the ribs to the opposite shoulder, and back. Three of each. Open the book. (pause 10 s) ' +
        'And again. (pause 8 s) Butterfly, one side. (pause 9 s) And the other. (pause 9 s) ' +
        'A yawn or looking away means a break: rest your hands until your baby looks back. (sound)',
      "U: let's do the arms",
      'A: (sound) Now, the arms and hands. Rest your hands on the arms for a moment. (pause 3 s) Pit stop and milking. ' +
        'Start with one arm: a few gentle strokes in the armpit. Then hold the wrist, and glide from the shoulder to the hand, hand over hand. ' +
        'Then hug and glide. About three times each. Pit stop. (pause 6 s) Milking, shoulder to hand. (pause 10 s) And again. (pause 8 s) ' +
        'Hug and glide. (pause 10 s) If the arm is held tight to the chest, bounce it gently and say relax. Never pull it straight. (sound)',
      'U: skip the face',
      "A: Alright, I'll leave out the face when we get there.",
      'U: skip this part',
      'A: Skipping the arms and hands. Skipping the face. (sound) Now, the back. ' +
        'Turn your baby onto their tummy on the towel, supporting the head, with a hand on them all the time. ' +
        'An oiled baby stays on the towel: your lap only without oil. Rest your hands on the back. ' +
        '(pause 4 s) Back and forth. Keep talking: your baby cannot see you now. ' +
        'Hands across the back, moving back and forth in opposite directions, down to the bottom and up. ' +
        'Then swoop: one hand rests on the bottom, the other glides down from the neck. Three times each. Back and forth, down. (pause 10 s) ' +
        'And up again. (pause 9 s) Swoop. (pause 8 s) And swoop. (pause 8 s) If your baby struggles on their tummy, stop here and cuddle. ' +
        '(sound)',
      'U: go back to the legs',
      'A: (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) Indian milking. Start with one leg. ' +
        'Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. Then swap hands, like pulling a rope. About three times. ' +
        'Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) Once more, slow and smooth. (pause 9 s) ' +
        'If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
    ]);
  });

  it('a part the routine does not have gets an honest line, and the place is kept', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('ask baby massage for the colic massage');
    await talk.say('next');
    await transcript(talk, [
      'U: go to the face',
      "A: This massage doesn't do the face, so we'll stay where we are. Say next to go on.",
      'U: next',
      'A: Knees up. Hold both lower legs, and press the knees gently up towards the tummy. ' +
        'Hold them there for a slow count of six, then stretch the legs out. Knees up, and hold. one. (pause 0.6 s) two. (pause 0.6 s) three. ' +
        '(pause 0.6 s) four. (pause 0.6 s) five. (pause 0.6 s) six. (pause 0.6 s) And stretch out. (pause 5 s) ' +
        'Never push past where your baby is comfortable. Say next to go on.',
    ]);
  });

  it('a part it did not catch is asked again, with the place kept', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    const turn = await talk.send({ intent: 'GoToPartIntent', slots: { part: { value: 'elbow', slotType: 'BODY_PART' } } });
    expect(turn.speech).toBe('Which part? You can say the legs, tummy, chest, arms, face or back.');
    expect(talk.position()).toMatchObject({ stepId: 'opening' });
  });

  it('deep in a routine, "start again" asks first: yes starts again, no carries on', async () => {
    const talk = await returningParent();
    await talk.say('start baby massage');
    await talk.say('go to the arms');
    await transcript(talk, [
      'U: start again',
      "A: We're on Pit stop and milking, on the arms and hands. Start again from the very beginning?",
      'U: no',
      "A: Alright, we'll carry on from here. (sound) Now, the arms and hands. Rest your hands on the arms for a moment. (pause 3 s) " +
        'Pit stop and milking. Start with one arm: a few gentle strokes in the armpit. ' +
        'Then hold the wrist, and glide from the shoulder to the hand, hand over hand. Then hug and glide. About three times each. Pit stop. ' +
        '(pause 6 s) Milking, shoulder to hand. (pause 10 s) And again. (pause 8 s) Hug and glide. (pause 10 s) ' +
        'If the arm is held tight to the chest, bounce it gently and say relax. Never pull it straight. (sound)',
      'U: start over',
      "A: We're on Pit stop and milking, on the arms and hands. Start again from the very beginning?",
      'U: yes',
      "A: Alright, let's start from the beginning. Getting ready. Quick check: baby well, no new rash, no shots for two days, not just fed. Warm your hands. " +
        '(pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) (sound)',
    ]);
  });
});

describe('orientation without moving', () => {
  it('names the stroke and part, says what is left, and "repeat" repeats the answer', async () => {
    const talk = await returningParent();
    await talk.say('start baby massage');
    await talk.goTo('tummy-sun-and-moon');
    await transcript(talk, [
      'U: which stroke is this',
      "A: We're on Sun and moon, on the tummy, in the full massage. Shall we carry on with the massage?",
      'U: repeat',
      "A: We're on Sun and moon, on the tummy, in the full massage. Shall we carry on with the massage?",
      'U: how much is left',
      // A question straight after another: the way back was just asked, so only the reprompt asks it.
      'A: About 16 minutes to go, with 11 strokes left, this one included.',
      'U: yes',
      "A: Let's pick up from the start of this stroke. Sun and moon. " +
        "Clockwise as you look down: up your baby's right side, across, and down their left. One hand circles all the way round: the sun. " +
        "The other follows with a half circle, from about ten to five o'clock: the moon. About six times. Circle, and moon. (pause 11 s) " +
        'Circle, and moon. (pause 11 s) Slow and steady. (pause 10 s) Hiccups or spitting up mean the tummy has had enough: stop there and cuddle. ' +
        '(sound)',
      'U: repeat',
      "A: Once more. Sun and moon. Clockwise as you look down: up your baby's right side, across, and down their left. " +
        "One hand circles all the way round: the sun. The other follows with a half circle, from about ten to five o'clock: the moon. About six times. " +
        'Circle, and moon. (pause 11 s) Circle, and moon. (pause 11 s) Slow and steady. (pause 10 s) ' +
        'Hiccups or spitting up mean the tummy has had enough: stop there and cuddle. (sound)',
    ]);
  });

  it('a stroke that names its part, or opens the routine, is named once', async () => {
    const talk = await returningParent();
    await transcript(talk, ['U: ask baby massage for just the legs', "A: Welcome back. Here we go. Here's the legs massage. Getting ready. Quick check: baby well, no new rash, no shots for two days, not just fed. " +
        'Warm your hands. (pause 4 s) Ask: may I give you a massage? Watch for a yes. (pause 7 s) (sound)', 'U: where are we', "A: We're on Getting ready, in the legs massage. Shall we carry on with the massage?"]);
    await talk.say('start baby massage');
    await talk.say('no');
    await talk.goTo('gentle-movements');
    await transcript(talk, ['U: where are we', "A: We're on Gentle movements, in the full massage. Shall we carry on with the massage?"]);
  });

  it('outside a routine, says how long the massages take', async () => {
    const talk = conversation({ locale: 'en-US' });
    await transcript(talk, [
      'U: ask baby massage how long does it take',
      'A: The full massage takes about twenty-eight minutes, the colic one nine, the quick one seven, the newborn one six, and the bedtime one five. Would you like to start a massage?',
    ]);
  });
});

describe('pause and resume', () => {
  it('saves the place on pause, answers briefly, and resumes the same step from its start', async () => {
    const talk = conversation({ locale: 'en-GB', now: () => NOW });
    await talk.say('start baby massage');
    await talk.goTo('tummy-sun-and-moon');
    const paused = await talk.say('hold on');
    expect(paused.speech).toBe('Paused on the tummy. Take your time, and comfort your baby if they need you.');
    expect(paused.reprompt).toMatch(/^Say resume when you're ready\./);
    expect(await talk.state()).toEqual({
      version: STATE_VERSION,
      routine: { routineId: 'full', stepId: 'tummy-sun-and-moon', status: 'paused', pausedAt: NOW.toISOString(), started: NOW.toISOString().slice(0, 16) },
      // The run's practice-log entry: 45 % of the full massage, about 13 of its 28 minutes.
      profile: { sessions: 1, finished: 0, firstOpening: 1, log: [`${NOW.toISOString().slice(0, 16)} full 13 45`] },
      updatedAt: NOW.toISOString(),
    });
    expect((await talk.say('resume')).speech).toMatch(/^Let's pick up from the start of this stroke\. Sun and moon\./);
  });

  it('after the session closes, the next launch says where they paused; yes resumes that exact step', async () => {
    const talk = conversation({ locale: 'en-AU' });
    await talk.say('start baby massage');
    await talk.goTo('tummy-sun-and-moon');
    await talk.say('pause');
    expect((await talk.silence()).speech).toMatch(/^Say resume when you're ready/);
    expect((await talk.silence()).ended).toBe(true);
    const [offer] = await transcript(talk, [
      'U: open baby massage',
      'A: Welcome back. Last time you paused at Sun and moon, on the tummy. Shall we carry on from there?',
      'U: yes',
      "A: Let's pick up from the start of this stroke. Sun and moon. " +
        "Clockwise as you look down: up your baby's right side, across, and down their left. One hand circles all the way round: the sun. " +
        "The other follows with a half circle, from about ten to five o'clock: the moon. About six times. Circle, and moon. (pause 11 s) " +
        'Circle, and moon. (pause 11 s) Slow and steady. (pause 10 s) Hiccups or spitting up mean the tummy has had enough: stop there and cuddle. ' +
        '(sound)',
      'U: next',
      "A: I love you. Trace three letters on the tummy. I: straight down your baby's left side. " +
        "L: across under the ribs from your baby's right to their left, then down. U: up your baby's right side, across, and down the left. " +
        'Twice through. I. (pause 5 s) Love. (pause 6 s) You. (pause 6 s) And again. I, love, you. (pause 15 s) ' +
        'If your baby passes wind, that is normal. Carry on gently. (sound)',
    ]);
    expect(offer.reprompt).toBe('Shall we carry on from Sun and moon? Say yes, next, or start over.');
  });

  it('a session that closed on its own mid-stroke offers that stroke or the next, and understands carry on', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('ask baby massage for just the arms');
    await talk.say('next');
    await talk.silence();
    await talk.silence();
    await transcript(talk, [
      'U: open baby massage',
      'A: Welcome back. Last time we stopped in the middle of Pit stop and milking, on the arms and hands, in the arms massage. Say carry on to do it again, or next for the one after.',
      'U: carry on',
      "A: Let's pick up from the start of this stroke. (sound) Now, the arms and hands. Rest your hands on the arms for a moment. (pause 3 s) " +
        'Pit stop and milking. Start with one arm: a few gentle strokes in the armpit. ' +
        'Then hold the wrist, and glide from the shoulder to the hand, hand over hand. Then hug and glide. About three times each. Pit stop. ' +
        '(pause 6 s) Milking, shoulder to hand. (pause 10 s) And again. (pause 8 s) Hug and glide. (pause 10 s) ' +
        'If the arm is held tight to the chest, bounce it gently and say relax. Never pull it straight. (sound)',
    ]);
  });

  it('... and understands next', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.goTo('chest-open-book');
    await talk.endSession('EXCEEDED_MAX_REPROMPTS');
    await transcript(talk, ['U: open baby massage', 'A: Welcome back. Last time we stopped in the middle of Open book and butterfly, on the chest. ' +
        'Say carry on to do it again, or next for the one after.', 'U: next', 'A: (sound) Now, the arms and hands. Rest your hands on the arms for a moment. (pause 3 s) Pit stop and milking. ' +
        'Start with one arm: a few gentle strokes in the armpit. Then hold the wrist, and glide from the shoulder to the hand, hand over hand. ' +
        'Then hug and glide. About three times each. Pit stop. (pause 6 s) Milking, shoulder to hand. (pause 10 s) And again. (pause 8 s) ' +
        'Hug and glide. (pause 10 s) If the arm is held tight to the chest, bounce it gently and say relax. Never pull it straight. (sound)']);
  });

  it('"no" to the offer starts that routine afresh', async () => {
    const talk = conversation({ locale: 'en-CA' });
    await talk.say('start baby massage');
    await talk.goTo('leg-hug-and-glide');
    await talk.say('stop');
    await talk.say('open baby massage');
    expect((await talk.say('no')).speech).toMatch(/^Alright, let's start from the beginning\. Getting ready\./);
    expect(await talk.state()).toMatchObject({ routine: { stepId: 'opening', status: 'in-progress' } });
  });

  it('a finished routine is not offered again', async () => {
    const talk = conversation({ locale: 'en-IN' });
    await talk.say('ask baby massage for a quick one');
    await talk.goTo('closing-cuddle');
    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome back\. Here we go\..*Getting ready\./);
  });

  it('a place at the opening is not worth an offer: stop does not promise it, and launch just begins again', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    expect((await talk.say('pause')).speech).toMatch(/^Paused on the opening\./);
    expect((await talk.say('stop')).speech).toBe('Goodbye, and enjoy the cuddles.');
    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome back\. Here we go\..*Getting ready\./);
  });
});

describe('help, stop and the unexpected', () => {
  it('help names the commands and questions, keeps the place, and "repeat" says it again', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    const help = await talk.say('help');
    expect(help.speech).toMatch(/next.*repeat.*go to the tummy.*pause.*where are we.*what oil should I use/);
    expect((await talk.say('repeat')).speech).toBe(help.speech);
    expect((await talk.say('next')).speech).toMatch(/^Hug and glide\./);
  });

  it('stop says goodbye, keeps the place, and closes the session', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    const stop = await talk.say('stop');
    expect(stop.speech).toBe("Goodbye. I've kept your place on the legs and feet, so just open baby massage to carry on.");
    expect(stop.ended).toBe(true);
    expect(await talk.state()).toMatchObject({ routine: { stepId: 'leg-indian-milking' } });
  });

  it('fallback is short, keeps the place, and keeps a pending question', async () => {
    const talk = conversation({ locale: 'en-GB' });
    await talk.say('start baby massage');
    await talk.goTo('leg-hug-and-glide');
    await talk.endSession('EXCEEDED_MAX_REPROMPTS');
    await talk.say('start baby massage');
    const fallback = await talk.send({ intent: 'AMAZON.FallbackIntent' });
    expect(fallback.speech).toBe("Sorry, I didn't catch that. Please say yes or no.");
    expect((await talk.say('yes')).speech).toMatch(/Hug and glide\./);
  });

  it('fallback names what works from where the parent is', async () => {
    const fallback = async (talk: ReturnType<typeof conversation>) => (await talk.send({ intent: 'AMAZON.FallbackIntent' })).speech;
    const talk = conversation({ locale: 'en-GB' });
    await talk.say('start baby massage');
    expect(await fallback(talk)).toBe("Sorry, I didn't catch that. You can say next, repeat, go back, or pause.");
    await talk.say('pause');
    expect(await fallback(talk)).toBe("Sorry, I didn't catch that. We're paused: say resume when you're ready, or stop to finish for today.");
    await talk.say('resume');
    await talk.say('what oil should i use');
    expect(await fallback(talk)).toBe("Sorry, I didn't catch that. Please say yes or no.");
    const fresh = conversation({ locale: 'en-GB' });
    await fresh.say('ask baby massage what oil should i use');
    await fresh.say('no');
    expect(await fallback(fresh)).toBe("Sorry, I didn't catch that. Say start a massage to begin, or ask me a question, like what oil to use.");
    expect(talk.position()).toMatchObject({ stepId: 'opening' });
  });

  it('"yes" or "okay" with nothing asked means ready: the next stroke, or the paused one again; "no" moves nothing', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    expect((await talk.say('yes')).speech).toMatch(/^\(sound\) Now, the legs and feet\..*Indian milking\./);
    expect((await talk.say('okay')).speech).toMatch(/^Hug and glide\./);
    expect((await talk.say('no')).speech).toMatch(/^I'm not sure what that was for\./);
    expect(talk.position()).toMatchObject({ stepId: 'leg-hug-and-glide' });
    await talk.say('pause');
    expect((await talk.say('yes')).speech).toMatch(/^Let's pick up from the start of this stroke\. Hug and glide\./);
    expect(talk.position()).toMatchObject({ stepId: 'leg-hug-and-glide', status: 'in-progress' });
  });

  it('"no" to carrying on after an answer waits, and a later "yes" carries on with the same stroke', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    expect((await talk.say('what oil should I use')).speech).toMatch(/Shall we carry on with the massage\?$/);
    expect((await talk.say('no')).speech).toBe("Alright, I'll wait. Say resume when you're ready, or ask me something else.");
    expect((await talk.say('yes')).speech).toMatch(/^Let's pick up from the start of this stroke\. \(sound\) Now, the legs and feet\..*Indian milking\./);
  });

  it('help with no massage under way ends by offering one, and "yes" starts it', async () => {
    const talk = conversation({ locale: 'en-US' });
    const help = await talk.send({ intent: 'AMAZON.HelpIntent' });
    expect(help.speech).toMatch(/^I talk you through a baby massage.*Would you like to start a massage\?$/);
    expect(help.reprompt).toBe('Would you like to start a massage?');
    expect((await talk.say('yes')).speech).toMatch(/^Welcome to baby massage\..*Getting ready\./);
  });

  it('"yes" right after an answer mid-routine carries on with the same stroke, not the next', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.say('next');
    await talk.send({ intent: 'AMAZON.HelpIntent' });
    expect((await talk.say('yes')).speech).toMatch(/^Let's pick up from the start of this stroke\. \(sound\) Now, the legs and feet\..*Indian milking\./);
    expect(talk.position()).toMatchObject({ stepId: 'leg-indian-milking' });
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

  it('an unsupported locale is answered in US English', async () => {
    const talk = conversation({ locale: 'en-US' });
    const turn = await talk.send({ type: 'LaunchRequest', locale: 'ja-JP' });
    expect(turn.speech).toMatch(/^Welcome to baby massage\..*diaper/);
  });

  it('garbage in the session attributes is ignored and the stored place is used', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    await talk.goTo('foot-top-and-ankle');
    const turn = await talk.send({ intent: 'AMAZON.RepeatIntent', sessionAttributes: { routine: 'banana', loaded: 7 } });
    expect(turn.speech).toMatch(/Thumb presses, top of the foot, and ankle\./);
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
    expect(await talk.state()).toMatchObject({ routine: { stepId: 'leg-indian-milking', status: 'in-progress' } });
  });
});

describe('stored state', () => {
  it.each([
    ['corrupt', 'a string, not an object'],
    ['from an unknown routine', { version: STATE_VERSION, routine: { routineId: 'zumba', stepId: 'opening', status: 'paused' } }],
    ['past the end of version 1', { version: 1, routine: { routineId: 'full', stepIndex: 99, status: 'paused' } }],
  ])('%s: restarts gracefully and saves a fresh start', async (_, stored) => {
    const store = memoryStore();
    store.items.set(PARENT, stored as never);
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT });
    const turn = await talk.say('start baby massage');
    expect(turn.speech).toMatch(/^I couldn't pick up where you left off last time, so let's start again from the beginning\./);
    expect(store.items.get(PARENT)).toMatchObject({ version: STATE_VERSION, routine: { routineId: 'full', stepId: 'opening' } });
  });

  it('carrying on after a break of an hour or more starts with the one-line check, once; a short break does not', async () => {
    let clock = new Date('2026-11-24T19:00:00.000Z');
    const store = memoryStore();
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT, now: () => clock });
    await talk.say('start baby massage');
    await talk.say('next');
    await talk.say('pause');
    clock = new Date('2026-11-24T19:20:00.000Z');
    expect((await talk.say('resume')).speech).toMatch(/^Let's pick up from the start of this stroke\./);
    // The session closes by itself in the middle of the next stroke; they come back after a feed and a nap.
    await talk.say('next');
    await talk.endSession('EXCEEDED_MAX_REPROMPTS');
    clock = new Date('2026-11-24T21:30:00.000Z');
    expect((await talk.say('open baby massage')).speech).toMatch(/^Welcome back\. Last time we stopped in the middle of Hug and glide/);
    expect((await talk.say('carry on')).speech).toMatch(/^Before we carry on, a quick check: baby well, no new rash, no shots for two days, not just fed\. Then ask again, may I carry on, and watch for a yes\. Let's pick up from the start of this stroke\. Hug and glide\./);
    expect((await talk.say('next')).speech).toMatch(/^Thumb over thumb/);
  });

  it("today's stored place (version 1, by index) is offered after the upgrade, intact", async () => {
    const store = memoryStore();
    store.items.set(PARENT, { version: 1, routine: { routineId: 'full', stepIndex: 9, status: 'paused', pausedAt: '2026-11-23T19:00:00.000Z' } });
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT });
    await transcript(talk, [
      'U: open baby massage',
      'A: Welcome back. Last time you paused at Sun and moon, on the tummy. Shall we carry on from there?',
      'U: yes',
      "A: Before we carry on, a quick check: baby well, no new rash, no shots for two days, not just fed. Then ask again, may I carry on, and watch for a yes. Let's pick up from the start of this stroke. Sun and moon. " +
        "Clockwise as you look down: up your baby's right side, across, and down their left. One hand circles all the way round: the sun. " +
        "The other follows with a half circle, from about ten to five o'clock: the moon. About six times. Circle, and moon. (pause 11 s) " +
        'Circle, and moon. (pause 11 s) Slow and steady. (pause 10 s) Hiccups or spitting up mean the tummy has had enough: stop there and cuddle. ' +
        '(sound)',
    ]);
    expect(store.items.get(PARENT)).toMatchObject({ version: STATE_VERSION, routine: { routineId: 'full', stepId: 'tummy-sun-and-moon', status: 'in-progress' } });
  });

  it("a newer release's stored state is never overwritten: a rollback does not reset the parent", async () => {
    const store = memoryStore();
    const future = { version: STATE_VERSION + 1, routine: { routineId: 'hula', stepId: 'x', status: 'paused' }, profile: { sessions: 40 } };
    store.items.set(PARENT, structuredClone(future));
    const { logger, lines } = collectingLogger();
    const talk = conversation({ locale: 'en-US', persistence: store, userId: PARENT, logger });
    expect((await talk.say('start baby massage')).speech).toMatch(/Getting ready\./);
    await talk.say('next');
    await talk.say('pause');
    await talk.say('stop');
    expect(store.items.get(PARENT)).toEqual(future);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'warn', message: 'Stored state is from a newer release: kept as it is, not used' }));
  });
});

describe('persistence', () => {
  it('loads once per session and saves only when the place or the profile changes', async () => {
    const store = memoryStore();
    const talk = conversation({ locale: 'en-US', persistence: store });
    await talk.say('start baby massage');
    expect(store.calls).toEqual({ get: 1, save: 1 });
    await talk.say('help');
    await talk.say('what can i say');
    await talk.say('where are we');
    expect(store.calls).toEqual({ get: 1, save: 1 });
    await talk.say('next');
    expect(store.calls).toEqual({ get: 1, save: 2 });
    await talk.say('stop');
    await talk.say('start baby massage');
    expect(store.calls.get).toBe(2);
  });

  it('a store that does not answer on load: the guide still speaks, nothing is saved over it, and no place is promised', async () => {
    const store = memoryStore();
    const { logger, lines } = collectingLogger();
    const talk = conversation({ locale: 'en-US', persistence: store, logger });
    await talk.say('start baby massage');
    await talk.goTo('other-leg');
    await talk.say('stop');
    const saved = structuredClone(store.items);

    store.fail(true);
    expect((await talk.say('start baby massage')).speech).toMatch(/^Welcome to baby massage\..*Getting ready\./);
    expect(lines).toContainEqual(expect.objectContaining({ level: 'error', message: 'Could not load stored state', attributes: expect.objectContaining({ storageFailure: 'load' }) }));
    await talk.say('next');
    expect((await talk.say('pause')).reprompt).toBe("Say resume when you're ready.");
    expect((await talk.say('stop')).speech).toBe("Goodbye. I couldn't save your place on the legs and feet just now, so next time we may start again from the beginning.");
    store.fail(false);
    expect(Object.fromEntries(store.items)).toEqual(Object.fromEntries(saved));
    expect((await talk.say('open baby massage')).speech).toMatch(/^Welcome back\. Last time we stopped in the middle of the other leg, on the legs and feet\./);
  });

  it('a session whose first load failed tries again on a later turn, and then keeps the place as usual', async () => {
    const store = memoryStore();
    const { logger, lines } = collectingLogger();
    const talk = conversation({ locale: 'en-US', persistence: store, logger, userId: PARENT });
    store.items.set(PARENT, { version: 2, routine: { routineId: 'full', stepId: 'other-leg', status: 'paused' }, profile: { sessions: 4, finished: 2, prefs: { rate: 84 } } });
    store.fail(true);
    await talk.say('start baby massage');
    store.fail(false);
    await talk.say('next');
    expect(lines).toContainEqual(expect.objectContaining({ message: 'Stored state loaded on a later turn' }));
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking' }, profile: { sessions: 5, finished: 2, prefs: { rate: 84 } } });
    expect((await talk.say('stop')).speech).toBe("Goodbye. I've kept your place on the legs and feet, so just open baby massage to carry on.");
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
    expect(store.items.values().next().value).toMatchObject({ routine: { stepId: 'opening' } });
    store.fail(false);
    await talk.say('next');
    expect(store.items.values().next().value).toMatchObject({ routine: { stepId: 'leg-hug-and-glide' } });
  });
});

describe('"keep going", "go on", "carry on"', () => {
  it('after a pause or an answer, the same stroke again; at the end of a stroke, the next one', async () => {
    const talk = await returningParent();
    await talk.say('start baby massage');
    await talk.say('next');
    expect(talk.position()).toMatchObject({ stepId: 'leg-indian-milking' });
    expect((await talk.say('keep going')).speech).toMatch(/^Hug and glide\./);
    await talk.say('pause');
    expect((await talk.say('go on')).speech).toMatch(/^Let's pick up from the start of this stroke\. Hug and glide\./);
    await talk.say('what oil should i use');
    expect((await talk.say('carry on')).speech).toMatch(/^Let's pick up from the start of this stroke\. Hug and glide\./);
    expect((await talk.say('alright keep going please')).speech).toMatch(/^Thumb over thumb, and toe roll\./);
  });
});
