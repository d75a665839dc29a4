import { EnglishLocale } from '../locales';
import { Content, pause } from '../types';
import { phrases } from './phrases';
import { answers, companion as companionChunk } from '../../lazy';
import { steps } from './steps';
import { Vocabulary } from './vocabulary';

/** English content, with the locale's own words (nappy or diaper, cot or crib) filled in. */
export function english(locale: EnglishLocale, words: Vocabulary): Content {
  let questions: Content['questions'] | undefined;
  let companion: Content['companion'] | undefined;
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
    partStart: {
      legs: ['Rest your warm hands on the legs for a moment.', pause(4)],
      tummy: [
        'Under about six weeks old, keep the tummy feather-light, or use the newborn massage instead.',
        'Rest your hands still on the tummy, and let your baby settle.',
        pause(6),
      ],
      chest: ['Rest your hands on the chest, and feel it rise and fall.', pause(4)],
      arms: ['Rest your hands on the arms for a moment.', pause(3)],
      face: [
        'Wipe the oil off your hands first: none on the face. Rest your palms softly on the sides of the head, and never press the soft spot on top.',
        pause(4),
      ],
      back: [
        'Turn your baby onto their tummy on the towel, supporting the head, with a hand on them all the time. An oiled baby stays on the towel: your lap only without oil. Rest your hands on the back.',
        pause(4),
      ],
      movements: ['Roll your baby onto their back again, supporting the head, and hold their feet for a moment.', pause(3)],
    },
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    yourTurnSound: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_neutral_response_01',
    steps: steps(words),
    counts: {
      'six-each-hand': 'Six times with each hand.',
      'about-six': 'About six times.',
    },
    routines: {
      full: { label: 'Full', name: 'the full massage', intro: 'The full massage goes from the legs to the back, in about twenty-eight minutes.' },
      colic: {
        label: 'Colic',
        name: 'the colic massage',
        intro: "Here's the colic massage: tummy strokes for wind, three rounds, about nine minutes.",
        introFirstTime: "Here's the colic massage: tummy strokes for wind, three rounds, about nine minutes, ten this first time.",
      },
      bedtime: { label: 'Bedtime', name: 'the bedtime wind-down', intro: "Here's a bedtime wind-down: slow, quiet back strokes, about five minutes." },
      newborn: { label: 'Newborn', name: 'the first massage', intro: "Here's a first massage for a newborn: legs and feet, about six minutes." },
      quick: {
        label: 'Quick',
        name: 'the quick massage',
        intro: "Here's a quick massage: legs, tummy and back, about seven minutes.",
        introFirstTime: "Here's a quick massage: legs, tummy and back, about seven minutes, nine this first time.",
      },
      'just-legs': {
        label: 'Legs',
        name: 'the legs massage',
        intro: 'Just the legs and feet, then: about eleven minutes.',
        introFirstTime: 'Just the legs and feet, then: about eleven minutes, twelve this first time.',
      },
      'just-tummy': {
        label: 'Tummy',
        name: 'the tummy massage',
        intro: 'Just the tummy, then: about eight minutes.',
      },
      'just-arms': {
        label: 'Arms',
        name: 'the arms massage',
        intro: 'Just the arms and hands, then: about six minutes.',
        introFirstTime: 'Just the arms and hands, then: about six minutes, seven this first time.',
      },
      'just-face': {
        label: 'Face',
        name: 'the face massage',
        intro: 'Just the face, then: about six minutes.',
        introFirstTime: 'Just the face, then: about six minutes, seven this first time.',
      },
      'just-back': {
        label: 'Back',
        name: 'the back massage',
        intro: 'Just the back, then: about six minutes.',
        introFirstTime: 'Just the back, then: about six minutes, seven this first time.',
      },
      'lesson-1': {
        label: 'Lesson 1',
        name: 'lesson one, the legs and feet',
        intro: 'Lesson one: the legs and feet, and how to begin, in about fourteen minutes.',
        homework: 'Practise the legs once a day this week, when your baby is calm and awake. Next week, lesson two: the tummy.',
      },
      'lesson-2': {
        label: 'Lesson 2',
        name: 'lesson two, the tummy',
        intro: 'Lesson two: the legs again in brief, then the tummy, in about eleven minutes.',
        homework: 'This week, practise the legs and the tummy together. Next week, lesson three: the chest, arms and hands.',
      },
      'lesson-3': {
        label: 'Lesson 3',
        name: 'lesson three, the chest, arms and hands',
        intro: 'Lesson three: the legs and tummy in brief, then the chest, arms and hands, in about thirteen minutes.',
        homework: 'This week, add the chest and arms after the tummy whenever your baby is happy to go on. Next week, lesson four: the face and back.',
      },
      'lesson-4': {
        label: 'Lesson 4',
        name: 'lesson four, the face and back',
        intro: 'Lesson four: the face and the back, in about twelve minutes.',
        homework: 'This week, try the face and back on their own, or after the rest when your baby is enjoying it. Next week, lesson five: the whole massage.',
      },
      'lesson-5': {
        label: 'Lesson 5',
        name: 'lesson five, the whole massage',
        intro: 'Lesson five: the whole massage in order, and the gentle movements to finish, in about fourteen minutes.',
        homework: "That's the course done: you know the whole massage now. Say start baby massage whenever you like, and I'll guide you through it.",
      },
    },
    screen: {
      back: 'Back',
      repeat: 'Repeat',
      pause: 'Pause',
      resume: 'Resume',
      next: 'Next',
      start: 'Start',
      startOver: 'Start over',
      carryOn: 'Carry on',
      startFresh: 'Start fresh',
      startAgain: 'Start again',
      routinesHeading: 'Which massage?',
      routinesHint: 'Touch one to start, or say its name.',
      routineMinutes: '{minutes} min',
      progress: 'Step {n} of {total} · about {minutes} min left',
      playingProgress: 'Step {n} of {total} · playing through',
      paused: 'Paused',
      finished: 'All done',
      answer: 'Baby massage',
      answerHeading: 'Your question',
      help: 'Baby massage',
      helpHeading: 'You can say',
      helpLines: ['"Next" · "Repeat" · "Go back"', '"Pause" · "Resume" · "Start over"', '"Go to the tummy" · "Skip this part"', '"How much is left?"', '"What oil should I use?"'],
      playing: 'Playing',
    },
    phrases: phrases(words),
    // Built on the first question, not on every cold start's first request.
    get questions() {
      return (questions ??= answers().questions(words));
    },
    get companion() {
      return (companion ??= companionChunk().companionWords());
    },
  };
}
