import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { DutchVocabulary } from '../../../lambda/content/nl/vocabulary';
import { AGE_UNIT_SLOT_TYPE, CLOCK_SLOT_TYPE, DAYPART_SLOT_TYPE, LESSON_SLOT_TYPE, LOG_PERIOD_SLOT_TYPE } from '../companion-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { politely } from './fillers';

/** How a parent names the baby in a sentence about its age. */
const BABIES = ['ze', 'hij', 'mijn baby', 'de baby', 'mijn dochter', 'mijn zoon', 'ons kindje', 'mijn kleintje'];

/** The course and the companion, in Dutch: lessons, the baby's age, the practice log, reminders, and one's data. */
export const companionIntents: readonly IntentSource<DutchVocabulary>[] = [
  {
    name: IntentName.Course,
    slots: [{ name: SlotName.Lesson, type: LESSON_SLOT_TYPE }],
    samples: () =>
      politely([
        'leer me babymassage', 'leer me baby massage', 'leer me masseren', 'leer me hoe ik mijn baby masseer', 'leer me de massage', 'ik wil babymassage leren', 'ik wil leren masseren', 'ik wil leren hoe ik mijn baby masseer', 'hoe leer ik babymassage',
        'start de cursus', 'begin de cursus', 'de cursus', 'de babymassage cursus', 'de babymassagecursus', 'start de babymassagecursus', 'doe de cursus', 'ga verder met de cursus', 'verder met de cursus', 'waar ben ik in de cursus', 'hoe ver ben ik met de cursus', 'bij welke les ben ik', 'welke les ben ik', 'de lessen', 'lessen',
        'les {lesson}', 'start les {lesson}', 'begin les {lesson}', 'doe les {lesson}', 'ga naar les {lesson}', 'les {lesson} nog een keer', 'herhaal les {lesson}', 'ik wil les {lesson} doen', 'kunnen we les {lesson} doen', 'speel les {lesson}',
        '{lesson} les', 'de {lesson} les', 'start de {lesson} les', 'doe de {lesson} les', 'begin de {lesson} les', 'de {lesson} les nog een keer', 'herhaal de {lesson} les', 'door naar de {lesson} les', 'ik wil de {lesson} les doen', 'kunnen we de {lesson} les doen',
        'de les van {lesson}', 'les van {lesson}', 'start de les van {lesson}', 'doe de les van {lesson}', 'de les van {lesson} nog een keer',
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
      ...BABIES.flatMap((who) => [
        `${who} is {number} {unit} oud`, `${who} is {number} {unit}`, `${who} is nu {number} {unit}`, `${who} is nu {number} {unit} oud`, `${who} is net {number} {unit}`, `${who} is bijna {number} {unit}`, `${who} is ongeveer {number} {unit} oud`, `${who} is {number} {unit} geworden`, `${who} is net {number} {unit} geworden`,
        `${who} is geboren in {born}`, `${who} is geboren op {born}`, `${who} is in {born} geboren`, `${who} is op {born} geboren`,
      ]),
      'geboren in {born}', 'geboren op {born}', '{number} {unit} oud', 'de leeftijd van mijn baby is {number} {unit}', 'ze is jarig op {born}', 'hij is jarig op {born}', 'we hebben haar gekregen in {born}', 'we hebben hem gekregen in {born}',
    ],
  },
  {
    name: IntentName.HowOld,
    samples: () =>
      politely(['hoe oud is mijn baby', 'hoe oud is ze', 'hoe oud is hij', 'hoe oud is de baby', 'weet je hoe oud ze is', 'weet je hoe oud hij is', 'weet je hoe oud mijn baby is', 'wat is de leeftijd van mijn baby', 'weet je de leeftijd van mijn baby', 'wanneer is mijn baby geboren', 'wanneer is ze geboren', 'wanneer is hij geboren', 'wat weet je van mijn baby', 'wat weet je over mijn baby', 'hoe oud is mijn kindje']),
  },
  {
    name: IntentName.ForgetAge,
    samples: () =>
      politely(['vergeet de leeftijd van mijn baby', 'vergeet haar leeftijd', 'vergeet zijn leeftijd', 'vergeet de leeftijd', 'wis de leeftijd van mijn baby', 'wis haar leeftijd', 'wis zijn leeftijd', 'verwijder de leeftijd van mijn baby', 'onthoud de leeftijd niet', 'vergeet hoe oud ze is', 'vergeet hoe oud hij is', 'vergeet hoe oud mijn baby is', 'vergeet wanneer ze geboren is', 'vergeet wanneer hij geboren is', 'vergeet de geboortemaand', 'wis de geboortemaand', 'vergeet haar verjaardag', 'vergeet zijn verjaardag']),
  },
  {
    name: IntentName.PracticeLog,
    slots: [{ name: SlotName.Period, type: LOG_PERIOD_SLOT_TYPE }],
    samples: () =>
      politely([
        'hoeveel massages {period}', 'hoeveel massages hebben we {period} gedaan', 'hoeveel massages heb ik {period} gedaan', 'hoe vaak hebben we {period} gemasseerd', 'hoe vaak heb ik {period} gemasseerd', 'hoeveel keer hebben we {period} gemasseerd', 'hoe lang hebben we {period} gemasseerd', 'wat hebben we {period} gedaan', 'welke massage hebben we {period} gedaan', 'welke massage deden we {period}', 'hebben we {period} gemasseerd', 'hebben we {period} een massage gedaan', 'hoe lang duurde de massage {period}',
        'wanneer hebben we voor het laatst gemasseerd', 'wanneer was de laatste massage', 'wanneer was onze laatste massage', 'wanneer heb ik voor het laatst gemasseerd', 'hoeveel massages', 'hoeveel massages hebben we gedaan', 'mijn oefenlogboek', 'het oefenlogboek', 'het logboek', 'laat mijn week zien', 'laat de week zien', 'laat deze week zien', 'hoe gaat het met oefenen', 'hoe doen we het', 'onze massages', 'mijn massages', 'laat mijn massages zien',
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
        'herinner me elke {daypart} om {clock}', 'herinner me elke {daypart} om {clock} aan de massage', 'herinner me om {time} elke {daypart}', 'herinner me om {time} aan de massage', 'herinner me elke dag om {clock}', 'herinner me elke dag om {time} aan de massage', 'herinner me om {time}', 'herinner me om {time} elke dag', 'herinner me elke {daypart} aan de massage', 'herinner me elke {daypart}', 'herinner me aan de massage', 'herinner me aan babymassage', 'herinner me eraan om te masseren', 'herinner me eraan om mijn baby te masseren',
        'zet een herinnering om {time}', 'zet een herinnering voor {time}', 'zet een massageherinnering om {time}', 'zet een dagelijkse herinnering om {time}', 'zet een herinnering elke {daypart} om {clock}', 'een herinnering om {time}', 'een herinnering elke dag om {clock}',
        'zet een herinnering', 'zet een herinnering voor de massage', 'zet een massageherinnering', 'zet een dagelijkse herinnering', 'stel een herinnering in', 'stel een herinnering in voor de massage', 'kun je me eraan herinneren', 'kun je me herinneren aan de massage', 'ik wil een herinnering', 'ik wil een dagelijkse herinnering', 'geef me een herinnering', 'verander mijn herinnering', 'verander mijn herinnering naar {time}', 'zet mijn herinnering op {time}',
        // Not a bare {clock}: a bare {pace} is the pace's ("langzamer"). The answer to "hoe laat?" comes with om, rond or tegen.
        'om {clock}', 'rond {clock}', 'tegen {clock}', 'maak er {clock} van', 'maak het {clock}', 'elke dag om {clock}', 'om {clock} elke dag', 'elke {daypart} om {clock}', 'zet hem op {clock}', 'liefst om {clock}'
      ]),
  },
  {
    name: IntentName.CancelReminder,
    samples: () =>
      politely(['annuleer mijn herinnering', 'annuleer de herinnering', 'annuleer mijn massageherinnering', 'annuleer mijn herinneringen', 'stop de herinnering', 'stop mijn herinnering', 'stop de herinneringen', 'zet de herinnering uit', 'zet mijn herinnering uit', 'verwijder de herinnering', 'verwijder mijn herinnering', 'verwijder mijn herinneringen', 'wis de herinnering', 'geen herinneringen meer', 'ik wil geen herinnering meer', 'stop met herinneren', 'herinnering uit', 'herinnering annuleren', 'de herinnering mag weg']),
  },
  {
    name: IntentName.CheckReminder,
    samples: () =>
      politely(['heb ik een herinnering', 'heb ik een massageherinnering', 'staat er een herinnering', 'staat mijn herinnering aan', 'staat de herinnering aan', 'hoe laat is mijn herinnering', 'wanneer is mijn herinnering', 'welke herinneringen heb ik', 'is mijn herinnering ingesteld', 'heb je mijn herinnering gezet', 'check mijn herinnering', 'controleer mijn herinnering', 'wanneer krijg ik een herinnering']),
  },
  {
    name: IntentName.ForgetMe,
    samples: () =>
      politely(['vergeet alles over mij', 'vergeet alles', 'vergeet mij', 'vergeet me', 'wis mijn gegevens', 'wis al mijn gegevens', 'verwijder mijn gegevens', 'verwijder al mijn gegevens', 'wis alles', 'verwijder alles', 'wis alles over mij', 'verwijder alles wat je over mij weet', 'vergeet alles wat je over mij weet', 'wat weet je over mij', 'wat bewaar je over mij', 'welke gegevens bewaar je', 'wis mijn geschiedenis', 'wis mijn oefenlogboek', 'verwijder mijn oefenlogboek', 'reset alles', 'alles wissen']),
  },
];

const HOURS = ['twaalf', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf'];

/**
 * The times of day a Dutch parent says for a reminder, by the quarter hour, with the same ids as English
 * (tools/interaction-model/companion-intents.ts): "zeven uur 's avonds", "half acht" (7:30), "kwart over
 * zeven", "19:30". A time without its half of the day is the morning from six to eleven and the
 * afternoon from one to five, as in English; the confirmation says the time back.
 */
export function clockTimes(): { id: string; name: string; synonyms: string[] }[] {
  const values: { id: string; name: string; synonyms: string[] }[] = [];
  // One Dutch half for each English one, in the same order, so the ids come out the same.
  const halves: readonly (readonly [string, 'am' | 'pm' | ''])[] = [['', ''], [" 's ochtends", 'am'], [" 's morgens", 'am'], [" 's middags", 'pm'], [' in de middag', 'pm'], [" 's avonds", 'pm']];
  for (let hour = 1; hour <= 12; hour++) {
    for (const minute of [0, 15, 30, 45]) {
      const word = HOURS[hour];
      const next = HOURS[(hour % 12) + 1];
      const spoken = minute === 0 ? [`${word} uur`, word, `${hour} uur`, `${hour}`] : minute === 15 ? [`kwart over ${word}`, `${word} uur vijftien`, `${hour}:15`] : minute === 30 ? [`half ${next}`, `${word} uur dertig`, `${hour}:30`] : [`kwart voor ${next}`, `${word} uur vijfenveertig`, `${hour}:45`];
      halves.forEach(([said, half], i) => {
        if (i === 2 && hour === 12) return;
        const h24 = half === 'pm' ? (hour % 12) + 12 : half === 'am' ? hour % 12 : hour >= 1 && hour <= 5 ? hour + 12 : hour;
        const id = `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        // Twelve at night is "'s nachts" in Dutch, not "'s ochtends".
        const words = hour === 12 && half === 'am' ? " 's nachts" : hour >= 6 && hour <= 11 && half === 'pm' && said === " 's middags" ? " 's avonds laat" : said;
        const names = spoken.map((w) => `${w}${words}`);
        values.push({ id: `${id}${half === '' ? '' : `-${half}`}`, name: names[0], synonyms: names.slice(1) });
      });
    }
  }
  return values;
}

export const companionSlotTypes: readonly SlotTypeSource<DutchVocabulary>[] = [
  { name: CLOCK_SLOT_TYPE, values: () => clockTimes() },
  {
    name: LESSON_SLOT_TYPE,
    values: () => [
      { id: 'this-week', name: 'deze week', synonyms: ['van deze week', 'huidige', 'de huidige', 'deze', 'vandaag', 'van vandaag', 'mijn', 'onze', 'de'] },
      { id: 'next', name: 'volgende', synonyms: ['de volgende', 'nieuwe', 'een nieuwe', 'de nieuwe'] },
      { id: 'last', name: 'vorige', synonyms: ['de vorige', 'vorige week', 'van vorige week', 'laatste', 'de laatste', 'vorige keer', 'die'] },
      { id: '1', name: 'één', synonyms: ['1', 'een', 'eerste', 'de eerste', 'les een', 'les één', 'week een', 'week één'] },
      { id: '2', name: 'twee', synonyms: ['2', 'tweede', 'de tweede', 'les twee', 'week twee'] },
      { id: '3', name: 'drie', synonyms: ['3', 'derde', 'de derde', 'les drie', 'week drie'] },
      { id: '4', name: 'vier', synonyms: ['4', 'vierde', 'de vierde', 'les vier', 'week vier'] },
      { id: '5', name: 'vijf', synonyms: ['5', 'vijfde', 'de vijfde', 'laatste les', 'les vijf', 'week vijf'] },
    ],
  },
  {
    name: AGE_UNIT_SLOT_TYPE,
    values: () => [
      { id: 'day', name: 'dagen', synonyms: ['dag'] },
      { id: 'week', name: 'weken', synonyms: ['week'] },
      { id: 'month', name: 'maanden', synonyms: ['maand'] },
      { id: 'year', name: 'jaar', synonyms: ['jaren'] },
    ],
  },
  {
    name: LOG_PERIOD_SLOT_TYPE,
    values: () => [
      { id: 'week', name: 'deze week', synonyms: ['afgelopen week', 'de afgelopen week', 'de laatste week', 'de afgelopen zeven dagen', 'de laatste zeven dagen', 'tot nu toe deze week', 'de laatste tijd', 'onlangs'] },
      { id: 'today', name: 'vandaag', synonyms: ['vanochtend', 'vanmorgen', 'vanmiddag', 'vanavond', 'eerder vandaag', 'vannacht'] },
      { id: 'yesterday', name: 'gisteren', synonyms: ['gisteravond', 'gistermiddag', 'gisterochtend', 'gistermorgen'] },
      { id: 'last', name: 'de vorige keer', synonyms: ['vorige keer', 'de laatste keer', 'laatste keer', 'de keer daarvoor', 'daarvoor'] },
      { id: 'month', name: 'deze maand', synonyms: ['afgelopen maand', 'de afgelopen maand', 'de laatste maand', 'tot nu toe deze maand'] },
      { id: 'all', name: 'tot nu toe', synonyms: ['in totaal', 'totaal', 'bij elkaar', 'ooit', 'allemaal', 'al met al'] },
    ],
  },
  {
    name: DAYPART_SLOT_TYPE,
    values: () => [
      { id: 'morning', name: 'ochtend', synonyms: ['morgen', 'dag in de ochtend', 'dag s ochtends'] },
      { id: 'afternoon', name: 'middag', synonyms: ['dag in de middag', 'namiddag'] },
      { id: 'evening', name: 'avond', synonyms: ['dag in de avond', 'avond voor het slapengaan', 'avond voor bedtijd'] },
      { id: 'night', name: 'nacht', synonyms: ['dag voor het slapen', 'bedtijd'] },
    ],
  },
];
