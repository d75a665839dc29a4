import { IntentName, SlotName } from '../../lambda/alexa/intents';
import { IntentSource, SlotTypeSource } from './types';
import { politely } from './fillers';

export const LESSON_SLOT_TYPE = 'LESSON';
export const AGE_UNIT_SLOT_TYPE = 'AGE_UNIT';
export const LOG_PERIOD_SLOT_TYPE = 'LOG_PERIOD';
export const DAYPART_SLOT_TYPE = 'DAYPART';
export const CLOCK_SLOT_TYPE = 'CLOCK_TIME';

/** Both ways a parent refers to the baby, and "my baby". */
const babies = ['she', 'he', 'my baby', 'the baby', 'my daughter', 'my son', 'my little one'];
const is = (who: string) => (who === 'she' || who === 'he' ? [`${who}'s`, `${who} is`] : [`${who} is`, `${who}'s`]);

/**
 * The course and the companion: lessons, the baby's age, the practice log, reminders, and taking one's
 * data back. Lean on purpose (each locale's model is held under 500,000 characters): the phrasings
 * parents use, with "please" where they would say it.
 */
export const companionIntents: readonly IntentSource[] = [
  {
    name: IntentName.Course,
    slots: [{ name: SlotName.Lesson, type: LESSON_SLOT_TYPE }],
    samples: () =>
      politely([
        'teach me baby massage', 'teach me how to massage my baby', 'teach me how to do baby massage', 'teach me the massage', 'teach me',
        'start the course', 'start the baby massage course', 'the course', 'the baby massage course', 'do the course', 'continue the course',
        'carry on with the course', 'i want to learn baby massage', 'i want to learn how to massage my baby', 'how do i learn baby massage',
        'where am i in the course', 'how far am i in the course', 'which lesson am i on', 'what lesson am i on', 'lessons', 'the lessons',
        '{lesson} lesson', 'the {lesson} lesson', 'start {lesson} lesson', 'start the {lesson} lesson', 'do {lesson} lesson', 'do the {lesson} lesson',
        "let's do {lesson} lesson", "let's do the {lesson} lesson", 'lesson {lesson}', 'start lesson {lesson}', 'do lesson {lesson}', 'go to lesson {lesson}',
        'skip to lesson {lesson}', "let's do lesson {lesson}", '{lesson} lesson again', 'the {lesson} lesson again', 'repeat {lesson} lesson',
        'repeat the {lesson} lesson', 'do {lesson} lesson again', 'do the {lesson} lesson again', 'lesson {lesson} again', 'repeat lesson {lesson}',
        'play {lesson} lesson', 'play the {lesson} lesson', 'i want to do {lesson} lesson', 'i want to do lesson {lesson}', 'can we do {lesson} lesson',
        'can we do the {lesson} lesson', 'can we do lesson {lesson}', 'move on to {lesson} lesson', 'move on to the {lesson} lesson', 'on to the {lesson} lesson',
      ]),
  },
  {
    name: IntentName.BabyAge,
    slots: [
      { name: SlotName.Number, type: 'AMAZON.NUMBER' },
      { name: SlotName.Unit, type: AGE_UNIT_SLOT_TYPE },
      { name: SlotName.Born, type: 'AMAZON.DATE' },
    ],
    samples: () => [
      ...babies.flatMap((who) =>
        is(who).flatMap((be) => [
          `${be} {number} {unit} old`, `${be} {number} {unit}`, `${be} {number} {unit} old now`, `${be} {number} {unit} now`, `${be} a {unit} old`,
          `${be} just {number} {unit}`, `${be} nearly {number} {unit}`, `${be} about {number} {unit} old`,
        ]),
      ),
      ...babies.flatMap((who) => [`${who} was born in {born}`, `${who} was born on {born}`, `${who} turned {number} {unit}`, `${who} just turned {number} {unit}`]),
      'born in {born}', 'born on {born}', 'her birthday is {born}', 'his birthday is {born}', '{number} {unit} old', 'she is a {unit} old', 'he is a {unit} old',
      "my baby's age is {number} {unit}", "my baby's {number} {unit} old", 'the baby was born in {born}', 'we had her in {born}', 'we had him in {born}', 'we had the baby in {born}',
    ],
  },
  {
    name: IntentName.HowOld,
    samples: () =>
      politely([
        'how old is my baby', 'how old is she', 'how old is he', 'how old is the baby', "what's my baby's age", 'what is my baby\'s age', 'do you know my baby\'s age',
        'do you know how old my baby is', 'do you know how old she is', 'do you know how old he is', 'what age is my baby', 'what age is she', 'what age is he',
        'when was my baby born', 'when was she born', 'when was he born', 'what do you know about my baby', 'what do you remember about my baby',
      ]),
  },
  {
    name: IntentName.ForgetAge,
    samples: () =>
      politely([
        "forget my baby's age", 'forget her age', 'forget his age', "forget the baby's age", "delete my baby's age", 'delete her age', 'delete his age',
        "don't remember my baby's age", "don't remember her age", "don't remember his age", "stop remembering my baby's age", "remove my baby's age",
        'forget how old she is', 'forget how old he is', 'forget how old my baby is', 'forget when she was born', 'forget when he was born', 'forget her birthday', 'forget his birthday',
      ]),
  },
  {
    name: IntentName.PracticeLog,
    slots: [{ name: SlotName.Period, type: LOG_PERIOD_SLOT_TYPE }],
    samples: () =>
      politely([
        'how many massages {period}', 'how many massages have we done {period}', 'how many massages did we do {period}', 'how many times have we massaged {period}',
        'how many times did we massage {period}', 'how often have we massaged {period}', 'how often did we massage {period}', 'how many have we done {period}',
        'how many did we do {period}', 'what did we do {period}', 'what massage did we do {period}', 'which massage did we do {period}', 'what have we done {period}',
        'how long did we massage {period}', 'how long did we massage for {period}', 'how long was the massage {period}', 'how long did the massage take {period}',
        'how long was our massage {period}', 'how much did we massage {period}', 'how much massage have we done {period}', 'did we massage {period}', 'did we do a massage {period}',
        'when did we last massage', 'when was the last massage', 'when was our last massage', 'when did we last do a massage', 'how many massages', 'how many massages have we done',
        'my practice log', 'the practice log', 'show my practice log', 'show me my practice log', 'show me the week', 'show me our week',
        'show me this week', 'how are we doing', 'how am i doing', 'how have we been doing', 'our massage history', 'my massage history', 'show my massages',
      ]),
  },
  {
    name: IntentName.SetReminder,
    slots: [
      { name: SlotName.Time, type: 'AMAZON.TIME' },
      { name: SlotName.Daypart, type: DAYPART_SLOT_TYPE },
      { name: SlotName.Clock, type: CLOCK_SLOT_TYPE },
    ],
    samples: () =>
      politely([
        'remind me to massage every {daypart} at {time}', 'remind me to massage my baby every {daypart} at {time}', 'remind me to do the massage every {daypart} at {time}',
        'remind me every {daypart} at {time}', 'remind me to massage at {time} every {daypart}', 'remind me to massage at {time}', 'remind me to massage every day at {time}',
        'remind me to massage my baby at {time}', 'remind me to massage my baby every day at {time}', 'remind me every day at {time}', 'remind me at {time}', 'remind me at {time} every day',
        'set a reminder for {time}', 'set a reminder at {time}', 'set a massage reminder for {time}', 'set a massage reminder at {time}', 'set a daily reminder for {time}',
        'set a daily massage reminder for {time}', 'set a reminder every {daypart} at {time}', 'a reminder at {time}', 'a reminder every day at {time}',
        'remind me to massage every {daypart}', 'remind me every {daypart}', 'remind me to massage', 'remind me to massage my baby', 'remind me to do the massage',
        'remind me to do baby massage', 'set a reminder', 'set a massage reminder', 'set a daily reminder', 'set a reminder to massage', 'can you remind me to massage',
        'can you remind me', 'remind me every day', 'i want a reminder', 'i want a daily reminder', 'give me a reminder', 'change my reminder', 'change my reminder to {time}',
        'move my reminder to {time}',
        // The answer to "what time each day?": a time alone. A custom type of the times people say (below),
        // not AMAZON.TIME: a slot alone would otherwise take whatever a parent says next.
        '{clock}', 'at {clock}', 'make it {clock}', 'every day at {clock}', 'at {clock} every day', 'every {daypart} at {clock}',
      ]),
  },
  {
    name: IntentName.CancelReminder,
    samples: () =>
      politely([
        'cancel my massage reminder', 'cancel my reminder', 'cancel the reminder', 'cancel the massage reminder', 'delete my reminder', 'delete my massage reminder',
        'delete the reminder', 'remove my reminder', 'remove the reminder', 'turn off my reminder', 'turn off the reminder', 'stop reminding me', 'stop the reminders',
        'no more reminders', "i don't want a reminder", "i don't want reminders any more", 'cancel my reminders', 'delete my reminders', 'cancel all my reminders',
      ]),
  },
  {
    name: IntentName.CheckReminder,
    samples: () =>
      politely([
        'do i have a reminder', 'do i have a massage reminder', 'have i got a reminder', 'is there a reminder', 'is my reminder set', 'what time is my reminder',
        'when is my reminder', 'when is my massage reminder', 'what reminders do i have', 'which reminders do i have', 'did you set my reminder', 'check my reminder',
        'tell me my reminder', 'is the reminder on',
      ]),
  },
  {
    name: IntentName.ForgetMe,
    samples: () =>
      politely([
        'forget everything about me', 'forget everything', 'forget me', 'forget all about me', 'delete my data', 'delete all my data', 'delete everything',
        'delete everything about me', 'delete everything you know about me', 'forget everything you know about me', 'forget everything you know', 'remove my data',
        'erase my data', 'erase everything', 'clear my data', 'clear everything', 'wipe my data', 'reset everything', 'what do you know about me', 'what do you store about me',
        'what data do you keep', 'what do you keep about me', 'delete my history', 'forget my history', 'delete my practice log', 'forget my practice log',
      ]),
  },
];

