import { readFileSync } from 'fs';
import { ResponseEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { MANIFEST_FILE } from '../infra/lib/skill-package';
import { Resolver, loadModel } from '../tools/alexa/resolver';
import { examplePhraseProblems, invocationNameProblems } from '../tools/certification/rules';
import { conversation } from './support/conversation';

/**
 * Issue 22's certification checks that need no second region: the invocation name and the example
 * phrases by Alexa's rules (with known-bad ones failing), and the session rules certification tests by
 * hand: stop and cancel end the session, help keeps it open with a reprompt, and no reply leaves the
 * session open without one.
 */
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')).manifest;

describe('the invocation name, by the ASK rules', () => {
  it.each(SUPPORTED_LOCALES)('%s: "baby massage" meets them', (locale) => {
    const name: string = loadModel(locale).interactionModel.languageModel.invocationName;
    expect(invocationNameProblems(name, locale)).toEqual([]);
  });

  it.each([
    ['alexa massage', 'en-US', 'no wake word ("alexa")'],
    ['start baby massage', 'en-US', 'no launch word ("start")'],
    ['massage for baby', 'en-GB', 'no connecting word ("for")'],
    ['baby massage 2', 'en-US', 'numbers spelled out'],
    ['Baby Massage', 'en-US', 'only lower-case letters, single spaces, apostrophes and periods'],
    ['massage', 'en-US', 'two or more words (one only for a brand, or a German compound)'],
    ['the massage', 'en-AU', 'a name of two words has no article or preposition'],
  ])('refuses "%s" in %s: %s', (name, locale, problem) => {
    expect(invocationNameProblems(name, locale)).toContain(problem);
  });

  it('takes a German compound as one word, and nowhere else', () => {
    expect(invocationNameProblems('babymassage', 'de-DE')).toEqual([]);
    expect(invocationNameProblems('babymassage', 'en-US')).toContain('two or more words (one only for a brand, or a German compound)');
  });
});

describe('the example phrases, by the ASK rules', () => {
  it.each(SUPPORTED_LOCALES)('%s: each resolves in the locale\'s model to what it promises', (locale) => {
    const model = loadModel(locale);
    const resolver = new Resolver(model);
    const phrases: string[] = manifest.publishingInformation.locales[locale].examplePhrases;
    expect(phrases.length).toBeGreaterThanOrEqual(1);
    expect(phrases.length).toBeLessThanOrEqual(3);
    phrases.forEach((phrase, i) => expect([phrase, examplePhraseProblems(phrase, model.interactionModel.languageModel.invocationName, resolver, i === 0)]).toEqual([phrase, []]));
  });

  it.each([
    ['start baby massage', true, 'starts with the wake word "Alexa, "'],
    ['Alexa, ask baby massage to juggle the cat', false, 'what it asks is a sample of the model'],
    ['Alexa, ask baby massage what oil should I use', true, 'the first opens the skill ("Alexa, open <name>")'],
    ['Alexa, what oil should I use', false, 'names the skill by its invocation name'],
    ['Alexa, ask baby massage to start the purple massage', false, "its slot values are ones the model knows"],
  ])('refuses "%s"', (phrase, first, problem) => {
    const resolver = new Resolver(loadModel('en-US'));
    expect(examplePhraseProblems(phrase, 'baby massage', resolver, first)).toContain(problem);
  });
});

describe('the session, as certification tests it', () => {
  const intents = loadModel('en-US').interactionModel.languageModel.intents.map((i) => i.name);
  /** Where a parent can be when they say something. */
  const states: Record<string, readonly string[]> = {
    'just launched': ['open baby massage'],
    'mid-routine': ['open baby massage', 'next', 'next'],
    paused: ['open baby massage', 'next', 'pause'],
    'after an answer': ['open baby massage', 'what oil should i use'],
    'at an offer to start': ['ask baby massage what oil should i use'],
  };
  const rulesFor = (intent: string, reply: ResponseEnvelope): string[] => {
    const { response } = reply;
    const problems: string[] = [];
    const asksAlexa = response.directives?.some((d) => d.type === 'Connections.SendRequest') === true;
    if ((intent === 'AMAZON.StopIntent' || intent === 'AMAZON.CancelIntent') && response.shouldEndSession !== true) problems.push('stop and cancel end the session');
    if (intent === 'AMAZON.HelpIntent' && (response.shouldEndSession !== false || !response.reprompt)) problems.push('help keeps the session open, with a reprompt');
    if (response.shouldEndSession === false && !response.reprompt) problems.push('an open session has a reprompt');
    if (response.shouldEndSession === undefined && !asksAlexa && !response.directives?.some((d) => d.type.startsWith('AudioPlayer.'))) problems.push('says whether the session ends');
    if (!response.outputSpeech && !asksAlexa) problems.push('says something');
    return problems;
  };

  it.each(Object.keys(states))('%s: every intent of the model, with no slot filled, gets a reply that follows the rules', async (state) => {
    const found: string[] = [];
    for (const intent of intents) {
      const talk = conversation({ locale: 'en-US', now: () => new Date('2026-12-05T19:00:00Z') });
      for (const phrase of states[state]) await talk.say(phrase);
      const turn = await talk.send({ intent, slots: {} });
      for (const problem of rulesFor(intent, turn.response!)) found.push(`${intent}: ${problem}`);
    }
    expect(found).toEqual([]);
  });
});
