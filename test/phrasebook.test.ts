import { VOCABULARY } from '../lambda/content/en/vocabulary';
import { SUPPORTED_LOCALES } from '../lambda/content/locales';
import { Resolver, loadModel } from '../tools/alexa/resolver';
import { PHRASEBOOK } from './phrasebook';

describe('the phrasebook', () => {
  it('holds at least 300 phrasings a parent might say', () => {
    expect(PHRASEBOOK.length).toBeGreaterThanOrEqual(300);
    expect(new Set(PHRASEBOOK.map(([phrase]) => phrase)).size).toBe(PHRASEBOOK.length);
  });
});

describe.each(SUPPORTED_LOCALES)('the phrasebook against the %s model', (locale) => {
  const resolver = new Resolver(loadModel(locale));
  const cases = PHRASEBOOK.map(([phrase, intent, slots]) => [phrase.replace('{nappy}', VOCABULARY[locale].nappy), intent, slots ?? {}] as const);

  it.each(cases)('"%s" reaches %s', (phrase, intent, slots) => {
    const resolved = resolver.resolve(phrase);
    const ids = resolved.kind === 'intent' ? Object.fromEntries(Object.entries(resolved.slots).map(([name, fill]) => [name, fill.id])) : {};
    expect({ intent: resolved.kind === 'intent' ? resolved.name : resolved.kind, slots: ids }).toEqual({ intent, slots });
  });
});
