import { check } from 'ssml-check-core';
import { contentFor } from '../lambda/content';
import { VOCABULARY } from '../lambda/content/en/vocabulary';
import { Answer } from '../lambda/content/types';
import { ENGLISH_LOCALES } from '../lambda/content/locales';
import { BENEFIT_TOPICS, BenefitTopic, Evidence, SAFETY_TOPICS, SafetyTopic } from '../lambda/content/topics';
import { MAX_SSML_CHARACTERS } from '../lambda/speech/ssml';
import { conversation } from './support/conversation';

/** What a parent says for each topic: real phrases, resolved through the real models. */
const BENEFIT_PHRASES: Record<BenefitTopic, readonly string[]> = {
  sleep: ['does massage help my baby sleep', 'will it help with bedtime'],
  bonding: ['is massage good for bonding'],
  relaxation: ['does massage help with stress', 'is it good for crying'],
  digestion: ['is it good for colic', 'does massage help with wind', 'does it help with gas', 'does massage help with constipation', 'does it help with poop', 'does massage help with tummy ache'],
  reflux: ['does massage help with reflux', 'is it good for spitting up', 'does massage help my baby with acid reflux'],
  teething: ['does massage help with teething', 'does it help with teeth', 'can massage help with a blocked nose'],
  breathing: ['does massage help with asthma', 'does it help my baby breathe'],
  immunity: ['does massage boost the immune system', 'does it help with infections'],
  brain: ['does massage help with brain development', 'is massage good for my baby\'s brain'],
  growth: ['does massage help with weight gain', 'does it help with muscle tone'],
  awareness: ['does massage help with coordination', 'is it good for body awareness'],
  circulation: ['does massage improve circulation', 'does it help with blood flow'],
  autonomy: ['what about consent', 'does it help with body autonomy', 'why do we ask permission'],
};

const SAFETY_PHRASES: Record<SafetyTopic, readonly string[]> = {
  'when-not': ['when should i not massage', 'can i massage my baby with a fever'],
  vaccinations: ['can i massage my baby after her jabs', 'is it safe to massage after vaccinations'],
  feeding: ['how long after a feed can i massage', 'can i massage my baby after feeding'],
  oil: ['what oil should i use', 'is olive oil safe', 'can i use essential oils'],
  'how-long': ['how long should i massage', 'how long should i do it'],
  'how-often': ['how often should i massage my baby', 'how often should i do it'],
  sleeping: ['can i massage a sleeping baby', "can i massage my baby while she's asleep", 'is it safe to massage a sleeping baby'],
  age: ['from what age can i massage', 'how old should my baby be'],
  newborn: ['can i massage my newborn baby', 'how do i massage a newborn baby', 'is it safe to massage a newborn', 'can i massage my newborn'],
  premature: ['is massage safe for premature babies', 'can i massage my preemie baby', 'can i massage my premature baby'],
  crying: ['what if my baby cries', 'what should i do if my baby hates it'],
  others: ['can dad do it', 'can grandma do the massage'],
  bath: ['should i massage before or after the bath', 'is it better before or after the bath'],
  setting: ['should the room be warm', 'do i need to undress my baby', 'what temperature should the room be'],
  pressure: ['how hard should i press', 'can i hurt my baby'],
  hips: ['what about her hips', 'can i massage a baby with hip dysplasia'],
  skin: ['can i massage a baby with eczema', 'what about dry skin'],
  'soft-spot': ['what about the soft spot', 'can i touch the fontanelle'],
  hernia: ['can i massage a baby with an umbilical hernia', 'what about the belly button'],
  'postnatal': ['does baby massage help postnatal depression', 'can it help my mood'],
};

/** The evidence table (the evidence grades in lambda/content/topics.ts, from the reference the team works from) as policy: how each topic may be phrased. */
const BENEFIT_EVIDENCE: Record<BenefitTopic, Evidence> = {
  sleep: 'research',
  bonding: 'research',
  growth: 'research', // preterm weight gain in hospital only
  relaxation: 'mixed',
  digestion: 'mixed',
  reflux: 'none',
  teething: 'none',
  breathing: 'not-for-babies',
  immunity: 'little',
  brain: 'little',
  awareness: 'none',
  circulation: 'none',
  autonomy: 'value',
};

