import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { contentFor } from '../lambda/content';
import { SkillLogger } from '../lambda/logging/logger';
import { loadModel } from '../tools/alexa/resolver';
import { conversation } from './support/conversation';

/**
 * The models and the code agree: every intent Alexa can send from a model reaches a handler of its
 * own (never the unknown-intent catch-all), in every locale, and the parent hears that handler's answer,
 * not the line for words the skill did not understand.
 */
describe.each(SUPPORTED_LOCALES)('%s: every model intent has a handler', (locale) => {
  const intents = loadModel(locale).interactionModel.languageModel.intents.map((i) => i.name);
  const { phrases } = contentFor(locale);
  /** What the skill says to words it could not place, or when a handler failed. */
  const notUnderstood = new RegExp(`^(${[phrases.fallback, phrases.unknownRequest, phrases.error].map((line) => line.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})`);

  it.each(intents)('%s', async (name) => {
    const unhandled: unknown[] = [];
    const logger: SkillLogger = {
      info: () => undefined,
      warn: (message, attributes) => {
        if (message === 'Unhandled intent') unhandled.push(attributes);
      },
      error: (message, attributes) => {
        throw new Error(`${message}: ${JSON.stringify(attributes)}`);
      },
    };
    const talk = conversation({ locale, logger });
    await talk.send({ type: 'LaunchRequest' });
    const turn = await talk.send({ intent: name });
    expect(unhandled).toEqual([]);
    if (name === 'AMAZON.FallbackIntent') {
      // Its own handler's answer is the fallback line: what it must say.
      expect(turn.speech).toBe(phrases.fallback);
    } else {
      expect(turn.speech).toMatch(/\w/);
      expect(turn.speech).not.toMatch(notUnderstood);
    }
  });
});

it('the catch-all really does log an intent it does not know, and answers with the fallback line (so the test above can fail)', async () => {
  const warnings: string[] = [];
  const talk = conversation({
    locale: 'en-US',
    logger: { info: () => undefined, warn: (m) => warnings.push(m), error: () => undefined },
  });
  await talk.say('start baby massage');
  const turn = await talk.send({ intent: 'MadeUpIntent' });
  expect(warnings).toContain('Unhandled intent');
  expect(turn.speech).toBe(contentFor('en-US').phrases.fallback);
});
