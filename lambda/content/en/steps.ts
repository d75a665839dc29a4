import { pause } from '../../speech/ssml';
import { StepScript } from '../types';
import { Vocabulary } from './vocabulary';

/**
 * The full routine, step by step, in the IAIM order (see routine/routines.ts for the step ids).
 *
 * Each script is spoken slowly (speech/ssml.ts) with guided pauses in `practice`, so a parent can
 * massage along without looking at anything. Tummy strokes always go clockwise as the parent looks
 * down, said as the baby's right to the baby's left. Pressure: gentle but firm everywhere, lightest on
 * the face. Facts come from shared/reference/infant-massage.md; the wording is our own.
 */
export function steps(words: Vocabulary): Record<string, StepScript> {
  return {
    opening: {
      name: 'Getting ready',
      how: [
        'Choose a moment when your baby is calm and alert.',
        `Lay them on a towel on the floor in a warm room, undressed to their ${words.nappy}.`,
        'Rub your hands together to warm them, with a little oil if you like, where your baby can hear.',
        pause(6),
      ],
      practice: [
        'Show your baby your hands, look into their eyes, and ask softly: may I give you a massage?',
        pause(7),
        'Watch for a yes: bright eyes, a smile, smooth wriggles.',
        pause(6),
        'Now take a slow breath, and let your shoulders drop.',
        pause(9),
      ],
      connect: 'Keep talking or humming as we go.',
      watch: 'If your baby cries, turns away or arches, that is a no for today: cuddle them, and try later.',
    },

    'leg-indian-milking': {
      name: 'Indian milking',
      how: [
        'Rest your hands on the legs.',
        pause(3),
        'Start with one leg. Hold the ankle, wrap your other hand round the thigh, and glide down to the foot. Then swap hands, like pulling a rope.',
        'Soft but firm, never a tickle.',
      ],
      times: 'About three times.',
      practice: ['Thigh, down to the foot.', pause(4), 'Swap hands, and down.', pause(4), 'Once more, slow and smooth.', pause(4)],
      connect: 'Tell your baby: this is your leg.',
      watch: 'If the leg is stiff, hold it still, jiggle it softly, and say relax.',
    },

    'leg-hug-and-glide': {
      name: 'Hug and glide',
      how: [
        'Wrap both hands round the top of the thigh.',
        'Squeeze gently and twist your hands a little in opposite directions, as you slide down to the ankle.',
      ],
      times: 'About three times.',
      practice: ['Hug, twist, and glide.', pause(5), 'Back to the top, and again.', pause(5), 'Once more, to the ankle.', pause(4)],
      connect: 'A gentle song fits well here.',
      watch: "Go extra softly round the knee, and watch your baby's face.",
    },

    'foot-sole': {
      name: 'The sole of the foot',
      how: [
        'Hold the foot. With your thumbs, take turns stroking the sole from the heel up to the toes.',
        'Then make little thumb presses all over the sole.',
      ],
      times: 'Three strokes, then a few presses.',
      practice: ['Thumb over thumb, heel to toes.', pause(4), 'And again.', pause(4), 'Now little presses, all over.', pause(5)],
      connect: 'Count out loud as you go.',
      watch: 'If the toes curl, slow down and let them relax.',
    },

    'foot-top-and-ankle': {
      name: 'Toes, top of the foot, and ankle',
      how: [
        'Roll each toe between thumb and finger, and let it slip off.',
        'Stroke the top of the foot from ankle to toes, then circle the ankle bone with your fingertips.',
      ],
      times: 'Each toe once, then a few strokes and circles.',
      practice: ['Toes first, from the big one.', pause(8), 'Top of the foot.', pause(4), 'Little ankle circles.', pause(4)],
      connect: 'Try a toe rhyme, like this little piggy.',
      watch: 'If your baby pulls the foot away, let it go, and come back gently.',
    },

    'leg-swedish-milking': {
      name: 'Swedish milking, and rolling',
      how: [
        'Now glide the other way, from the ankle up to the hip, hand over hand.',
        'Then roll the leg loosely between flat palms, from thigh to ankle.',
      ],
      times: 'Three times each.',
      practice: ['Ankle up to the hip.', pause(4), 'And again.', pause(4), 'Now roll, thigh to ankle.', pause(4), 'Once more, nice and loose.', pause(4)],
      connect: 'Tell your baby how strong their legs are.',
      watch: 'Never pull or twist the knee. If the leg tenses, just rest your hand.',
    },

    'other-leg': {
      name: 'The other leg',
      how: ['The other leg gets the same strokes. I will call them, and you follow.'],
      times: 'About twice each.',
      practice: [
        'Rest your hand on it.',
        pause(3),
        'Indian milking.',
        pause(5),
        'Hug and glide.',
        pause(5),
        'Thumbs over the sole, and presses.',
        pause(6),
        'Toes, top of the foot, ankle circles.',
        pause(8),
        'Swedish milking.',
        pause(5),
        'And rolling.',
        pause(4),
      ],
      connect: 'Name each part: thigh, knee, ankle, toes.',
      watch: 'If your baby gets restless, skip ahead with next.',
    },

    'legs-integration': {
      name: 'Bottom circles and the long sweep',
      how: [
        "Slide your hands under your baby's bottom, and make slow circles.",
        'Then sweep both hands from the hips down both legs to the feet, in one long stroke.',
      ],
      times: 'A few circles, then three sweeps.',
      practice: ['Slow circles.', pause(5), 'Long sweep, to the feet.', pause(4), 'Again.', pause(4), 'And one more.', pause(4)],
      connect: 'Tell your baby: legs all done.',
      watch: 'Check your baby is warm enough. A towel over the legs helps.',
    },

    'tummy-water-wheel': {
      name: 'Water wheel',
      how: [
        'Rest your hands on the tummy, and breathe together.',
        pause(5),
        'Stay below the ribs. Hands like paddles, one after the other, scoop gently down from under the ribs to the lower tummy.',
      ],
      times: 'About six times.',
      practice: ['Paddle, and paddle.', pause(4), 'Nice and slow.', pause(4), 'Hand after hand.', pause(4)],
      connect: 'Talk softly: here is your tummy.',
      watch: 'Skip the tummy straight after a feed, and keep off the belly button until it has healed.',
    },

    'tummy-sun-and-moon': {
      name: 'Sun and moon',
      how: [
        "Always clockwise on the tummy: up your baby's right side, across, and down their left.",
        'One hand circles all the way round: the sun. The other follows with a half circle: the moon.',
      ],
      times: 'About six times.',
      practice: ['Circle, and moon.', pause(5), 'Circle, and moon.', pause(5), 'Slow and steady.', pause(5)],
      connect: 'Hum a slow tune as you go round.',
      watch: 'If your baby pulls up their knees and cries, stop, and hold them close.',
    },

    'tummy-i-love-you': {
      name: 'I love you',
      how: [
        "Trace three letters on the tummy. I: straight down your baby's left side.",
        "L: across under the ribs, from your baby's right to their left, then down.",
        "U: up your baby's right side, across, and down the left.",
      ],
      times: 'Twice through.',
      practice: ['I.', pause(3), 'Love.', pause(4), 'You.', pause(4), 'And again. I, love, you.', pause(9)],
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
      practice: ['Open the book.', pause(4), 'And again.', pause(4), 'Butterfly, one side.', pause(4), 'And the other.', pause(4)],
      connect: 'Look into your baby\'s eyes.',
      watch: 'If the arms stay folded over the chest, work around them.',
    },

    'arm-milking': {
      name: 'Pit stop and milking',
      how: [
        'Start with one arm: a few gentle strokes in the armpit.',
        'Then hold the wrist, and glide from shoulder to hand, hand over hand. Then hug and glide.',
      ],
      times: 'About three times each.',
      practice: ['Pit stop.', pause(3), 'Milking, shoulder to hand.', pause(5), 'And again.', pause(4), 'Hug and glide.', pause(5)],
      connect: 'Name it: your arm, your elbow, your hand.',
      watch: 'If the arm is held tight, bounce it gently and say relax. Never pull it straight.',
    },

    'hand-palm-and-fingers': {
      name: 'Palm, fingers and wrist',
      how: [
        'Open the hand with your thumbs, from the heel of the hand to the fingers.',
        'Roll each finger. Stroke the back of the hand, then circle the wrist.',
      ],
      times: 'Three strokes, and each finger once.',
      practice: ['Open the palm.', pause(4), 'Each little finger.', pause(6), 'Back of the hand.', pause(4), 'Wrist circles.', pause(4)],
      connect: 'Count the fingers out loud.',
      watch: 'If the fist stays closed, stroke the back of the hand and let it open by itself.',
    },

    'other-arm': {
      name: 'Finishing the arms',
      how: [
        'On this arm, glide up from wrist to shoulder, and roll it between your palms.',
        'Then the other arm. I will call the strokes.',
      ],
      times: 'About twice each.',
      practice: [
        'Up to the shoulder, and roll.',
        pause(5),
        'Now the other arm. Pit stop.',
        pause(3),
        'Milking, shoulder to hand.',
        pause(5),
        'Hug and glide.',
        pause(4),
        'Palm, fingers, wrist.',
        pause(8),
        'Up to the shoulder, and roll.',
        pause(5),
      ],
      connect: 'Sing as you go, if you like.',
      watch: "Wipe the oil off your baby's hands before they go in the mouth.",
    },

    'face-forehead-and-nose': {
      name: 'Forehead, eyebrows and cheeks',
      how: [
        'No oil on the face, and your lightest touch.',
        'Fingertips from the middle of the forehead out to the temples. Thumbs out along the eyebrows. Then up the nose, and out across the cheeks.',
      ],
      times: 'Three times each.',
      practice: ['Forehead, out to the sides.', pause(4), 'Eyebrows.', pause(4), 'Nose, and cheeks.', pause(4), 'Once more, all three.', pause(7)],
      connect: 'Keep smiling. Your baby is watching you.',
      watch: 'If your baby turns away, skip the face today.',
    },

    'face-smile-and-jaw': {
      name: 'Smile, jaw and ears',
      how: [
        'With your thumbs, draw a smile above the top lip, then below the bottom lip.',
        'Tiny circles at the hinge of the jaw. Then stroke behind the ears, and under the chin.',
      ],
      times: 'Three times each.',
      practice: ['Smile on top.', pause(4), 'Smile below.', pause(4), 'Jaw circles.', pause(4), 'Ears, and chin.', pause(4)],
      connect: 'Smile back at your baby.',
      watch: 'Keep the jaw circles feather light.',
    },

    'back-back-and-forth': {
      name: 'Back and forth',
      how: [
        'Turn your baby onto their tummy, on the towel or across your lap. Keep talking: they cannot see you.',
        'Hands across the back, moving back and forth in opposite directions, down to the bottom and up.',
        'Then swoop: one hand rests on the bottom, the other glides down from the neck.',
      ],
      times: 'Three times each.',
      practice: ['Back and forth, down.', pause(4), 'And up again.', pause(4), 'Swoop.', pause(4), 'And swoop.', pause(4)],
      connect: 'Keep up a gentle chat.',
      watch: 'If your baby struggles on their tummy, try your lap, or stop here.',
    },

    'back-circles-and-combing': {
      name: 'Circles and combing',
      how: [
        'Small fingertip circles on either side of the spine, never on it, from the shoulders to the bottom.',
        'Then comb your fingertips lightly down the back and legs.',
      ],
      times: 'One pass of circles, then three combs.',
      practice: ['Small circles.', pause(5), 'On down the back.', pause(5), 'Now comb.', pause(4), 'Lighter.', pause(4), 'Light as a feather.', pause(4)],
      connect: 'A whispered song suits this part.',
      watch: 'A sleepy baby now is a good sign.',
    },

    'gentle-movements': {
      name: 'Gentle movements',
      how: [
        'On their back again. Slow and playful, never past what your baby wants.',
        'Cross the arms over the chest, and open. Cross an arm with the opposite leg. Knees up to the tummy, hold, and stretch out. Then slow bicycling.',
      ],
      times: 'Three times each.',
      practice: [
        'Cross the arms, and open.',
        pause(5),
        'Arm and opposite leg.',
        pause(5),
        'Knees up, and hold, two, three, four, five, six. Stretch out.',
        pause(3),
        'Bicycle, slowly.',
        pause(6),
      ],
      connect: 'Make it a game: ready, steady, stretch.',
      watch: 'If a limb resists, go with it, or leave it.',
    },

    'closing-cuddle': {
      name: 'The closing cuddle',
      how: ['Gather your baby into your arms, skin to skin if you like.'],
      practice: ['Breathe slowly, together.', pause(6), 'Feel how warm and relaxed they are.', pause(6)],
      connect: 'Thank your baby for the massage.',
      watch: 'Your baby may want a feed or a nap now. Follow their lead.',
    },
  };
}
