import { IntentName, SlotName } from '../../lambda/alexa/intents';
import { LessonId, MassagePart, RoutineId } from '../../lambda/routine/types';
import { IntentSource, SlotTypeSource } from './types';
import { around, politely, withReasons } from './fillers';

export const ROUTINE_SLOT_TYPE = 'ROUTINE_NAME';
export const PART_SLOT_TYPE = 'BODY_PART';

/**
 * Routines by name and moving by body part, the way a parent asks for them mid-massage or in one
 * breath ("Alexa, ask baby massage for the colic massage"). Slot values resolve to the routine and
 * part ids the handlers read (lambda/routine/types.ts).
 */
export const routineIntents: readonly IntentSource[] = [
  {
    name: IntentName.StartRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => around([
      'start a massage', 'start the massage', 'start a baby massage', 'begin', 'begin the massage', "let's start",
      "let's begin", 'start the routine', 'begin the routine', 'give my baby a massage', 'massage my baby',
      'i want to massage my baby', "let's do a massage", 'start massaging', 'guide me through a massage',
      '{routine} massage', 'a {routine} one', 'the {routine} one', 'a {routine} massage',
      'the {routine} massage', 'start a {routine} massage', 'start the {routine} massage', 'start the {routine} routine',
      'do a {routine} massage', 'do the {routine} massage', 'do the {routine} routine', 'for a {routine} massage',
      'for the {routine} massage', "let's do a {routine} massage", 'i want a {routine} massage',
      'give my baby a {routine} massage', 'a massage for {routine}', 'a massage for my {routine}', 'massage for {routine}',
      'the massage for {routine}', 'start a massage for {routine}', 'a {routine} routine', 'the {routine} routine',
      'just the {part} this time', 'only the {part} this time', 'just the {part}', 'only the {part}', 'just do the {part}', 'just massage the {part}', 'massage the {part}',
      'a {part} massage', 'a massage for the {part}', 'start with just the {part}', 'can we just do the {part}',
      'to do just the {part}', 'do just the {part}', 'help my baby with {routine}', 'a massage to help with {routine}',
      'how do i massage my baby', 'show me how to massage my baby',
      ...BY_PURPOSE,
      ...withOwners(['just {owner} {part}', 'only {owner} {part}', 'can you do just {owner} {part}', 'just {owner} {part} today', 'only {owner} {part} today']),
      'i want the {routine} massage', 'can we have the {routine} one', 'can we have the {routine} massage', 'can we have a {routine} one', 'can we do a {routine} one', 'can we do the {routine} one', 'just a {routine} one', 'just a {routine} one today', 'a {routine} one today', "let's do {routine}", "let's do the {routine} thing",
    ]),
  },
  {
    name: IntentName.PlayRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => politely([
      'play the massage', 'play a massage', 'play the baby massage', 'play it through', 'play it all the way through',
      'play the whole thing', 'keep going by yourself', 'carry on by yourself', 'just play it', 'play along', "let's play along",
      'play the routine', 'play without stopping', 'play the {routine} massage', 'play a {routine} massage', 'play the {routine} routine',
      'play the {routine} one', 'play just the {part}', 'play the {part} massage',
    ]),
  },
  {
    name: IntentName.ListRoutines,
    samples: () => around([
      'which massages are there', 'what massages are there', 'what massages do you have', 'which routines are there',
      'what routines do you have', 'what routines are there', 'list the massages', 'list the routines',
      'what kinds of massage are there', 'what other massages are there', 'what massages can we do', 'what are my choices',
      'is there a shorter one', 'do you have a shorter one', 'what else can we do', 'which massage should i do',
      'a different massage', 'another massage', 'change the massage', 'a different one',
      'what massages have you got', 'what massages have you got for me', 'what have you got', 'what massages can you do', 'what are the options',
      'which ones do you have', 'what kind of massages do you do', 'tell me the routines', 'tell me the massages', 'what are the routines', 'what are the massages', 'read me the list',
    ]),
  },
  {
    name: IntentName.GoToPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => around([
      'go to the {part}', 'go to {part}', 'skip to the {part}', 'skip ahead to the {part}', 'jump to the {part}',
      "let's do the {part}", "let's do {part}", 'do the {part}', 'do the {part} now', 'now the {part}',
      'move on to the {part}', 'move to the {part}', 'take me to the {part}', 'can we do the {part}', 'i want to do the {part}',
      'go back to the {part}', 'back to the {part}', 'start from the {part}', 'start at the {part}', 'the {part} now please',
      'do the {part} again', 'the {part} again', 'how do i do the {part}', 'how do i do {part}', 'show me the {part}', 'show me the {part} strokes', 'the {part} strokes',
      ...withOwners(['shall we do {owner} {part}', 'shall we do {owner} {part} now', 'shall we go to {owner} {part}', 'jump to {owner} {part}', 'skip to {owner} {part}', 'turn her over and do {owner} {part}', 'turn him over and do {owner} {part}', 'can we move on to {owner} {part}', 'can we go to {owner} {part}', "let's go to {owner} {part}", 'back to {owner} {part}', 'do {owner} {part}', 'do {owner} {part} now', "let's do {owner} {part}", "let's do {owner} {part} now", 'go to {owner} {part}', 'now {owner} {part}', 'can we do {owner} {part}', 'on to {owner} {part}', 'move on to {owner} {part}']),
    ]),
  },
  {
    name: IntentName.SkipPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => politely([
      ...withOwners(["we'll skip {owner} {part}", "we'll skip {owner} {part} today", 'shall we skip {owner} {part}', 'shall we leave {owner} {part}', 'leave {owner} {part}', 'miss out {owner} {part}', 'miss {owner} {part}', 'leave {owner} {part} today', 'miss out {owner} {part} today', "let's skip {owner} {part}", 'skip {owner} {part}', 'skip {owner} {part} please', 'skip {owner} {part} today', 'can we skip {owner} {part}', 'can we skip {owner} {part} today', 'leave out {owner} {part}', 'not {owner} {part} today']),
      'skip this part', 'skip this bit', 'next part', 'next body part', 'next section', 'skip this section',
      'move on to the next part', 'go to the next part', "let's skip this part", "she doesn't like this part",
      "he doesn't like this part", 'skip the {part}', 'skip {part}', 'leave out the {part}', "let's skip the {part}",
      "don't do the {part}", 'no {part} today', "we'll skip the {part}", "she doesn't like the {part}",
      "he doesn't like the {part}", 'can we skip the {part}', 'not the {part}', 'not the {part} today',
      "she doesn't want her {part} done", "he doesn't want his {part} done", "she doesn't like her {part} done",
      "he doesn't like his {part} done", "she doesn't like having her {part} done", "he doesn't like having his {part} done",
      "she doesn't like her {part} touched", "he doesn't like his {part} touched", 'she hates the {part}', 'he hates the {part}',
      'she hates having her {part} done', 'he hates having his {part} done',
    ]).concat(withReasons(['skip {owner} {part}', 'leave {owner} {part}', "let's skip {owner} {part}", 'can we skip {owner} {part}'].flatMap((carrier) => ['her', 'his', 'the'].map((owner) => carrier.replace('{owner}', owner))))),
  },
  {
    name: IntentName.Where,
    samples: () => around([
      'where are we', 'which part is this', 'what part is this', 'where am i', 'where was i', 'where were we', 'where are we up to', 'where are we at', 'where have we got to', 'where were we up to', 'which stroke is this', 'what stroke is this',
      "what's this one called", 'what is this one called', "what's this stroke called", 'what are we doing',
      'what are we doing now', 'which part are we on', 'what part are we on', 'which step is this', 'what step are we on',
      "what's this one", 'what was that stroke called', 'what was that one called', "what's this bit for", "what's this one for", 'remind me where we are', 'what stroke are we on', 'which stroke are we on', 'which bit is this', 'what bit is this', 'which bit are we on', 'what bit are we on',
    ]),
  },
  {
    name: IntentName.TimeLeft,
    samples: () => around([
      'how much is left', 'how much longer', 'how long is left', 'how long does this take', 'how long does it take',
      'how long will this take', 'how long is the massage', 'how many more', 'how many strokes are left',
      'how many more strokes', 'how long to go', 'are we nearly done', 'are we almost done', 'are we nearly finished',
      'is it nearly over', 'how much more is there', 'how much time is left', 'is that it', 'is this the last one',
      'is this the last stroke', 'are we on the last one', 'how many parts are left', 'how long have we got', 'how many minutes left',
      'how many minutes are left', "what's left", "what's left to do", 'what is left', 'how much have we got left', 'how long have we got left', 'how long have we got', 'nearly done', 'almost done', 'nearly finished', 'are we done yet', 'how much is there to go', 'how much longer is there', 'how long will it take', 'how long will this one take', 'how long does this one take', 'how long does this one last', 'how many steps left', 'how many steps are left', 'how many more steps', 'how many parts left', 'how many strokes left',
    ]),
  },
];

