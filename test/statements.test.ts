import { NOW_TEST } from './support/clock';
import { conversation } from './support/conversation';
import { memoryStore } from './support/memory-store';
import { transcript } from './support/transcript';

const PARENT = 'amzn1.ask.account.TEST-PARENT';

/** A parent on their second visit, standing on the first leg stroke of the full routine. */
async function midMassage(locale = 'en-GB', store = memoryStore()) {
  const talk = conversation({ locale, persistence: store, userId: PARENT, now: () => NOW_TEST });
  await talk.say('start baby massage');
  await talk.say('stop');
  await talk.say('start baby massage');
  await talk.say('next');
  return { talk, store };
}

describe('statements about the baby, at any point', () => {
  it('"she fell asleep" ends gently and keeps the place', async () => {
    const { talk, store } = await midMassage();
    const [turn] = await transcript(talk, [
      'U: she fell asleep',
      "A: Then let them sleep: the massage can wait. I've kept your place on the legs and feet. Sleep well, little one.",
    ]);
    expect(turn.ended).toBe(true);
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking', status: 'paused' } });
    await transcript(talk, ['U: open baby massage', 'A: Welcome back. Last time you paused at Indian milking, on the legs and feet. Shall we carry on from there?']);
  });

  it('"the baby\'s crying" pauses with comfort advice, and "resume" carries on', async () => {
    const { talk } = await midMassage('en-US');
    const [turn] = await transcript(talk, [
      "U: the baby's crying",
      'A: Paused. Stop, and pick your baby up: crying means no for now. A cuddle, a feed or a clean diaper may be all they need.',
      'U: resume',
      "A: Let's pick up from the start of this stroke. (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) " +
        'Indian milking. Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. ' +
        'Then swap hands, like pulling a rope. About three times. Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) ' +
        'Once more, slow and smooth. (pause 9 s) If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
    ]);
    expect(turn.reprompt).toBe("Say resume when you're both ready, or stop to finish for today.");
    expect(turn.ended).toBe(false);
  });

  it('said in the parent\'s own words, a statement gets the line its kind gets, and the place is kept', async () => {
    const { talk, store } = await midMassage();
    const needs = "Of course, go ahead. I've paused on the legs and feet.";
    expect((await talk.say("she's just weed everywhere")).speech).toBe(needs);
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking', status: 'paused' } });
    await talk.say('resume');
    const dislikes = (await talk.say("she doesn't like it")).speech;
    await talk.say('yes');
    expect((await talk.say("he's got the hiccups")).speech).toMatch(/^Hiccups and sneezes can mean enough of this part for now\./);
    expect(dislikes).toMatch(/^That's alright, and you can stop at any time\./);
    const happy = (await talk.say("she's smiling")).speech;
    expect((await talk.say("she's holding my finger")).speech).toBe(happy);
    // A crawling baby: on the move, and short massages suit.
    expect((await talk.say("she's crawling now")).speech).toMatch(/Once babies crawl, short massages on the move suit them best\./);
    expect((await talk.say("she's rolled over")).speech).toBe(
      "Babies love to move. Bring them gently back onto the towel, or carry on with whatever part is in reach, like the back if they've rolled onto their tummy. Once babies crawl, short massages on the move suit them best. Follow their lead. Say next to go on, or repeat to hear that again.",
    );
    expect((await talk.say("he's doing something odd with his elbow")).speech).toBe(
      "I'm not sure I followed that. If your baby needs you, say pause and I'll keep your place; otherwise say next to go on.",
    );
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking' } });
  });

  it('"I have to change her nappy" and "she\'s hungry" pause and keep the place', async () => {
    const { talk, store } = await midMassage();
    await transcript(talk, [
      'U: I have to change her nappy',
      "A: Of course, go ahead. I've paused on the legs and feet.",
      'U: resume',
      "A: Let's pick up from the start of this stroke. (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) " +
        'Indian milking. Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. ' +
        'Then swap hands, like pulling a rope. About three times. Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) ' +
        'Once more, slow and smooth. (pause 9 s) If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
      "U: she's hungry",
      "A: Of course, feed your baby. I've paused on the legs and feet. After the feed, wait about forty-five minutes before more massage.",
    ]);
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking', status: 'paused' } });
  });

  it.each([
    ['en-GB', 'my baby has a fever', "Then no massage today. A fever in a baby under three months needs a call to your GP or health visitor today; an older baby with a fever who seems unwell, too."],
    ['en-US', 'he has a temperature', "Then no massage today. A fever in a baby under three months needs a call to your baby's pediatrician today; an older baby with a fever who seems unwell, too."],
    ['en-IN', 'baby looks yellow', 'Then ask your midwife or doctor before massaging: advice on jaundice differs, and they know your baby.'],
    ['en-US', 'he had his shots today', "Then not today. Leave the massage while your baby is unwell, and for two days after shots. If you're worried, talk to your baby's pediatrician."],
    ['en-AU', "she's unwell", "Then not today. Leave the massage while your baby is unwell, and for two days after needles. If you're worried, talk to your GP or child health nurse."],
  ])('%s: "%s" says not today with the right line, and keeps the place', async (locale, phrase, line) => {
    const { talk, store } = await midMassage(locale);
    const turn = await talk.say(phrase);
    expect(turn.speech).toBe(`${line} I've kept your place for another day.`);
    expect(turn.ended).toBe(true);
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking', status: 'paused' } });
    expect(JSON.stringify(store.items.get(PARENT))).not.toMatch(/fever|temperature|yellow|jaundice|shots|unwell/);
  });

  it('"she\'s got hiccups" and "he keeps sneezing" get one fitting line, and the place is kept', async () => {
    const { talk } = await midMassage('en-GB');
    const line =
      'Hiccups and sneezes can mean enough of this part for now. Rest your hands, let them pass, and go on gently if your baby settles, or skip this part. ' +
      'Say next to go on, or repeat to hear that again.';
    await transcript(talk, ["U: she's got hiccups", `A: ${line}`, 'U: he keeps sneezing', `A: ${line}`]);
    expect(talk.position()).toMatchObject({ stepId: 'leg-indian-milking', status: 'in-progress' });
  });

  it('"she doesn\'t like it" gives the cues and permission to stop; yes carries on, stop keeps the place', async () => {
    const { talk } = await midMassage('en-US');
    await transcript(talk, [
      "U: she doesn't like it",
      "A: That's alright, and you can stop at any time. Turning away, arching, yawning, clenched fists, or skin going red, pale or blotchy all mean enough for now. You could skip this part, or try just the legs another day. Shall we carry on?",
      'U: yes',
      "A: Let's pick up from the start of this stroke. (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) " +
        'Indian milking. Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. ' +
        'Then swap hands, like pulling a rope. About three times. Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) ' +
        'Once more, slow and smooth. (pause 9 s) If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
      "U: he doesn't like it",
      "A: That's alright, and you can stop at any time. Turning away, arching, yawning, clenched fists, or skin going red, pale or blotchy all mean enough for now. You could skip this part, or try just the legs another day. Shall we carry on?",
      'U: stop',
      "A: Goodbye. I've kept your place on the legs and feet, so just open baby massage to carry on.",
    ]);
  });

  it('"she\'s smiling" and "he loves it" hear the yes cues back, keep the place, and "okay" goes on', async () => {
    const { talk, store } = await midMassage('en-US');
    await transcript(talk, [
      "U: she's smiling",
      "A: Lovely. Smiles, cooing, bright eyes and smooth wriggles are your baby's way of saying yes. Say next to go on, or repeat to hear that again.",
      'U: he loves it',
      "A: Lovely. Smiles, cooing, bright eyes and smooth wriggles are your baby's way of saying yes. " +
        'Say next to go on, or repeat to hear that again.',
    ]);
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking', status: 'in-progress' } });
    expect((await talk.say('okay')).speech).toMatch(/^Hug and glide\./);
  });

  it('"she\'s smiling" with no massage under way offers one', async () => {
    const talk = conversation({ locale: 'en-GB' });
    const turn = await talk.say("ask baby massage she's smiling");
    expect(turn.speech).toBe("Lovely. Smiles, cooing, bright eyes and smooth wriggles are your baby's way of saying yes. Would you like to start a massage?");
    expect((await talk.say('yes')).speech).toMatch(/^Welcome to baby massage\./);
  });

  it('"thank you" mid-massage keeps the place and the way on; with nothing under way it says goodbye', async () => {
    const { talk, store } = await midMassage('en-US');
    await transcript(talk, ['U: thank you', "A: You're welcome. Say next to go on, or repeat to hear that again."]);
    expect(store.items.get(PARENT)).toMatchObject({ routine: { stepId: 'leg-indian-milking', status: 'in-progress' } });
    expect((await talk.say('next')).speech).toMatch(/^Hug and glide\./);
    const after = conversation({ locale: 'en-US' });
    await after.say('ask baby massage can dad do it');
    const bye = await after.say('thanks');
    expect(bye.speech).toBe("You're welcome, and enjoy the cuddles.");
    expect(bye.ended).toBe(true);
  });

  it('"she\'s getting sleepy" mid-massage is enough for now, and "yes" carries on; in the bedtime wind-down it is the idea', async () => {
    const { talk } = await midMassage('en-US');
    await transcript(talk, [
      "U: she's getting sleepy",
      'A: A sleepy baby has had about enough for now. You could finish with a cuddle, and try the bedtime wind-down another evening. Shall we carry on with the massage?',
      'U: yes',
      "A: Let's pick up from the start of this stroke. (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) " +
        'Indian milking. Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. ' +
        'Then swap hands, like pulling a rope. About three times. Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) ' +
        'Once more, slow and smooth. (pause 9 s) If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
    ]);
    const bedtime = conversation({ locale: 'en-GB' });
    await bedtime.say('ask baby massage for a bedtime massage');
    await bedtime.say('next');
    await transcript(bedtime, [
      "U: he's getting sleepy",
      "A: That's the idea. Keep your strokes slow and light, and stop whenever they drift off. Say next to go on, or repeat to hear that again.",
    ]);
    expect(bedtime.position()).toMatchObject({ routineId: 'bedtime', stepId: 'back-back-and-forth', status: 'in-progress' });
  });

  it('"she fell asleep" before anything started just says goodnight', async () => {
    const talk = conversation({ locale: 'en-US' });
    await talk.say('start baby massage');
    expect((await talk.say('she fell asleep')).speech).toBe('Then let them sleep: the massage can wait. Sleep well, little one.');
  });
});

describe('pace preferences by voice', () => {
  it('"slower" restarts the stroke more slowly, and is remembered next time', async () => {
    const { talk, store } = await midMassage('en-US');
    const slower = await talk.say('slower please');
    expect(slower.speech).toMatch(/^Alright, I'll speak more slowly\. \(sound\) Now, the legs and feet\./);
    expect(slower.ssml).toMatch(/<prosody rate="82%">/);
    expect(store.items.get(PARENT)).toMatchObject({ profile: { prefs: { rate: 82 } } });
    await talk.say('stop');
    await talk.say('start baby massage');
    expect((await talk.say('yes')).ssml).toMatch(/<prosody rate="82%">/);
  });

  it('never goes slower than 80 % or faster than 100 %', async () => {
    const { talk } = await midMassage('en-US');
    await talk.say('slower');
    await talk.say('slower');
    expect((await talk.say('slower')).speech).toMatch(/^That's already as far as I go that way\./);
    for (let i = 0; i < 4; i++) await talk.say('faster');
    const fastest = await talk.say('faster');
    expect(fastest.ssml).toMatch(/<prosody rate="100%">/);
  });

  it('"more time" lengthens every guided pause; "shorter pauses" shortens them', async () => {
    const { talk } = await midMassage('en-US');
    expect((await talk.say('more time')).speech).toMatch(/^Alright, more time for each stroke\..*Thigh, down to the foot\. \(pause 12\.5 s\)/);
    await talk.say('normal pace');
    expect((await talk.say('shorter pauses')).speech).toMatch(/Thigh, down to the foot\. \(pause 7\.5 s\)/);
  });

  it('"less talking" keeps the name, the count and the practice; "more detail" brings back every prompt', async () => {
    const { talk, store } = await midMassage('en-GB');
    await transcript(talk, [
      'U: less talking',
      "A: Alright, less talking: the stroke's name and count, then time to massage. (sound) Now, the legs and feet. Rest your warm hands on the legs for a moment. (pause 4 s) " +
        'Indian milking. About three times. Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) Once more, slow and smooth. (pause 9 s) (sound)',
      'U: more detail',
      'A: Alright, more detail, with ideas to talk and sing as you go. (sound) Now, the legs and feet. ' +
        'Rest your warm hands on the legs for a moment. (pause 4 s) Indian milking. Start with one leg. ' +
        'Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. Then swap hands, like pulling a rope. About three times. ' +
        'Thigh, down to the foot. (pause 10 s) Swap hands, and down. (pause 10 s) Once more, slow and smooth. (pause 9 s) ' +
        'Tell your baby: this is your leg. If the leg is stiff, hold it still, jiggle it softly, and say relax. (sound)',
      'U: next',
      'A: Hug and glide. Wrap both hands round the top of the thigh. ' +
        'Squeeze gently and twist your hands a little in opposite directions as you slide down to the ankle. Go extra softly round the knee. About three times. ' +
        'Hug, twist, and glide. (pause 10 s) Back to the top, and again. (pause 10 s) Once more, to the ankle. (pause 9 s) A gentle song fits well here. ' +
        "Watch your baby's face as you go: a frown means lighter. (sound)",
    ]);
    expect(store.items.get(PARENT)).toMatchObject({ profile: { prefs: { detail: true } } });
    expect((await talk.say('repeat')).speech).toContain('A gentle song fits well here.');
  });

  it('words that are no pace ("i want something else" lands on "i want {pace}") are not caught, and nothing changes', async () => {
    const { talk, store } = await midMassage('en-US');
    const before = structuredClone(store.items.get(PARENT));
    const turn = await talk.say('i want something else');
    expect(turn.request?.request).toMatchObject({ intent: { name: 'PaceIntent' } });
    expect(turn.speech).toBe("Sorry, I didn't catch that. You can say next, repeat, go back, or pause.");
    expect(store.items.get(PARENT)).toEqual(before);
  });

  it('a pace request with no pace in it is told the choices, and nothing changes', async () => {
    const { talk, store } = await midMassage('en-US');
    const before = structuredClone(store.items.get(PARENT));
    const turn = await talk.send({ intent: 'PaceIntent', slots: {} });
    expect(turn.speech).toBe('You can say slower, faster, longer pauses, shorter pauses, less talking, or more detail.');
    expect(store.items.get(PARENT)).toEqual(before);
  });
});
