import { VOCABULARY } from '../lambda/content/en/vocabulary';
import { ENGLISH_LOCALES } from '../lambda/content/locales';
import { Resolver, loadModel } from '../tools/alexa/resolver';
import { PHRASEBOOK } from './phrasebook';
import { measure, readPhrasings } from '../tools/understanding/measure';

/** The phrasebook's second part, in the meaning format (test/understanding/phrasebook.txt). */
const MORE = readPhrasings('phrasebook.txt');

describe('the phrasebook', () => {
  it('holds at least 800 phrasings a parent might say, each once', () => {
    const phrases = [...PHRASEBOOK.map(([phrase]) => phrase), ...MORE.map(({ phrase }) => phrase)];
    expect(phrases.length).toBeGreaterThanOrEqual(800);
    expect(new Set(phrases).size).toBe(phrases.length);
  });
});

describe.each(ENGLISH_LOCALES)('the phrasebook against the %s model', (locale) => {
  const resolver = new Resolver(loadModel(locale));
  const cases = PHRASEBOOK.map(([phrase, intent, slots]) => [phrase.replace('{nappy}', VOCABULARY[locale].nappy), intent, slots ?? {}] as const);

  it.each(cases)('"%s" reaches %s', (phrase, intent, slots) => {
    const resolved = resolver.resolve(phrase);
    const ids = resolved.kind === 'intent' ? Object.fromEntries(Object.entries(resolved.slots).map(([name, fill]) => [name, fill.id])) : {};
    expect({ intent: resolved.kind === 'intent' ? resolved.name : resolved.kind, slots: ids }).toEqual({ intent, slots });
  });
});

describe.each(ENGLISH_LOCALES)('the phrasebook in its own words against the %s model', (locale) => {
  it('every phrasing reaches its meaning: the intent and slot, the question topic or the kind of statement (through the classifier)', () => {
    const { missed } = measure(MORE.map((phrasing) => ({ ...phrasing, locale })));
    expect(missed.map(({ phrasing, got }) => `${phrasing.phrase} -> ${got.join(', ') || 'nothing'} (want ${phrasing.meaning})`)).toEqual([]);
  });
});