const ROUTINE_VALUES: Readonly<Record<Exclude<RoutineId, `just-${string}` | LessonId>, { name: string; synonyms: string[] }>> = {
  full: { name: 'full', synonyms: ['whole body', 'full body', 'complete', 'long', 'longer', 'whole', 'normal', 'usual', 'standard', 'everything', 'the whole thing', 'whole thing'] },
  colic: {
    name: 'colic',
    synonyms: [
      'colic relief', 'wind', 'windy', 'gas', 'gassy', 'trapped wind', 'wind relief', 'gas relief', 'windy baby', 'colicky baby', 'tummy trouble', 'burping',
      'a gassy baby', 'a windy baby', 'a colicky baby', 'tummy ache', 'a tummy ache', 'tummy pain', 'her colic', 'his colic', 'her wind', 'his wind',
      'her tummy ache', 'his tummy ache', 'constipation', 'a sore tummy', 'the colic',
    ],
  },
  bedtime: {
    name: 'bedtime',
    synonyms: [
      'sleepy time', 'sleep time', 'bed time', 'sleep', 'sleepy', 'night', 'night time', 'evening', 'wind down', 'wind-down', 'calming', 'settling', 'bedtime wind down', 'before bed',
      'help her sleep', 'help him sleep', 'help my baby sleep', 'help the baby sleep', 'settle her', 'settle him', 'settle the baby', 'getting to sleep',
      'sleeping', 'better sleep',
    ],
  },
  newborn: {
    name: 'newborn',
    synonyms: [
      'first', 'new born', 'new baby', 'newborn baby', 'first time', 'beginner', 'tiny baby', 'little baby', 'newborns', 'a newborn', 'new borns',
      ...['one', 'two', 'three', 'four', 'five', 'six'].flatMap((n) => [`a ${n} week old`, `${n} week old`, `a ${n} week old baby`, `${n} weeks old`]),
      'a ten day old', 'a week old', 'a few days old', 'a few weeks old', 'a tiny baby', 'a new baby',
    ],
  },
  quick: { name: 'quick', synonyms: ['short', 'shorter', 'fast', 'five minute', 'five minutes', 'little', 'mini', 'brief', 'quicker'] },
};

