import { Questions } from '../types';
import { classifiersFor, stems } from '../understand';
import * as understanding from './understanding';
import { Vocabulary } from './vocabulary';

/**
 * Answers to the questions parents ask aloud, graded by the evidence table in
 * the evidence grades in lambda/content/topics.ts and written in our own words:
 * - "research suggests" only for bonding, sleep, and weight gain in premature babies in hospital;
 * - elsewhere "some parents find", or plainly that there is little or no research;
 * - never that massage cures, treats or prevents anything;
 * - health answers end with the short not-medical-advice line (added by the handler).
 */
export function questions(words: Vocabulary): Questions {
  const asked: Questions = {
    benefits: {
      sleep: {
        evidence: 'research',
        health: true,
        sentences: [
          'Research suggests massage may help some babies sleep better.',
          'In one small study, a bedtime massage from their mothers helped babies settle into a day and night rhythm sooner.',
          'The studies are small, but a short, calm massage before bed is a gentle thing to try.',
        ],
      },
      bonding: {
        evidence: 'research',
        health: true,
        sentences: [
          'This is where research suggests massage helps most: it can bring you and your baby closer, with more eye contact, smiles and chat.',
          'Studies found mothers with low mood interacting more warmly with their babies, and fathers who massage feeling closer and less stressed.',
          'It is also simply calm time together, whoever is at home.',
        ],
      },
      relaxation: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Some parents find their baby is calmer and more settled after a massage.',
          'A few small studies saw stress hormones fall afterwards, but the evidence is limited.',
          'Your calm voice and touch are a big part of it.',
        ],
      },
      digestion: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Some parents find the clockwise tummy strokes and knees-up help a windy baby.',
          `Studies on colic are mixed: in one, massage helped no more than a gently vibrating ${words.cot}, and there is little research on constipation in babies.`,
          'The colic massage here takes about nine minutes; leave the tummy out straight after a feed.',
        ],
      },
      reflux: {
        evidence: 'none',
        health: true,
        sentences: [
          'Studies have not looked at massage for reflux, so there is nothing to say it helps.',
          'Spitting up is common and usually eases with time. Leave the tummy strokes until well after a feed, and try the legs or back instead.',
          'If your baby brings up a lot, seems in pain, or is not gaining weight, get it checked.',
        ],
      },
      teething: {
        evidence: 'none',
        health: true,
        sentences: [
          'There is little research on massage for teething or a blocked nose.',
          'Some parents find small circles along the jaw, or light strokes across the cheeks, soothing, and rubbing sore gums with a clean finger is a common comfort.',
        ],
      },
      breathing: {
        evidence: 'not-for-babies',
        health: true,
        sentences: [
          'The study people often mention was of children aged 4 to 14 with asthma, not babies, so it tells us nothing about infants.',
          "There is no research showing that massage changes a baby's breathing.",
        ],
      },
      immunity: {
        evidence: 'little',
        health: true,
        sentences: [
          'There is little research on this.',
          "One study of premature babies in hospital saw one kind of immune cell become more active, but those babies didn't get fewer infections.",
          "So it isn't something to count on massage for.",
        ],
      },
      brain: {
        evidence: 'little',
        health: true,
        sentences: [
          "There is little research on this, and studies have not shown that massage changes healthy babies' learning or development.",
          'A few small studies of premature babies saw faster brain maturation, which is far from proof.',
          'The talking, singing and eye contact that come with massage are lovely for any baby.',
        ],
      },
      growth: {
        evidence: 'research',
        health: true,
        sentences: [
          "For a baby born early, talk to your baby's care team before starting.",
          'Research suggests a possible benefit only for premature babies: in some hospital studies, massaged babies gained weight a little faster and went home sooner.',
          'For healthy babies at home, there is little research showing it changes growth or muscle tone.',
        ],
      },
      awareness: {
        evidence: 'none',
        health: false,
        sentences: [
          'There is no direct research on body awareness or coordination.',
          'But naming each part as you go, your leg, your toes, your tummy, makes massage a lovely time for play and first words.',
        ],
      },
      circulation: {
        evidence: 'none',
        health: true,
        sentences: [
          'There are no studies in babies showing that massage improves circulation or oxygen flow.',
          'It is best enjoyed for the closeness and calm it brings you both.',
        ],
      },
      autonomy: {
        evidence: 'value',
        health: false,
        sentences: [
          "Asking your baby's permission, and watching for their answer, is at the heart of infant massage.",
          'If your baby turns away or fusses, you stop, which shows them from the very start that their body is their own.',
          'It is a value, rather than a health claim.',
        ],
      },
    },

    safety: {
      'when-not': {
        evidence: 'practice',
        health: true,
        sentences: [
          'Skip the massage if your baby has a fever, seems unwell, or has a rash, broken skin or weeping eczema.',
          `Wait a couple of days after ${words.jabs}, avoid the time straight after a feed, and never massage a sleeping or very upset baby.`,
          `Leave out the tummy if they have diarrhoea, and check with ${words.healthProfessional} first after surgery or a broken bone, or if they have jaundice.`,
        ],
      },
      vaccinations: {
        evidence: 'practice',
        health: true,
        sentences: [
          `Wait at least 48 hours after ${words.jabs} before you massage, and keep away from the injection site until it has settled.`,
          `Massaging before ${words.jabs} is fine.`,
        ],
      },
      feeding: {
        evidence: 'practice',
        health: false,
        sentences: [
          "Wait about 45 minutes after a feed, so your baby's tummy can settle.",
          'A hungry baby will not enjoy it either, so aim for a calm, alert time between feeds.',
        ],
      },
      oil: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Oil is optional, and the research on oils is uncertain: in a large trial in Nepal, sunflower and mustard oil made little difference to the skin, and sunflower oil is the better studied.',
          'If you use one, choose an unscented plant oil, ideally cold-pressed and edible, since babies suck their hands, and try it on a small patch of skin first.',
          'Avoid nut oils, olive oil and warmed or hot oil, use no essential oils under six months, and wait until at least one month with a newborn.',
          "Never put oil in your baby's nose, mouth or ears, keep it off the face, and massage on the floor: an oily baby is slippery.",
        ],
      },
      'how-long': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Start with about five minutes, like the bedtime or newborn massage here, and build up to the full one, about twenty-eight minutes, if your baby enjoys it.',
          "You can stop at any point: follow your baby's cues.",
        ],
      },
      'how-often': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Once a day is plenty, if your baby enjoys it, and a few times a week is fine too.',
          'For a windy baby, the colic massage can be done two or three times a day for about two weeks.',
        ],
      },
      sleeping: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Let a sleeping baby sleep: massage needs them awake and calm, so they can tell you yes or no.',
          'If your baby drifts off during a massage, that is fine: stop there, and carry on another day.',
        ],
      },
      age: {
        evidence: 'practice',
        health: false,
        sentences: [
          "Gentle touch is fine from birth, and there's no age when you have to stop.",
          'Wait until at least one month before using oil. Many classes start at around four to six weeks.',
        ],
      },
      newborn: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Yes, gently. Keep it short for a newborn, about five or six minutes, with a feather-light touch, even through clothes or in your arms: the first massage here does just that.',
          'Newborns often guard their tummy, inner thighs and palms, so work around those at first, and avoid the umbilical stump until it has healed.',
          'Hold off on oil until at least one month.',
        ],
      },
      premature: {
        evidence: 'practice',
        health: true,
        sentences: [
          "For a baby born early, talk to your baby's care team first: massage usually starts around the due date.",
          'Until then, many premature babies prefer still, steady touch, like a hand resting on them, to stroking.',
        ],
      },
      crying: {
        evidence: 'practice',
        health: false,
        sentences: [
          'If your baby cries, turns away or arches, that is a no for now: stop, pick them up and comfort them.',
          'Try again another day, perhaps shorter, with a different pressure, or just the legs: say just the legs to start that one.',
          'Many babies take a few weeks to learn to enjoy it.',
        ],
      },
      others: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Yes. Dads, grandparents and other regular carers can all do it, and many find it a lovely way to get close.',
          'Older brothers and sisters can help too, with gentle strokes on the legs or back, with you right beside them.',
        ],
      },
      bath: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Either works. After a warm bath many babies are relaxed, and the towel is already to hand.',
          'Just make sure the room is warm.',
        ],
      },
      setting: {
        evidence: 'practice',
        health: false,
        sentences: [
          `A warm room without draughts, soft light, a towel on the floor, and a clean ${words.nappy} to hand.`,
          `Undress your baby down to the ${words.nappy}, or keep a ${words.vest} on if the room is cool or your baby is new.`,
          'Wash and warm your hands, keep your nails short, and take off rings and bracelets.',
        ],
      },
      pressure: {
        evidence: 'practice',
        health: true,
        sentences: [
          'No harm from gentle baby massage has been reported, and a soft but firm touch is better than a feathery one, which can tickle.',
          'A good guide: press on your own closed eyelid until it is just uncomfortable, then ease off, and go lighter still on the face.',
          'Never press on the soft spot on the head or on the spine, and keep off any injection site.',
        ],
      },
      hips: {
        evidence: 'practice',
        health: true,
        sentences: [
          "A baby's hips are still forming, so never pull or force the legs straight: let them bend up and out and stretch out by themselves.",
          'In the leg strokes, hold the leg loosely and glide, rather than pulling it.',
          'If your baby has hip dysplasia and wears a harness or a brace, ask the hip team before any leg strokes or movements, and keep to the rest.',
        ],
      },
      skin: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Dry patches are fine to massage around, with a little plain, unscented plant oil if your baby has no reaction to a patch test.',
          'Leave out any skin with a rash, open sores, bruises or weeping eczema, and massage the parts that are comfortable.',
          `If the eczema is flaring or you are unsure about a cream or oil, check with ${words.healthProfessional} first.`,
        ],
      },
      'soft-spot': {
        evidence: 'practice',
        health: true,
        sentences: [
          'The soft spot on top of the head is well protected, and a light touch will not hurt it, but never press on it.',
          'In the face strokes, keep to the forehead, the cheeks and around the ears, with a featherlight touch.',
        ],
      },
      hernia: {
        evidence: 'practice',
        health: true,
        sentences: [
          'With an umbilical hernia, take extra care on the tummy: keep the strokes light and go around the belly button, never pressing on it.',
          'Until the cord stump has fallen off and the area has healed, leave the belly button out altogether.',
          `If the bulge is hard, tender or changes colour, that needs ${words.healthProfessional} straight away, not massage.`,
        ],
      },
      'postnatal': {
        evidence: 'research',
        health: true,
        sentences: [
          "I'm sorry it's been hard. Research suggests baby massage classes can ease a mother's low mood a little and help parent and baby feel closer, though it is no substitute for care.",
          `If you've been feeling low or anxious for more than a couple of weeks, please talk to ${words.healthProfessional} or your doctor: it's common, and help works.`,
          'And be gentle with yourself: a few minutes of massage together is plenty.',
        ],
      },
    },

    benefitsOverview: {
      evidence: 'research',
      health: true,
      sentences: [
        'Research suggests the clearest benefit is closeness: massage can help you and your baby bond, and some studies found better sleep.',
        'In some hospital studies, premature babies gained weight a little faster.',
        'For other claims, like colic or the immune system, the evidence is thin.',
      ],
    },
    safetyOverview: {
      evidence: 'practice',
      health: true,
      sentences: [
        'Gentle baby massage is safe for most babies, and no harm has been reported in the research.',
        `Skip it if your baby is unwell, has a fever or a rash, or has had ${words.jabs} in the last two days, and never go further than your baby is happy with.`,
      ],
    },
    ...classifiersFor(understanding, stems, () => asked),
    unknownTopic: "I'm sorry, I don't have information on that.",
    topicList:
      'You can ask me about benefits, like sleep, bonding, colic, reflux or teething, ' +
      'and about safety, like oils, vaccinations, newborns, how long or how often to massage, or when not to.',
    notMedicalAdvice: `This isn't medical advice: ask ${words.healthProfessional}.`,
    carryOn: 'Shall we carry on with the massage?',
    carryOnVariants: ['Ready to carry on?', 'Shall we go back to the massage?'],
    startOffer: 'Would you like to start a massage?',
    routineOffer: 'Would you like to try {routine}?',
    topicNames: TOPIC_NAMES,
    nearestOffer: "I don't have an answer on exactly that. The nearest I have is on {topic}. Would you like that one?",
  };
  return asked;
}

