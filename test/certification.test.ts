import { readFileSync } from 'fs';
import * as path from 'path';
import { ResponseEnvelope } from 'ask-sdk-model';
import type { v1 } from 'ask-smapi-model';
import { ENGLISH_LOCALES, SUPPORTED_LOCALES } from '../lambda/content/locales';
import { MANIFEST_FILE } from '../infra/lib/skill-package';
import { Resolver, loadModel } from '../tools/alexa/resolver';
import { examplePhraseProblems, invocationNameProblems } from '../tools/certification/rules';
import { manifestSchemaProblems } from '../tools/certification/manifest-schema';
import { stageSkillPackage } from '../infra/lib/skill-package';
import { VOCABULARY } from '../lambda/content/en/vocabulary';
import { conversation } from './support/conversation';

/**
 * Certification checks as tests: the manifest against SMAPI's published schema; the invocation name
 * and the example phrases by Alexa's rules; the store text and the testing instructions; and the
 * session rules certification tests by hand: stop and cancel end the session, help keeps it open with
 * a reprompt, and no reply leaves the session open without one. Each rule also fails known-bad input.
 */
const manifest = JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')).manifest;

/** The package as `npm run package` writes it (endpoints and store pages from the stacks' outputs). */
function stagedManifest(): v1.skill.Manifest.SkillManifestEnvelope & { manifest: v1.skill.Manifest.SkillManifest } {
  const dir = stageSkillPackage({
    endpoints: { defaultArn: 'arn:aws:lambda:us-east-1:123456789012:function:BabyMassage-handler', regions: { EU: 'arn:aws:lambda:eu-west-1:123456789012:function:BabyMassage-EU-handler', FE: 'arn:aws:lambda:us-west-2:123456789012:function:BabyMassage-FE-handler' } },
    pages: { privacyPolicyUrl: 'https://d1234abcd.cloudfront.net/privacy-policy.html', termsOfUseUrl: 'https://d1234abcd.cloudfront.net/terms-of-use.html' },
  });
  return JSON.parse(readFileSync(path.join(dir, 'skill.json'), 'utf8'));
}

describe("the manifest, against SMAPI's published schema (ask-smapi-model spec.json, v1.skill.Manifest.SkillManifest)", () => {
  it('validates as the package deploys it, with every region\'s endpoints and the store pages', () => {
    expect(manifestSchemaProblems(stagedManifest())).toEqual([]);
  });

  it('finds what the committed template leaves to the package: skill events need an endpoint', () => {
    expect(manifestSchemaProblems(JSON.parse(readFileSync(MANIFEST_FILE, 'utf8')))).toEqual(['skill.manifest.events.endpoint: required']);
  });

  // Each spoils the package's manifest (typed by ask-smapi-model) in one way; `as never` marks the deliberately wrong value.
  const locales = (m: v1.skill.Manifest.SkillManifest) => m.publishingInformation!.locales!;
  const apl = (m: v1.skill.Manifest.SkillManifest) => m.apis!.custom!.interfaces![1] as v1.skill.Manifest.AlexaPresentationAplInterface;
  it.each<[string, (m: v1.skill.Manifest.SkillManifest) => void, string]>([
    ['a misspelt field', (m) => { Object.assign(locales(m)['en-US'], { examplePhrase: ['Alexa, start baby massage'] }); }, 'skill.manifest.publishingInformation.locales.en-US.examplePhrase: not a field of the manifest schema'],
    ['an interface Alexa does not have', (m) => { Object.assign(apl(m), { type: 'APL' }); }, 'skill.manifest.apis.custom.interfaces[1].type: "APL" is not a kind of v1.skill.Manifest.Interface'],
    ['a viewport shape', (m) => { apl(m).supportedViewports![0].shape = 'SQUARE' as never; }, 'skill.manifest.apis.custom.interfaces[1].supportedViewports[0].shape: "SQUARE" is not one of 2 allowed values'],
    ['a country code', (m) => { m.publishingInformation!.distributionCountries = ['UK' as never]; }, 'skill.manifest.publishingInformation.distributionCountries[0]: "UK" is not one of 241 allowed values'],
    ['a permission', (m) => { m.permissions = [{ name: 'alexa::alerts:reminder:skill:readwrite' as never }]; }, 'skill.manifest.permissions[0].name: "alexa::alerts:reminder:skill:readwrite" is not one of 40 allowed values'],
    ['a skill event', (m) => { m.events!.subscriptions = [{ eventName: 'SKILL_DISABLE' as never }]; }, 'skill.manifest.events.subscriptions[0].eventName: "SKILL_DISABLE" is not one of 231 allowed values'],
    ['a privacy answer as text', (m) => { m.privacyAndCompliance!.isChildDirected = 'no' as never; }, 'skill.manifest.privacyAndCompliance.isChildDirected: "no" is not a boolean'],
    ['a summary too long', (m) => { locales(m)['en-GB'].summary = 'x'.repeat(161); }, 'skill.manifest.publishingInformation.locales.en-GB.summary: at most 160 characters'],
    ['five example phrases', (m) => { locales(m)['en-AU'].examplePhrases = Array(5).fill('Alexa, start baby massage'); }, 'skill.manifest.publishingInformation.locales.en-AU.examplePhrases: at most 4 items'],
    ['a manifest version', (m) => { m.manifestVersion = '2.0' as never; }, 'skill.manifest.manifestVersion: "2.0" is not one of 1 allowed values'],
  ])('refuses %s', (_name, spoil, problem) => {
    const skill = stagedManifest();
    spoil(skill.manifest);
    expect(manifestSchemaProblems(skill)).toEqual([problem]);
  });
});

