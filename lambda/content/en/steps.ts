import { StepScript, pause } from '../types';
import { strokes } from '../../lazy';
import { safetyLines } from './safety';
import { Vocabulary } from './vocabulary';

/**
 * Every step of every routine, once, by step id (routine/routines.ts says which routine uses which).
 *
 * Each script is spoken slowly (speech/ssml.ts) and most of its time is guided practice: short cues
 * with pauses long enough to do the stroke while the guide is quiet. Tummy strokes always go
 * clockwise as the parent looks down, said as the baby's right to the baby's left. Pressure is set by
 * the opening (gentle but firm; feather-light for newborns) and is lightest on the face. Facts come from
 * the team's infant-massage reference; the wording is our own.
 */
export function steps(words: Vocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);

  const openings: Record<string, StepScript> = {
    opening: {
      name: 'Getting ready',
      how: [
        check,
        setting,
        oil,
        'Gentle but firm pressure: a feathery touch tickles.',
      ],
      practice: [
        'Warm your hands, rubbing them where your baby can hear.',
        pause(8),
        'Show your hands, look into their eyes, and ask softly: may I give you a massage?',
        pause(10),
        'Watch for a yes: bright eyes, a smile, smooth wriggles.',
        pause(12),
        'Take a slow breath, and let your shoulders drop.',
        pause(12),
      ],
      watch: 'Crying, turning away or arching means not today: cuddle, and try another time.',
      returning: {
        how: [`${checkInBrief} Warm your hands.`, pause(4)],
        practice: ['Ask: may I give you a massage? Watch for a yes.', pause(7)],
        watch: '',
      },
    },

    // Just the face: no undressing and no oil, and the hands end on the head, ready for the first stroke.
    'face-opening': {
      name: 'Getting ready',
      how: [check, 'Baby on a towel or your lap, in a warm room; clothes can stay on. Short nails, no rings or bracelets.', 'No oil for the face: clean, dry, warm hands.'],
      practice: [
        'Show your hands, look into their eyes, and ask softly: may I give you a massage?',
        pause(10),
        'Watch for a yes: bright eyes, a smile, smooth wriggles.',
        pause(10),
        'Rest your palms softly on the sides of the head, never pressing the soft spot on top.',
        pause(6),
      ],
      watch: 'Crying, turning away or arching means not today: cuddle, and try another time.',
      returning: {
        how: [`${checkInBrief} Clean, dry hands, no oil.`, pause(2)],
        practice: ['Ask, watch for a yes, then rest your palms on the sides of the head.', pause(6)],
        watch: '',
      },
    },

    'colic-opening': {
      name: 'Getting ready for the colic massage',
      how: [
        check,
        'Some parents find these tummy strokes help with wind, though the research is mixed. They are done two or three times a day for about two weeks, ' +
          'and not while your baby is crying hard.',
        'Under about six weeks old, keep your touch feather-light and stop after one round, or choose the newborn massage instead.',
        `If the crying goes on, or something seems wrong, see ${words.healthProfessional}.`,
        setting,
        oil,
      ],
      practice: [
        'Warm your hands.',
        pause(6),
        'Ask your baby: may I give you a massage? Watch for a yes.',
        pause(10),
        'Take a slow breath, and let your shoulders drop.',
        pause(10),
      ],
      connect: 'Talk softly all the way through.',
      watch: 'Stay below the ribs, and keep off the belly button until it has healed.',
      returning: {
        how: [`${checkInBrief} Warm your hands.`, pause(2)],
        practice: ['Ask, and watch for a yes. Not while your baby is crying hard.', pause(6)],
        watch: '',
      },
    },

    'bedtime-opening': {
      name: 'Getting ready',
      how: [
        check,
        'Dim the lights, and keep your voice low. Baby on a towel in a warm room. Short nails, no rings.',
        oil,
      ],
      practice: [
        'Warm your hands.',
        pause(6),
        'Ask quietly: may I give you a massage?',
        pause(8),
        'Now turn your baby onto their tummy on the towel, one hand on them all the time. Rest one hand on the back, and one on the head.',
        pause(12),
      ],
      connect: 'Hum something slow.',
      watch: 'If your baby is already asleep, let them sleep: no massage needed.',
      returning: {
        how: [`${checkInBrief} Lights low.`, pause(2)],
        practice: ['Ask quietly, turn your baby over, and rest your hands on the back.', pause(5)],
        watch: '',
      },
    },

    'newborn-opening': {
      name: 'Getting ready',
      how: [
        check,
        'If your baby looks yellow, ask your midwife or doctor before massaging.',
        `A warm room, baby on a towel or your lap, in a ${words.vest} or just a ${words.nappy}. Short nails, no rings.`,
        'A few minutes is plenty, feather-light. No oil until at least one month, and keep clear of the belly button stump.',
        'Newborns guard the tummy, inner thighs and palms, so we stay with the lower legs and feet.',
      ],
      practice: ['Warm your hands.', pause(8), 'Show your baby your hands, and ask softly: may I give you a massage?', pause(10), 'Rest your hands on the legs.', pause(10)],
      connect: 'Your voice is the best part for a newborn: keep talking.',
      watch: 'Newborns tire fast. A yawn, hiccups or looking away means stop and cuddle.',
      returning: {
        how: [`${checkInBrief} Feather-light, no oil yet.`, pause(2)],
        practice: ['Ask, and rest your hands on the legs.', pause(6)],
        watch: 'A yawn, hiccups or looking away means stop and cuddle.',
      },
    },
  };
  return withStrokes(openings, () => strokes().strokes(words));
}

/**
 * The openings, with every other step's words behind them: those come from the strokes chunk the first
 * time one is read (a launch says only an opening), so a cold start neither parses nor builds them.
 */
function withStrokes(openings: Record<string, StepScript>, load: () => Record<string, StepScript>): Record<string, StepScript> {
  let every: Record<string, StepScript> | undefined;
  const all = () => (every ??= { ...openings, ...load() });
  return new Proxy(openings, {
    get: (target, key) => (typeof key !== 'string' ? undefined : (target[key] ?? all()[key])),
    has: (_target, key) => key in all(),
    ownKeys: () => Reflect.ownKeys(all()),
    getOwnPropertyDescriptor: (_target, key) => Object.getOwnPropertyDescriptor(all(), key),
  });
}