/** What each topic is called in a sentence ("The nearest I have is on oils"). */
const TOPIC_NAMES: Questions['topicNames'] = {
  sleep: 'massage and sleep',
  bonding: 'massage and bonding',
  relaxation: 'massage and a calmer baby',
  digestion: 'massage for colic and wind',
  reflux: 'massage and reflux',
  teething: 'massage for teething',
  breathing: 'massage and breathing',
  immunity: 'massage and the immune system',
  brain: "massage and your baby's development",
  growth: 'massage and weight gain',
  awareness: 'massage and body awareness',
  circulation: 'massage and circulation',
  autonomy: 'asking your baby first',
  'when-not': 'when not to massage',
  vaccinations: 'massage and vaccinations',
  feeding: 'massage and feeds',
  oil: 'oils',
  'how-long': 'how long to massage',
  'how-often': 'how often to massage',
  sleeping: 'a sleepy or sleeping baby',
  age: 'what age to massage until',
  newborn: 'massaging a newborn',
  premature: 'premature babies',
  crying: 'a baby who cries or does not enjoy it',
  others: 'who else can massage',
  bath: 'massage and bath time',
  setting: 'getting the room and your hands ready',
  pressure: 'how firmly to press',
  hips: 'hips and hip dysplasia',
  skin: 'dry skin, rashes and eczema',
  'soft-spot': 'the soft spot',
  hernia: 'an umbilical hernia',
  postnatal: "a parent's mood after the birth",
};
