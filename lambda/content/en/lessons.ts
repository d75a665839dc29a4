import { Line, StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { Vocabulary } from './vocabulary';

/**
 * The course's own words (routine/lessons.ts): each lesson's opening, its reviews and practice passes,
 * and what a lesson adds the first time it teaches a stroke. Part of the strokes chunk (lambda/lazy):
 * a lesson is never a cold start's first request.
 */
export function lessonSteps(words: Vocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);
  const ask = 'Warm your hands, show them to your baby, and ask: may I give you a massage?';
  const returning = (extra: string): StepScript['returning'] => ({
    how: [`${checkInBrief} ${extra}`, pause(2)],
    practice: ['Breathe out slowly, warm your hands, and ask: may I give you a massage?', pause(9)],
    watch: '',
  });
  const called = (name: string, how: string, watch: string): StepScript => ({ name, how: [how], practice: [], watch });
  /** The opening of lessons two to five: the full check for a first-timer, what today brings, the asking. */
  const later = (today: string, watch: string, todayInBrief = today): StepScript => ({
    name: 'Getting ready',
    how: [check, setting, oil, today],
    practice: ['Let your shoulders drop, and breathe out slowly.', pause(8), ask, pause(10), 'Watch for a yes.', pause(6)],
    watch,
    returning: returning(todayInBrief),
  });

  return {
    // Week one teaches the beginning itself: relaxing, asking, and reading the answer. Always in full.
    'lesson-1-opening': {
      name: 'Welcome to the course',
      how: [
        "Over five lessons, one a week if you like, you'll learn the whole massage a part at a time, and practise at home in between.",
        check,
        setting,
        oil,
        'Today: how to begin, then the legs and feet. Babies are used to being touched there, so it is the easiest place to start.',
      ],
      practice: [
        'First, relax yourself. Let your shoulders drop, and breathe out slowly.',
        pause(8),
        'Rub a little oil between your hands, where your baby can hear it.',
        pause(6),
        'Now ask. Show your open hands, look into their eyes, and say softly: may I give you a massage?',
        pause(9),
        'A yes looks like bright eyes, reaching, smooth wriggles. Turning away, crying or arching means not now.',
        pause(8),
        'Rest your warm hands on the legs, and keep breathing slowly.',
        pause(8),
      ],
      watch: 'Ask every time, even while your baby is tiny: the asking is part of the massage.',
    },

    'lesson-2-opening': later('Today: the legs in brief, then the tummy.', "If your baby isn't in the mood today, a cuddle is fine. There's always tomorrow."),
    'lesson-3-opening': later('Today: the legs and tummy in brief, then the chest, arms and hands.', 'Arms are often held tight at first. That is normal: we go slowly.'),
    'lesson-4-opening': later(
      'Have a cloth to wipe your hands before the face. Today: the face, then the back.',
      'Some babies love the face strokes and some do not: both are fine.',
      'A cloth for your hands. Today: the face, then the back.',
    ),
    'lesson-5-opening': later(
      'Today: the whole massage in order, each stroke by name, and the gentle movements to finish.',
      'The whole massage is a lot for some babies. Stopping part-way is always fine.',
      'Today: the whole massage, and the gentle movements to finish.',
    ),

    'legs-review': called('The legs in brief', "Last week's leg strokes: each one on one leg, then the other. I will call them.", 'If your baby is restless, say skip this part.'),
    'tummy-review': called('The tummy in brief', 'The tummy strokes, clockwise and light. I will call them.', 'A tense tummy or a frown means lighter, or leave it for today.'),
    'tummy-practice': {
      ...called('Practice pass', 'Now the three tummy strokes again, in order, without the explanations. I will call each one.', 'A hard, tense tummy or crying means stop, and cuddle.'),
      connect: 'Sing or hum softly as you go.',
    },
    'face-practice': called('Practice pass', 'Both face strokes again, softly, without the explanations. I will call them.', 'If your baby turns away, leave the face for another day.'),
    'back-practice': called('Practice pass', 'Both back strokes again, without the explanations. I will call them.', 'Keep a hand on your baby all the time.'),
    'whole-legs': called('The whole massage', 'From here, the whole massage in order, each stroke by name: first the legs and feet, one leg then the other.', 'Follow your baby: skip a part any time by saying skip this part.'),
    'whole-tummy': called('The tummy', 'The tummy strokes, clockwise and light. I will call them.', 'A tense tummy means lighter, or move on.'),
    'whole-chest-and-arms': called('Chest, arms and hands', 'The open book, then the arm and hand strokes, one arm then the other.', 'If an arm is held tight, jiggle it softly and say relax.'),
    'whole-face': called('The face', 'Wipe your hands. The face strokes, feather-light. I will call them.', 'Turning away means leave the face for today.'),
    'whole-back': called('The back', 'The back strokes, with a hand on your baby all the time. I will call them.', 'If your baby lifts their head and frets, turn them back and cuddle.'),
  };
}

/**
 * What a lesson says the first time it teaches each stroke (RoutineStep.teach), after the usual how-to:
 * why it is done, and what the hands should feel. Claims stay with what the reference supports.
 */
export const TEACHING: Readonly<Record<string, readonly Line[]>> = {
  'leg-indian-milking': ['Indian milking moves away from the body, towards the feet. Let your whole hand touch: palm and fingers, not fingertips.'],
  'leg-hug-and-glide': ['Hug and glide is a soft wringing. The twist is tiny: think of turning a tap, not wringing out a cloth.'],
  'foot-sole': ['Feet are often the favourite part. Your thumbs stay flat and walk one after the other, like little steps.'],
  'foot-top-and-ankle': ['On the top of the foot, your thumbs press lightly, never pushing the toes back. The small circles round the ankle bone are tiny.'],
  'leg-swedish-milking': ['Swedish milking goes the other way, from the foot up to the thigh. It finishes the leg with a long, calm stroke.'],
  'legs-integration': ['This joins the strokes together, so the legs feel like one whole. It is a good way to finish the legs every time.'],
  'tummy-water-wheel': ['Your hands paddle one after the other, like a water wheel, always down and away from the ribs. Keep below the ribs and clear of the belly button if it is still healing.'],
  'tummy-sun-and-moon': ['The sun is a full circle with one hand; the moon is a half circle with the other. Clockwise, as every tummy stroke goes.'],
  'tummy-i-love-you': ['Say the words as you draw the letters: I, L, then an upside-down U. Babies come to know them.'],
  'chest-open-book': ['Your flat hands open outwards, like turning the pages of a book, and come back round in a heart shape. Use no more pressure than on the tummy.'],
  'arm-milking': ['Arms are often held close to the body. Never pull them straight: if an arm stays bent, stroke it as it is.'],
  'hand-palm-and-fingers': ['Babies often grip a finger: that is fine. Open the hand only if it opens easily.'],
  'face-forehead-and-nose': ['Your thumbs do the work, feather-light. Many babies close their eyes here.'],
  'face-smile-and-jaw': ['Some parents use these small jaw circles when a baby is teething. Keep your touch very light.'],
  'back-back-and-forth': ['Your hands move in opposite directions across the back, like sanding a plank, slowly. Never press on the spine.'],
  'back-circles-and-combing': ['The circles go either side of the spine, never on it. The combing is the lightest touch of the whole massage.'],
  'gentle-movements': ['These are play, not exercise. Go only as far as your baby moves easily, and stop at any resistance.'],
};