describe('the store text', () => {
  it.each(ENGLISH_LOCALES)("%s: the description ends with the health disclaimer, naming the locale's professional", (locale) => {
    const { description, summary } = manifest.publishingInformation.locales[locale];
    expect(description).toMatch(new RegExp(`It is not a substitute for professional medical advice, diagnosis or care: ask ${VOCABULARY[locale].healthProfessional} about your baby's health, and do not massage a baby who is unwell\\.$`));
    expect(summary).toMatch(/Not medical advice\.$/);
  });

  it('gives the certification team testing instructions whose every quoted phrase reaches the skill in en-US', () => {
    const instructions: string = manifest.publishingInformation.testingInstructions;
    expect(instructions.length).toBeLessThanOrEqual(4000);
    const phrases = [...instructions.matchAll(/'([^']+)'/g)].map((m) => m[1].replace(/^Alexa, /, '').replace(/[?.]$/, '').toLowerCase());
    expect(phrases.length).toBeGreaterThanOrEqual(20);
    const resolver = new Resolver(loadModel('en-US'));
    const unreached = phrases.filter((phrase) => {
      const resolved = resolver.resolve(phrase);
      return resolved.kind === 'none' || (resolved.kind === 'intent' && resolved.name === 'AMAZON.FallbackIntent');
    });
    expect(unreached).toEqual([]);
    for (const topic of ['reminders', 'forget everything about me', 'SKILL_DISABLED', 'not medical advice', 'resume']) expect(instructions).toContain(topic);
  });
});

describe('the invocation name, by the ASK rules', () => {
  it.each(SUPPORTED_LOCALES)("%s: the locale's invocation name meets them", (locale) => {
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

  it("refuses a name with the locale's own launch or connecting words", () => {
    expect(invocationNameProblems('öffne babymassage', 'de-DE')).toContain('no launch word ("öffne")');
    expect(invocationNameProblems('masaje para bebé', 'es-MX')).toContain('no connecting word ("para")');
    expect(invocationNameProblems('massage bébé', 'fr-FR')).toEqual([]);
  });

  it('takes a German compound as one word, and nowhere else', () => {
    expect(invocationNameProblems('babymassage', 'de-DE')).toEqual([]);
    expect(invocationNameProblems('babymassage', 'en-US')).toContain('two or more words (one only for a brand, or a German compound)');
  });
});

describe('the example phrases, by the ASK rules', () => {
  it.each(SUPPORTED_LOCALES)('%s: each resolves in the locale\'s model to what it promises', (locale) => {
    const model = loadModel(locale);
    const resolver = new Resolver(model, locale.split('-')[0]);
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