const PART_VALUES: Readonly<Record<MassagePart, { name: string; synonyms: string[] }>> = {
  legs: { name: 'legs', synonyms: ['leg', 'feet', 'foot', 'legs and feet', 'toes', 'thighs'] },
  tummy: { name: 'tummy', synonyms: ['belly', 'stomach', 'tum', 'tummy bit', 'abdomen'] },
  chest: { name: 'chest', synonyms: ['chest bit', 'front'] },
  arms: { name: 'arms', synonyms: ['arm', 'hands', 'hand', 'arms and hands', 'fingers'] },
  face: { name: 'face', synonyms: ['head', 'forehead', 'cheeks'] },
  back: { name: 'back', synonyms: ['spine', 'back bit', 'shoulders'] },
  movements: { name: 'gentle movements', synonyms: ['movements', 'stretches', 'stretching', 'exercises', 'bicycle', 'bicycle legs'] },
};

export const routineSlotTypes: readonly SlotTypeSource[] = [
  { name: ROUTINE_SLOT_TYPE, values: () => Object.entries(ROUTINE_VALUES).map(([id, v]) => ({ id, ...v })) },
  { name: PART_SLOT_TYPE, values: () => Object.entries(PART_VALUES).map(([id, v]) => ({ id, ...v })) },
];

/**
 * Routines by what they are for ("something for trapped wind", "is there one for colic", "the one for
 * newborns", "something to help her sleep"): the purpose words are the routine's synonyms, and these
 * are the carriers around them.
 */
const BY_PURPOSE = [
  'something {routine}', 'the one {routine}', 'something for {routine}', 'something to {routine}', 'anything for {routine}', 'do you have anything for {routine}',
  'do you have something for {routine}', 'do you have one for {routine}', 'is there one for {routine}', 'is there a massage for {routine}',
  'is there something for {routine}', 'the one for {routine}', 'one for {routine}', 'a massage to {routine}', 'massage to {routine}',
  'something for {routine} please', 'the {routine} one please', 'a massage for a {routine}', 'something for a {routine}',
  'i want something for {routine}', 'have you got something for {routine}', 'have you got one for {routine}', 'what do you have for {routine}',
  'what have you got for {routine}', 'which one is for {routine}', 'which massage is for {routine}', 'what helps {routine}',
];

/** Whose part: "do her back", "let's do his arms now", "the baby's face". */
function withOwners(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => ['her', 'his', 'their', "baby's", "the baby's", 'the'].map((owner) => sample.replace('{owner}', owner)));
}
