import { getIntentName } from 'ask-sdk-core';
import { IntentName } from '../lambda/alexa/intents';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { SkillLogger } from '../lambda/logging/logger';
import { loadModel } from '../tools/alexa/resolver';
import { conversation } from './support/conversation';

/**
 * The models and the code agree: every intent Alexa can send from a model reaches a handler of its
 * own (never the unknown-intent catch-all), in every locale.
 */
describe.each(SUPPORTED_LOCALES)('%s: every model intent has a handler', (locale) => {
  const intents = loadModel(locale).interactionModel.languageModel.intents.map((i) => i.name);

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
    await talk.say('start baby massage');
    const turn = await talk.send({ intent: name });
    expect(getIntentName(turn.request!)).toBe(name);
    expect(unhandled).toEqual([]);
    expect(turn.speech.length + (turn.ended ? 1 : 0)).toBeGreaterThan(0);
  });
});

it('the catch-all really does log an intent it does not know (so the test above can fail)', async () => {
  const warnings: string[] = [];
  const talk = conversation({
    locale: 'en-US',
    logger: { info: () => undefined, warn: (m) => warnings.push(m), error: () => undefined },
  });
  await talk.say('start baby massage');
  await talk.send({ intent: 'MadeUpIntent' });
  expect(warnings).toContain('Unhandled intent');
  expect(Object.values(IntentName)).not.toContain('MadeUpIntent');
});