const HOURS = ['twelve', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * The times of day a parent says for a reminder, by the quarter hour, with the 24-hour time as the id:
 * "seven pm", "half past seven in the evening", "7:30 pm". A time said without its half of the day
 * ("seven") is the morning from six to eleven, and the afternoon from one to five (no one massages at
 * 3 AM); the confirmation says the time back, so a wrong guess is heard at once.
 */
export function clockTimes(): { id: string; name: string; synonyms: string[] }[] {
  const values: { id: string; name: string; synonyms: string[] }[] = [];
  const halves: readonly (readonly [string, 'am' | 'pm' | ''])[] = [['', ''], [' am', 'am'], [' in the morning', 'am'], [' pm', 'pm'], [' in the afternoon', 'pm'], [' in the evening', 'pm']];
  for (let hour = 1; hour <= 12; hour++) {
    for (const minute of [0, 15, 30, 45]) {
      const word = HOURS[hour];
      const next = HOURS[(hour % 12) + 1];
      const spoken = minute === 0 ? [word, `${word} o'clock`, `${hour}`] : minute === 15 ? [`quarter past ${word}`, `${word} fifteen`, `${hour}:15`] : minute === 30 ? [`half past ${word}`, `${word} thirty`, `half ${word}`, `${hour}:30`] : [`quarter to ${next}`, `${word} forty five`, `${hour}:45`];
      for (const [said, half] of halves) {
        if (half === 'am' && said.includes('morning') && hour === 12) continue;
        const h24 = half === 'pm' ? (hour % 12) + 12 : half === 'am' ? hour % 12 : hour >= 1 && hour <= 5 ? hour + 12 : hour;
        const id = `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const names = spoken.map((w) => `${w}${said}`);
        values.push({ id: `${id}${half === '' ? '' : `-${half}`}`, name: names[0], synonyms: names.slice(1) });
      }
    }
  }
  return values;
}

export const companionSlotTypes: readonly SlotTypeSource[] = [
  { name: CLOCK_SLOT_TYPE, values: () => clockTimes() },
  {
    name: LESSON_SLOT_TYPE,
    values: () => [
      { id: 'this-week', name: "this week's", synonyms: ['this weeks', 'this week', 'the current', 'current', "today's", 'my', 'our', 'the', 'this'] },
      { id: 'next', name: 'next', synonyms: ['the next', 'following', 'the following', 'new', 'a new'] },
      { id: 'last', name: "last week's", synonyms: ['last weeks', 'last', 'the last', 'previous', 'the previous', 'last time', "last time's", 'the one before', 'that'] },
      { id: '1', name: 'one', synonyms: ['1', 'first', 'the first', 'lesson one', 'week one'] },
      { id: '2', name: 'two', synonyms: ['2', 'second', 'the second', 'lesson two', 'week two'] },
      { id: '3', name: 'three', synonyms: ['3', 'third', 'the third', 'lesson three', 'week three'] },
      { id: '4', name: 'four', synonyms: ['4', 'fourth', 'the fourth', 'lesson four', 'week four'] },
      { id: '5', name: 'five', synonyms: ['5', 'fifth', 'the fifth', 'final', 'the final', 'lesson five', 'week five'] },
    ],
  },
  {
    name: AGE_UNIT_SLOT_TYPE,
    values: () => [
      { id: 'day', name: 'days', synonyms: ['day'] },
      { id: 'week', name: 'weeks', synonyms: ['week'] },
      { id: 'month', name: 'months', synonyms: ['month'] },
      { id: 'year', name: 'years', synonyms: ['year'] },
    ],
  },
  {
    name: LOG_PERIOD_SLOT_TYPE,
    values: () => [
      { id: 'week', name: 'this week', synonyms: ['in the past week', 'in the last week', 'over the past week', 'over the last seven days', 'in the last seven days', 'so far this week', 'this past week', 'lately', 'recently'] },
      { id: 'today', name: 'today', synonyms: ['so far today', 'this morning', 'this evening', 'tonight', 'earlier today', 'earlier'] },
      { id: 'yesterday', name: 'yesterday', synonyms: ['last night', 'yesterday evening', 'yesterday morning'] },
      { id: 'last', name: 'last time', synonyms: ['the last time', 'the time before', 'before', 'last'] },
      { id: 'month', name: 'this month', synonyms: ['in the past month', 'in the last month', 'over the past month', 'so far this month'] },
      { id: 'all', name: 'so far', synonyms: ['altogether', 'in total', 'in all', 'ever', 'all together', 'overall'] },
    ],
  },
  {
    name: DAYPART_SLOT_TYPE,
    values: () => [
      { id: 'morning', name: 'morning', synonyms: ['day in the morning'] },
      { id: 'afternoon', name: 'afternoon', synonyms: ['day in the afternoon'] },
      { id: 'evening', name: 'evening', synonyms: ['day in the evening', 'night before bed'] },
      { id: 'night', name: 'night', synonyms: ['day at night', 'bedtime'] },
    ],
  },
];
