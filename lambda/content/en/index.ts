import { SupportedLocale } from '../../intents';
import { Content } from '../types';
import { phrases } from './phrases';
import { questions } from './questions';
import { steps } from './steps';
import { Vocabulary } from './vocabulary';

/** English content, with the locale's own words (nappy or diaper) filled in. */
export function english(locale: SupportedLocale, words: Vocabulary): Content {
  return {
    locale,
    parts: {
      opening: 'the opening',
      legs: 'the legs and feet',
      tummy: 'the tummy',
      chest: 'the chest',
      arms: 'the arms and hands',
      face: 'the face',
      back: 'the back',
      movements: 'the gentle movements',
      closing: 'the closing cuddle',
    },
    partIntro: 'Now, {part}.',
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    steps: steps(words),
    phrases: phrases(),
    questions: questions(),
  };
}
