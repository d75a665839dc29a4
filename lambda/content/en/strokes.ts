import { StepScript, pause } from '../types';
import { slowCount } from './count';
import { TEACHING, lessonSteps } from './lessons';
import { Vocabulary } from './vocabulary';

/**
 * Every step after the openings, by step id (content/en/steps.ts has the openings and the rules every
 * script follows). A lazy chunk of its own (lambda/lazy): a launch never needs it.
 */
export function strokes(words: Vocabulary): Record<string, StepScript> {
  return { ...withTeaching(massageStrokes(words)), ...lessonSteps(words) };
}

/** The strokes of the massages, each with what a lesson adds when it teaches it. */
function withTeaching(scripts: Record<string, StepScript>): Record<string, StepScript> {
  return Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, TEACHING[id] ? { ...script, teach: TEACHING[id] } : script]));
}

function massageStrokes(words: Vocabulary): Record<string, StepScript> {
  const cuddle: StepScript = {
    name: 'The closing cuddle',
    how: ['Gather your baby into your arms, skin to skin if you like.'],
    practice: ['Breathe slowly, together.', pause(10), 'Feel how warm and relaxed they are.', pause(10), 'Just hold them.', pause(10)],
    connect: 'Thank your baby for the massage.',
    watch: 'Your baby may want a feed or a nap now. Follow their lead.',
  };

  return {
    'leg-indian-milking': {
      name: 'Indian milking',
      how: [
        'Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot.',
        'Then swap hands, like pulling a rope.',
      ],
      times: 'About three times.',
      practice: ['Thigh, down to the foot.', pause(10), 'Swap hands, and down.', pause(10), 'Once more, slow and smooth.', pause(9)],
      connect: 'Tell your baby: this is your leg.',
      watch: 'If the leg is stiff, hold it still, jiggle it softly, and say relax.',
    },

    // The newborn's Indian milking: newborns guard the inner thighs, so the hands stay outside and below.
    'newborn-leg-milking': {
      name: 'Indian milking',
      how: [
        'Start with one leg. Hold the ankle, lay your other hand along the outside of the thigh, and glide down to the foot. Keep to the outer thigh and below.',
        'Then swap hands, like pulling a rope.',
      ],
      times: 'About three times.',
      practice: ['Outer thigh, down to the foot.', pause(10), 'Swap hands, and down.', pause(10), 'Once more, slow and smooth.', pause(9)],
      connect: 'Tell your baby: this is your leg.',
      watch: 'If the leg is stiff, hold it still, jiggle it softly, and say relax.',
    },

    'leg-hug-and-glide': {
      name: 'Hug and glide',
      how: [
        'Wrap both hands round the top of the thigh. Squeeze gently and twist your hands a little in opposite directions as you slide down to the ankle.',
        'Go extra softly round the knee.',
      ],
      times: 'About three times.',
      practice: ['Hug, twist, and glide.', pause(10), 'Back to the top, and again.', pause(10), 'Once more, to the ankle.', pause(9)],
      connect: 'A gentle song fits well here.',
      watch: "Watch your baby's face as you go: a frown means lighter.",
    },

    'foot-sole': {
      name: 'Thumb over thumb, and toe roll',
      how: [
        'Hold the foot. With your thumbs taking turns, stroke the sole from the heel up to the toes.',
        'Then roll each toe between your thumb and finger, and let it slip off.',
      ],
      times: 'Three strokes, then each toe once.',
      practice: ['Thumb over thumb, heel to toes.', pause(11), 'Now each little toe, from the big one.', pause(15)],
      connect: 'Try a toe rhyme, like this little piggy.',
      watch: 'If the toes curl, slow down and let them relax.',
    },

    'foot-top-and-ankle': {
      name: 'Thumb presses, top of the foot, and ankle',
      how: [
        'Make small thumb presses all over the sole and the ball of the foot.',
        'Then stroke the top of the foot from the ankle to the toes, and circle the ankle bone with your fingertips.',
      ],
      times: 'A few of each.',
      practice: ['Little presses, all over the sole.', pause(10), 'Top of the foot, ankle to toes.', pause(9), 'Small ankle circles.', pause(9)],
      connect: 'Count the presses out loud.',
      watch: 'If your baby pulls the foot away, let it go, and come back gently.',
    },

    'leg-swedish-milking': {
      name: 'Swedish milking, and rolling',
      how: [
        'Now glide the other way, from the ankle up to the hip, hand over hand.',
        'Then roll the leg loosely between flat palms, from thigh to ankle.',
      ],
      times: 'Three times each.',
      practice: ['Ankle up to the hip.', pause(10), 'And again.', pause(8), 'Now roll, thigh to ankle.', pause(10), 'Once more, nice and loose.', pause(8)],
      connect: 'Tell your baby how strong their legs are.',
      watch: 'Never pull or twist the knee. If the leg tenses, just rest your hand.',
    },

    'other-leg': {
      name: 'The other leg',
      how: ['The same strokes on the other leg. I will call each one.'],
      practice: ['Rest your hand on it.', pause(4)],
      connect: 'Name each part: thigh, knee, ankle, toes.',
      watch: 'If your baby gets restless, just say skip this part.',
    },

    'other-leg-one-stroke': {
      name: 'The other leg',
      how: ['The same stroke on the other leg. I will call it.'],
      practice: ['Rest your hand on it.', pause(4)],
      connect: 'Name each part: thigh, knee, ankle, toes.',
      watch: 'If your baby gets restless, just say skip this part.',
    },

    'legs-integration': {
      name: 'Bottom circles and the long sweep',
      how: [
        "Slide your hands under your baby's bottom, and make slow circles.",
        'Then sweep both hands from the hips down both legs to the feet, in one long stroke.',
      ],
      times: 'A few circles, then three sweeps.',
      practice: ['Slow circles.', pause(10), 'Long sweep, to the feet.', pause(8), 'Again.', pause(8), 'And one more.', pause(6)],
      connect: 'Tell your baby: legs all done.',
      watch: 'If the skin goes red, pale or blotchy, or the fists clench, that is enough for now: wrap your baby up warm.',
    },

    'tummy-water-wheel': {
      name: 'Water wheel',
      how: [
        'Not straight after a feed, and keep off the belly button until it has healed.',
        'Stay below the ribs. Hands like paddles, one after the other, scoop gently down from under the ribs to the lower tummy.',
      ],
      times: 'About six times.',
      practice: ['Paddle, and paddle.', pause(10), 'Nice and slow.', pause(10), 'Hand after hand.', pause(10)],
      connect: 'Talk softly: here is your tummy.',
      watch: 'If the tummy tenses, rest your hands still until it softens.',
    },

    'knees-up': {
      name: 'Knees up',
      how: ["Hold both lower legs, and press the knees gently up towards the tummy. Hold them there for a slow count of six, then stretch the legs out."],
      practice: ['Knees up, and hold.', ...slowCount(6), 'And stretch out.', pause(5)],
      watch: 'Never push past where your baby is comfortable.',
    },

    'tummy-sun-and-moon': {
      name: 'Sun and moon',
      how: [
        "Clockwise as you look down: up your baby's right side, across, and down their left.",
        'One hand circles all the way round: the sun. The other follows with a half circle, from about ten to five o\'clock: the moon.',
      ],
      times: 'About six times.',
      practice: ['Circle, and moon.', pause(11), 'Circle, and moon.', pause(11), 'Slow and steady.', pause(10)],
      connect: 'Hum a slow tune as you go round.',
      watch: 'Hiccups or spitting up mean the tummy has had enough: stop there and cuddle.',
    },

    'tummy-i-love-you': {
      name: 'I love you',
      how: [
        "Trace three letters on the tummy. I: straight down your baby's left side.",
        "L: across under the ribs from your baby's right to their left, then down.",
        "U: up your baby's right side, across, and down the left.",
      ],
      times: 'Twice through.',
      practice: ['I.', pause(5), 'Love.', pause(6), 'You.', pause(6), 'And again. I, love, you.', pause(15)],
      connect: 'Say the words as you trace them.',
      watch: 'If your baby passes wind, that is normal. Carry on gently.',
    },

    'chest-open-book': {
      name: 'Open book and butterfly',
      how: [
        'Hands flat together mid-chest. Glide out along the ribs and round, like a heart.',
        'Butterfly: one hand at a time, from the side of the ribs to the opposite shoulder, and back.',
      ],
      times: 'Three of each.',
      practice: ['Open the book.', pause(10), 'And again.', pause(8), 'Butterfly, one side.', pause(9), 'And the other.', pause(9)],
      connect: "Look into your baby's eyes.",
      watch: 'A yawn or looking away means a break: rest your hands until your baby looks back.',
    },

    'arm-milking': {
      name: 'Pit stop and milking',
      how: [
        'Start with one arm: a few gentle strokes in the armpit.',
        'Then hold the wrist, and glide from the shoulder to the hand, hand over hand. Then hug and glide.',
      ],
      times: 'About three times each.',
      practice: ['Pit stop.', pause(6), 'Milking, shoulder to hand.', pause(10), 'And again.', pause(8), 'Hug and glide.', pause(10)],
      connect: 'Name it: your arm, your elbow, your hand.',
      watch: 'If the arm is held tight to the chest, bounce it gently and say relax. Never pull it straight.',
    },

    'hand-palm-and-fingers': {
      name: 'Palm, fingers and wrist',
      how: ['Open the hand with your thumbs, from the heel of the hand to the fingers. Roll each finger. Stroke the back of the hand, then circle the wrist.'],
      times: 'Three strokes, and each finger once.',
      practice: ['Open the palm.', pause(9), 'Each little finger.', pause(11), 'Back of the hand.', pause(8), 'Wrist circles.', pause(8)],
      connect: 'Count the fingers out loud.',
      watch: 'Clenched fists mean your baby is unsure: stroke the back of the hand, and let it open by itself.',
    },

    'other-arm': {
      name: 'The other arm',
      how: ['First finish this arm: glide up from the wrist to the shoulder, then roll it between your palms.'],
      practice: ['Up to the shoulder.', pause(9), 'And roll.', pause(8), 'Now the other arm. I will call the strokes.', pause(2)],
      after: ['Up to the shoulder, and roll.', pause(12)],
      connect: 'Sing as you go, if you like.',
      watch: "Wipe the oil off your baby's hands before they go in the mouth.",
    },

    'face-forehead-and-nose': {
      name: 'Forehead, eyebrows and cheeks',
      how: [
        'Your lightest touch here.',
        'Fingertips from the middle of the forehead out to the temples. Thumbs out along the eyebrows. Then from the top of the nose, down its sides and out across the cheeks.',
      ],
      times: 'Three times each.',
      practice: ['Forehead, out to the sides.', pause(9), 'Eyebrows.', pause(8), 'Nose, and cheeks.', pause(9), 'Once more, all three.', pause(11)],
      connect: 'Keep smiling. Your baby is watching you.',
      watch: 'Some babies love this and some do not. If your baby turns away, skip the face today.',
    },

    'face-smile-and-jaw': {
      name: 'Smile, jaw and ears',
      how: [
        'With your thumbs, draw a smile above the top lip, then below the bottom lip.',
        'Feather-light, tiny circles at the hinge of the jaw. Then stroke behind the ears, and under the chin.',
      ],
      times: 'Three times each.',
      practice: ['Smile on top.', pause(8), 'Smile below.', pause(8), 'Jaw circles.', pause(9), 'Ears, and chin.', pause(9)],
      connect: 'Smile back at your baby.',
      watch: 'If your baby turns away, that is enough of the face for today.',
    },

    'back-back-and-forth': {
      name: 'Back and forth',
      how: [
        'Keep talking: your baby cannot see you now.',
        'Hands across the back, moving back and forth in opposite directions, down to the bottom and up.',
        'Then swoop: one hand rests on the bottom, the other glides down from the neck.',
      ],
      times: 'Three times each.',
      practice: ['Back and forth, down.', pause(10), 'And up again.', pause(9), 'Swoop.', pause(8), 'And swoop.', pause(8)],
      connect: 'Keep talking, softly.',
      watch: 'If your baby struggles on their tummy, stop here and cuddle.',
    },

    'back-circles-and-combing': {
      name: 'Circles and combing',
      how: [
        'Small fingertip circles on either side of the spine, never on it, from the shoulders to the bottom.',
        'Then comb your fingertips lightly down the back and legs.',
      ],
      times: 'One pass of circles, then three combs.',
      practice: ['Small circles.', pause(11), 'On down the back.', pause(11), 'Now comb.', pause(8), 'Lighter.', pause(6), 'Light as a feather.', pause(6)],
      connect: 'A whispered song suits this part.',
      watch: 'If your baby grows sleepy, slow right down: that is a cue to finish soon.',
    },

    'gentle-movements': {
      name: 'Gentle movements',
      how: [
        'Slow and playful, never past what your baby wants.',
        'Cross the arms over the chest, then open them wide. Then bring one arm and the opposite leg to meet over the tummy, and open. Then the other arm and leg.',
      ],
      times: 'Three times each.',
      practice: [
        'Cross the arms, and open wide.',
        pause(10),
        'Arm to the opposite leg, and open. Then the other side.',
        pause(12),
        'Knees up, and hold.',
        ...slowCount(6),
        'Stretch out. Now bicycle the legs, slowly, then let them stretch out by themselves.',
        pause(11),
      ],
      connect: 'Make it a game: ready, steady, stretch.',
      watch: 'Never force or straighten the legs: if a limb resists, go with it, or leave it.',
    },

    'closing-cuddle': cuddle,

    // The colic massage's cuddle: a parent who came straight to the short opening hears the colic advice
    // here, once, where they would plan the next time (a first-timer heard it in the opening).
    'colic-closing': {
      ...cuddle,
      returning: {
        how: cuddle.how,
        practice: cuddle.practice,
        watch:
          'For wind, the colic massage is done two or three times a day for about two weeks. ' +
          `If the crying goes on, or something seems wrong, see ${words.healthProfessional}.`,
      },
    },

    'once-more': {
      name: 'One more time',
      how: ['The same strokes again, a little slower. I will call them.'],
      practice: [],
      watch: 'Stop whenever your baby has had enough.',
    },

    'colic-round-two': {
      name: 'Round two',
      how: ['The same four strokes again. I will call them.'],
      practice: [],
      watch: 'Some babies pass wind around now. Carry on gently, and stop when your baby has had enough.',
    },

    'colic-round-three': {
      name: 'Last round',
      how: ['The same four strokes, one last time. I will call them.'],
      practice: [],
      watch: 'Finish with your hands resting on the tummy.',
    },

    'bedtime-settle': {
      name: 'Settling',
      how: [`Keep one hand still on the back, and the other resting on the head. When your baby is drowsy, lay them down in their ${words.cot} on their back.`],
      practice: ['Still hands.', pause(15), 'Slow breaths.', pause(15), 'And rest.', pause(10)],
      watch: 'Good night.',
    },
  };
}