const sentencesOf = (text: string) => text.split(/(?<=[.?!])\s+/).filter(Boolean);

describe.each(ENGLISH_LOCALES)('questions in %s', (locale) => {
  const { questions } = contentFor(locale);
  const all: [string, Answer][] = [
    ...Object.entries(questions.benefits),
    ...Object.entries(questions.safety),
    ['benefits overview', questions.benefitsOverview],
    ['safety overview', questions.safetyOverview],
  ];

  describe('wording rules over every answer', () => {
    it.each(all)('%s: 2 to 4 sentences, never cures, treats or prevents', (_, answer) => {
      const text = answer.sentences.join(' ');
      expect(sentencesOf(text).length).toBeGreaterThanOrEqual(2);
      expect(sentencesOf(text).length).toBeLessThanOrEqual(4);
      expect(text).not.toMatch(/\b(cur(e|es|ed|ing)|treat(s|ed|ing|ment)?|prevent(s|ed|ing|ion)?|heal(s|ing)? (colic|illness))\b/i);
      // Nothing more absolute than the evidence: "studies have not shown", never "found no effect" or "proven".
      expect(text).not.toMatch(/found no (effect|benefit)|\bno effect\b|\bprov(en|es)\b/i);
    });

    it.each(all)('%s: says "research suggests" only where the evidence table supports it', (_, answer) => {
      const text = answer.sentences.join(' ');
      if (/research suggests/i.test(text)) expect(answer.evidence).toBe('research');
    });

    it('grades every benefit exactly as the evidence table does', () => {
      for (const topic of BENEFIT_TOPICS) expect([topic, questions.benefits[topic].evidence]).toEqual([topic, BENEFIT_EVIDENCE[topic]]);
    });

    it('makes no immune, breathing or circulation claim beyond the evidence', () => {
      const immunity = questions.benefits.immunity.sentences.join(' ');
      expect(immunity).toMatch(/little research/);
      expect(immunity).toMatch(/didn't get fewer infections/);
      expect(immunity).not.toMatch(/\b(boost|strengthen|research suggests)/i);
      const breathing = questions.benefits.breathing.sentences.join(' ');
      expect(breathing).toMatch(/children aged 4 to 14 with asthma, not babies/);
      expect(breathing).toMatch(/no research/);
      expect(questions.benefits.circulation.sentences.join(' ')).toMatch(/no studies in babies/);
      expect(questions.benefits.growth.sentences.join(' ')).toMatch(/premature babies.*little research showing it changes growth/s);
    });

    it("has a short not-medical-advice line naming this locale's health professional", () => {
      expect(questions.notMedicalAdvice).toBe(`This isn't medical advice: ask ${VOCABULARY[locale].healthProfessional}.`);
      expect(questions.notMedicalAdvice.split(' ').length).toBeLessThanOrEqual(12);
    });

    it('marks every answer about a baby\'s health or safety as a health answer', () => {
      const health = all.filter(([, a]) => a.health).map(([topic]) => topic);
      expect(health).toEqual(expect.arrayContaining(['sleep', 'digestion', 'breathing', 'immunity', 'when-not', 'vaccinations', 'oil', 'newborn', 'premature', 'pressure']));
    });
  });

  describe('each topic, asked aloud', () => {
    const asked: [string, string, Answer][] = [
      ...BENEFIT_TOPICS.flatMap((topic) => BENEFIT_PHRASES[topic].map((phrase) => [`benefit ${topic}`, phrase, questions.benefits[topic]] as [string, string, Answer])),
      ...SAFETY_TOPICS.flatMap((topic) => SAFETY_PHRASES[topic].map((phrase) => [`safety ${topic}`, phrase, questions.safety[topic]] as [string, string, Answer])),
    ];

    /** Answers that point at a routine offer that one outside a routine. */
    const offered: Record<string, string> = {
      'benefit digestion': 'Would you like to try the colic massage?',
      'benefit sleep': 'Would you like to try the bedtime wind-down?',
      'safety newborn': 'Would you like to try the first massage?',
    };

    it.each(asked)('%s: "%s" gets its own answer, valid SSML, ending with the way back', async (topic, phrase, answer) => {
      const talk = conversation({ locale });
      const turn = await talk.say(`ask baby massage ${phrase}`);
      expect(turn.speech.startsWith(answer.sentences.join(' '))).toBe(true);
      const wayBack = offered[topic] ?? questions.startOffer;
      const ending = answer.health ? `${questions.notMedicalAdvice} ${wayBack}` : wayBack;
      expect(turn.speech.endsWith(ending)).toBe(true);
      expect(turn.ended).toBe(false);
      expect(turn.ssml.length).toBeLessThanOrEqual(MAX_SSML_CHARACTERS);
      expect(await check(turn.ssml, { platform: 'amazon' })).toBeUndefined();
    });

    it('gives every topic a different answer', () => {
      const texts = [...Object.values(questions.benefits), ...Object.values(questions.safety)].map((a) => a.sentences.join(' '));
      expect(new Set(texts).size).toBe(texts.length);
    });
  });

  it('"what are the benefits?" gets the overview of the best-supported benefits and the topics', async () => {
    const talk = conversation({ locale });
    const turn = await talk.say('ask baby massage what are the benefits');
    expect(turn.speech).toMatch(/^Research suggests the clearest benefit is closeness/);
    expect(turn.speech).toContain(questions.topicList);
  });

  it('a question in the parent\'s own words reaches the answer it is about, through the classifier', async () => {
    const asked = async (phrase: string) => (await conversation({ locale }).say(`ask baby massage ${phrase}`)).speech;
    const oil = await asked('what oil should i use');
    expect(await asked('can i use coconut oil on her')).toBe(oil);
    expect(await asked('is sunflower oil good for her skin')).toBe(oil);
    const jabs = await asked('can i massage after vaccinations');
    expect(await asked('she had her injections yesterday is it okay')).toBe(jabs);
    const premature = await asked('what about premature babies');
    expect(premature).not.toBe(await asked('does massage help weight gain'));
    expect(await asked('he was a preemie is it safe')).toBe(premature);
  });

  it('a topic it has nothing on gets an honest answer and the list of topics', async () => {
    const talk = conversation({ locale });
    const turn = await talk.say('ask baby massage does it help with reading');
    expect(turn.speech).toBe(`I'm sorry, I don't have information on that. ${questions.topicList} ${questions.startOffer}`);
    expect(turn.ended).toBe(false);
  });

  it('a question with no answer of its own but words near a topic offers that one: yes gives it, repeat asks again, no keeps the place', async () => {
    const talk = conversation({ locale });
    const offer = "I don't have an answer on exactly that. The nearest I have is on oils. Would you like that one?";
    const asked = await talk.say('ask baby massage can i use talcum powder');
    expect(asked.speech).toBe(offer);
    expect(asked.reprompt).toBe(offer);
    expect(asked.ended).toBe(false);
    expect((await talk.say('repeat')).speech).toBe(offer);
    const oil = (await talk.say('yes')).speech;
    expect(oil.startsWith(questions.safety.oil.sentences.join(' '))).toBe(true);

    const mid = conversation({ locale });
    await mid.say('start baby massage');
    await mid.say('next');
    expect((await mid.say('should i take my rings off')).speech).toBe(
      "I don't have an answer on exactly that. The nearest I have is on getting the room and your hands ready. Would you like that one?",
    );
    expect((await mid.say('no')).speech).toBe("Alright, I'll wait. Say resume when you're ready, or ask me something else.");
    expect((await mid.say('resume')).speech).toMatch(/^Let's pick up from the start of this stroke\. /);

    const outside = conversation({ locale });
    await outside.say('ask baby massage what about swimming');
    expect((await outside.say('no')).speech).toBe(questions.startOffer);
  });

  it('mid-routine, the way back after an answer varies by topic, and a question straight after another leaves it to the reprompt', async () => {
    const talk = conversation({ locale });
    await talk.say('start baby massage');
    await talk.say('next');
    const oil = await talk.say('what oil should i use');
    expect(oil.speech.endsWith(`${questions.notMedicalAdvice} Shall we carry on with the massage?`)).toBe(true);
    const feed = await talk.say('can i massage after a feed');
    expect(feed.speech).toBe(questions.safety.feeding.sentences.join(' '));
    expect(feed.reprompt).toBe('Shall we go back to the massage?');
    await talk.say('yes');
    const bath = await talk.say('should i massage before or after the bath');
    expect(bath.speech).toBe(`${questions.safety.bath.sentences.join(' ')} Ready to carry on?`);
  });

  it('mid-routine, a question keeps the place: yes and resume return to the same step, next goes on', async () => {
    const talk = conversation({ locale });
    await talk.say('start baby massage');
    for (let i = 0; i < 9; i++) await talk.say('next');
    const answer = await talk.say('does massage help with wind');
    expect(answer.speech.endsWith('Shall we carry on with the massage?')).toBe(true);
    expect(answer.reprompt).toBe('Shall we carry on with the massage?');
    expect(answer.ended).toBe(false);
    expect((await talk.say('yes')).speech).toMatch(/^Let's pick up from the start of this stroke\. Sun and moon\./);

    await talk.say('what oil should i use');
    expect((await talk.say('resume')).speech).toMatch(/Sun and moon\./);
    await talk.say('continue');
    await talk.say('can dad do it');
    expect((await talk.say('next')).speech).toMatch(/^I love you\./);
    await talk.say('is it safe');
    expect((await talk.say('no')).speech).toBe("Alright, I'll wait. Say resume when you're ready, or ask me something else.");
    expect((await talk.say('carry on')).speech).toMatch(/I love you\./);
  });

  it('outside a routine, the answer offers to start one, and yes starts it', async () => {
    const talk = conversation({ locale });
    const answer = await talk.say('ask baby massage how long should i massage');
    expect(answer.speech.endsWith('Would you like to start a massage?')).toBe(true);
    expect((await talk.say('yes')).speech).toMatch(/^Welcome to baby massage\..*Getting ready\./);
  });

  it('outside a routine, an answer that points at a routine offers that one, and yes starts it', async () => {
    const colic = conversation({ locale });
    expect((await colic.say('ask baby massage does massage help with wind')).speech).toMatch(/Would you like to try the colic massage\?$/);
    expect((await colic.say('yes')).speech).toMatch(/^Welcome to baby massage\..*Here's the colic massage: .*Getting ready for the colic massage\./);
    expect(colic.position()).toMatchObject({ routineId: 'colic', stepId: 'colic-opening' });
    const newborn = conversation({ locale });
    await newborn.say('ask baby massage is it safe to massage a newborn');
    await newborn.say('yes');
    expect(newborn.position()).toMatchObject({ routineId: 'newborn' });
  });

  it('"my baby has colic" and "she\'s windy" get the colic answer: mid-routine with the way back, outside one with the colic massage', async () => {
    const outside = conversation({ locale });
    const answer = await outside.say('ask baby massage my baby has colic');
    expect(answer.speech.startsWith(questions.benefits.digestion.sentences.join(' '))).toBe(true);
    expect(answer.speech.endsWith(`${questions.notMedicalAdvice} Would you like to try the colic massage?`)).toBe(true);
    const inside = conversation({ locale });
    await inside.say('start baby massage');
    await inside.say('next');
    const windy = await inside.say("she's windy");
    expect(windy.speech.endsWith(`${questions.notMedicalAdvice} Shall we carry on with the massage?`)).toBe(true);
    expect((await inside.say('yes')).speech).toMatch(/Indian milking\./);
  });

  it('a place stored at an opening is not "the massage" of a later session: an answer there offers one', async () => {
    const talk = conversation({ locale });
    await talk.say('start baby massage');
    await talk.say('stop');
    const answer = await talk.say('ask baby massage does massage help my baby sleep');
    expect(answer.speech).toMatch(/Would you like to try the bedtime wind-down\?$/);
    expect((await talk.say('yes')).speech).toMatch(/Here's the bedtime wind-down\. Getting ready\./);
  });

  it('outside a routine, no to starting says goodbye and closes', async () => {
    const talk = conversation({ locale });
    await talk.say('ask baby massage can dad do it');
    const no = await talk.say('no');
    expect(no.speech).toBe('Goodbye, and enjoy the cuddles.');
    expect(no.ended).toBe(true);
  });
});
