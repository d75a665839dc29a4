import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { DutchVocabulary } from '../../../lambda/content/nl/vocabulary';
import { LessonId, MassagePart, RoutineId } from '../../../lambda/routine/types';
import { PART_SLOT_TYPE, ROUTINE_SLOT_TYPE } from '../routine-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { around, politely, withOwners } from './fillers';

/** Why a parent leaves a part out, said straight after it: "sla het gezichtje over, ze vindt het niet fijn". */
const SKIP_REASONS: readonly string[] = ['ze', 'hij'].flatMap((s) => [
  ...['vindt het niet fijn', 'vindt het niet leuk', 'wil het niet', 'wil niet', 'huilt', 'is moe', 'is onrustig', 'heeft net gedronken', 'heeft er geen zin in', 'heeft daar uitslag', 'is kriebelig', 'haat het', 'slaapt bijna', 'ligt te wiebelen'].map((why) => `${s} ${why}`),
]);

/**
 * Routines by name and moving by body part, as Dutch parents ask for them mid-massage or in one breath
 * ("Alexa, vraag baby massage om de krampjesmassage te starten"). Slot values resolve to the routine and
 * part ids the handlers read.
 */
export const routineIntents: readonly IntentSource<DutchVocabulary>[] = [
  {
    name: IntentName.StartRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () =>
      around([
        'start', 'start een massage', 'start de massage', 'start een babymassage', 'begin', 'begin de massage', 'begin een massage', 'begin maar', 'laten we beginnen', 'we gaan beginnen', 'beginnen', 'massage starten', 'een massage starten', 'een massage', 'masseer mijn baby', 'geef mijn baby een massage', 'ik wil mijn baby masseren', 'ik wil een massage doen', 'laten we een massage doen', 'begeleid me', 'begeleid me bij een massage', 'hoe masseer ik mijn baby', 'laat zien hoe ik mijn baby masseer',
        'een {routine}', '{routine} massage', 'de {routine} massage', 'een {routine} massage', 'start de {routine}', 'start een {routine}', 'start de {routine} massage', 'start een {routine} massage', 'doe een {routine}', 'doe de {routine} massage', 'doe een {routine} massage', 'begin de {routine}', 'begin met de {routine}', 'ik wil de {routine}', 'ik wil een {routine}', 'ik wil de {routine} massage', 'ik wil een {routine} massage', 'laten we de {routine} massage doen', 'laten we een {routine} doen', 'kunnen we de {routine} massage doen', 'kunnen we een {routine} doen',
        'massage tegen {routine}', 'massage voor {routine}', 'massage bij {routine}', 'een massage tegen {routine}', 'een massage voor {routine}', 'een massage bij {routine}', 'de massage tegen {routine}', 'de massage voor {routine}', 'de massage voor het {routine}', 'start een massage tegen {routine}', 'start een massage voor {routine}', 'start een massage van {routine}', 'een massage van {routine}', 'een massage om {routine}',
        'iets voor {routine}', 'iets tegen {routine}', 'iets om {routine}', 'iets bij {routine}', 'heb je iets voor {routine}', 'heb je iets tegen {routine}', 'heb je een massage voor {routine}', 'heb je een massage tegen {routine}', 'is er een massage voor {routine}', 'is er een massage tegen {routine}', 'is er iets voor {routine}', 'is er iets tegen {routine}', 'welke massage is voor {routine}', 'welke is voor {routine}', 'die voor {routine}', 'die tegen {routine}', 'de massage om {routine}', 'de {routine} te starten', 'een {routine} te starten', 'de {routine} massage te starten', 'een massage tegen {routine} te starten', 'een massage te starten',
        'help mijn baby bij {routine}', 'help mijn baby {routine}',
        ...withOwners(['alleen {owner} {part}', 'alleen {owner} {part} vandaag', 'vandaag alleen {owner} {part}', 'alleen maar {owner} {part}', 'doe alleen {owner} {part}', 'masseer alleen {owner} {part}', 'masseer {owner} {part}', 'kunnen we alleen {owner} {part} doen', 'ik wil alleen {owner} {part} doen', 'start met alleen {owner} {part}', 'deze keer alleen {owner} {part}', 'alleen {owner} {part} deze keer', 'een massage voor {owner} {part}']),
        'alleen {part}', 'alleen {part} vandaag', 'een {part} massage', '{part} massage', 'een massage van de {part}',
      ]),
  },
  {
    name: IntentName.PlayRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () =>
      politely([
        'speel de massage', 'speel een massage', 'speel de massage af', 'speel het af', 'speel alles af', 'speel het helemaal af', 'speel het in één keer af', 'speel door', 'speel maar door', 'laat de massage doorspelen', 'laat het doorspelen', 'ga zelf door', 'ga vanzelf door', 'speel zonder te stoppen', 'speel de babymassage', 'meespelen',
        'speel de {routine}', 'speel de {routine} af', 'speel de {routine} massage', 'speel een {routine} massage', 'speel de {routine} massage af', 'speel de massage voor {routine}', 'speel de massage tegen {routine}', 'speel alleen de {part}', 'speel alleen het {part}', 'speel de {part} massage',
      ]),
  },
  {
    name: IntentName.ListRoutines,
    samples: () =>
      around([
        'welke massages zijn er', 'welke massages heb je', 'wat voor massages heb je', 'wat voor massages zijn er', 'welke massages kun je', 'welke soorten massage zijn er', 'welke massages kan ik kiezen', 'wat kan ik kiezen', 'wat kan ik allemaal kiezen', 'wat zijn de keuzes', 'wat zijn de opties', 'is er een kortere', 'heb je een kortere', 'is er ook een kortere', 'heb je iets korters', 'is er iets korters', 'een andere massage', 'een andere', 'andere massage', 'welke massage moet ik doen', 'welke massage zal ik doen', 'noem de massages', 'noem de massages op', 'wat heb je allemaal', 'welke zijn er', 'wat voor massages zijn er allemaal', 'welke massages ken je', 'wat kan ik doen met mijn baby',
      ]),
  },
  {
    name: IntentName.GoToPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () =>
      around([
        ...withOwners(['ga naar {owner} {part}', 'naar {owner} {part}', 'nu {owner} {part}', '{owner} {part} nu', 'doe {owner} {part}', 'doe nu {owner} {part}', 'doe {owner} {part} nu', 'laten we {owner} {part} doen', 'door naar {owner} {part}', 'ga door naar {owner} {part}', 'spring naar {owner} {part}', 'terug naar {owner} {part}', 'ga terug naar {owner} {part}', 'begin bij {owner} {part}', 'kunnen we {owner} {part} doen', 'ik wil {owner} {part} doen', 'hoe doe ik {owner} {part}', '{owner} {part} nog een keer', 'doe {owner} {part} nog een keer', 'en nu {owner} {part}', 'dan {owner} {part}', 'zullen we {owner} {part} doen', 'draai haar om en doe {owner} {part}', 'draai hem om en doe {owner} {part}', 'laat {owner} {part} zien', '{owner} {part} graag']),
        'de {part}', 'het {part}', 'naar {part}',
      ]),
  },
  {
    name: IntentName.SkipPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () =>
      politely([
        ...withOwners(['sla {owner} {part} over', 'sla {owner} {part} maar over', '{owner} {part} overslaan', '{owner} {part} maar overslaan', 'geen {part} vandaag', 'niet {owner} {part}', 'niet {owner} {part} vandaag', 'laat {owner} {part} weg', 'laat {owner} {part} maar weg', 'laat {owner} {part} maar zitten', '{owner} {part} maar niet', '{owner} {part} niet', 'skip {owner} {part}', 'we slaan {owner} {part} over', 'kunnen we {owner} {part} overslaan', 'zullen we {owner} {part} overslaan', 'ze vindt {owner} {part} niet fijn', 'hij vindt {owner} {part} niet fijn', 'ze wil {owner} {part} niet', 'hij wil {owner} {part} niet', 'vandaag geen {part}', 'zonder {owner} {part}']),
        'sla dit deel over', 'dit deel overslaan', 'dit stuk overslaan', 'sla dit stuk over', 'sla dit over', 'volgend deel', 'het volgende deel', 'naar het volgende deel', 'ga naar het volgende deel', 'door naar het volgende deel', 'volgend lichaamsdeel', 'dit deel niet', 'dit deel laten we zitten', 'ze vindt dit deel niet fijn', 'hij vindt dit deel niet fijn', 'sla dit lichaamsdeel over', 'dit deel maar overslaan',
      ]).concat(
        ['sla {owner} {part} over', '{owner} {part} overslaan', 'laat {owner} {part} maar weg', 'geen {part} vandaag'].flatMap((carrier) => ['de', 'het', 'haar', 'zijn'].map((owner) => carrier.replace('{owner}', owner))).flatMap((carrier) => SKIP_REASONS.map((why) => `${carrier} ${why}`)),
      ).filter((sample, i, all) => all.indexOf(sample) === i),
  },
  {
    name: IntentName.Where,
    samples: () =>
      around(['waar zijn we', 'waar waren we', 'waar ben ik', 'waar zitten we', 'waar zijn we gebleven', 'waar waren we gebleven', 'welke streek is dit', 'welke streek is dat', 'wat is dit voor streek', 'hoe heet deze', 'hoe heet deze streek', 'hoe heet die', 'hoe heet dit', 'hoe heette die', 'hoe heette die streek', 'waar zijn we mee bezig', 'welk deel is dit', 'bij welk deel zijn we', 'welke stap is dit', 'bij welke stap zijn we', 'wat is deze', 'wat is deze streek', 'bij welke streek zijn we', 'waar zijn we nu']),
  },
  {
    name: IntentName.TimeLeft,
    samples: () =>
      around(['hoe lang nog', 'hoe lang duurt het nog', 'hoe lang duurt het', 'hoe lang duurt dit', 'hoe lang duurt de massage', 'hoe lang duurt deze', 'hoe lang duurt deze massage', 'hoeveel nog', 'hoeveel streken nog', 'hoeveel streken zijn er nog', 'hoeveel stappen nog', 'hoeveel minuten nog', 'hoeveel tijd nog', 'zijn we bijna klaar', 'zijn we al bijna klaar', 'bijna klaar', 'is het bijna klaar', 'is het bijna afgelopen', 'is dit de laatste', 'is dit de laatste streek', 'is dat alles', 'was dat het', 'hoeveel komt er nog', 'wat komt er nog', 'wat moet er nog', 'hoeveel delen nog', 'duurt het nog lang', 'hoe lang zijn we nog bezig', 'hoeveel is er nog over', 'hoe lang gaat het nog duren']),
  },
];

const ROUTINE_VALUES: Readonly<Record<Exclude<RoutineId, `just-${string}` | LessonId>, { name: string; synonyms: string[] }>> = {
  full: { name: 'hele', synonyms: ['volledige', 'hele massage', 'volledige massage', 'complete', 'lange', 'uitgebreide', 'normale', 'gewone', 'hele lichaam', 'top tot teen', 'van top tot teen', 'alles', 'het hele lijfje', 'hele lijf'] },
  colic: {
    name: 'krampjes',
    synonyms: ['krampjesmassage', 'darmkrampjes', 'buikkrampjes', 'kramp', 'krampen', 'buikpijn', 'lucht', 'windjes', 'darmkrampjesmassage', 'krampjesbaby', 'een krampjesbaby', 'verstopping', 'verstopt', 'boertjes', 'haar krampjes', 'zijn krampjes', 'de krampjes', 'darmkrampjes massage', 'krampjes massage', 'een pijnlijk buikje', 'een harde buik', 'huilbaby', 'een huilbaby'],
  },
  bedtime: {
    name: 'slapengaan',
    synonyms: ['het slapengaan', 'slaapmassage', 'slaap', 'slapen', 'bedtijd', 'avondmassage', 'avond', 'nacht', 'de nacht', 'in slaap te komen', 'in slaap vallen', 'lekker te slapen', 'beter te slapen', 'slaperig', 'tot rust komen', 'tot rust te komen', 'rustig worden', 'te ontspannen', 'het avondritueel', 'voor het slapengaan', 'voor bedtijd', 'slaap massage', 'avond massage'],
  },
  newborn: {
    name: 'pasgeborenen',
    synonyms: ['pasgeboren', 'pasgeborene', 'pasgeboren baby', 'een pasgeboren baby', 'een pasgeborene', 'eerste', 'eerste keer', 'beginners', 'kleintjes', 'heel kleine baby', 'een heel kleine baby', 'nieuwe baby', ...['een', 'twee', 'drie', 'vier', 'vijf', 'zes'].flatMap((n) => [`${n} weken oud`, `een baby van ${n} weken`, `baby van ${n} weken`]), 'een week oud', 'een paar dagen oud', 'een paar weken oud', 'pasgeborenen massage'],
  },
  quick: { name: 'korte', synonyms: ['kort', 'snelle', 'snel', 'kortere', 'vlugge', 'mini', 'even snel', 'vijf minuten', 'van vijf minuten', 'beetje', 'kleine'] },
};

const PART_VALUES: Readonly<Record<MassagePart, { name: string; synonyms: string[] }>> = {
  legs: { name: 'beentjes', synonyms: ['benen', 'been', 'beentje', 'voetjes', 'voeten', 'voet', 'voetje', 'beentjes en voetjes', 'benen en voeten', 'teentjes', 'tenen', 'bovenbenen', 'dijen'] },
  tummy: { name: 'buikje', synonyms: ['buik', 'maag', 'maagje', 'buikstreken', 'buikje massage'] },
  chest: { name: 'borst', synonyms: ['borstje', 'borstkas', 'voorkant'] },
  arms: { name: 'armpjes', synonyms: ['armen', 'arm', 'armpje', 'handjes', 'handen', 'hand', 'handje', 'armpjes en handjes', 'armen en handen', 'vingertjes', 'vingers'] },
  face: { name: 'gezichtje', synonyms: ['gezicht', 'hoofd', 'hoofdje', 'voorhoofd', 'wangetjes', 'wangen'] },
  back: { name: 'rug', synonyms: ['ruggetje', 'ruggengraat', 'schouders', 'schoudertjes', 'rug en billen'] },
  movements: { name: 'zachte bewegingen', synonyms: ['bewegingen', 'beweginkjes', 'rekken', 'strekken', 'oefeningen', 'fietsen', 'fietsbewegingen', 'fietsen met de beentjes'] },
};

/** Each part word with its article: "de beentjes", "het buikje" (diminutives are het-words). */
function withArticle(words: readonly string[]): string[] {
  const het = (word: string) => /(je|jes)$/.test(word) && !/jes$/.test(word) ? true : ['gezicht', 'hoofd', 'voorhoofd'].includes(word);
  return words.filter((w) => !w.startsWith('de ')).map((w) => `${het(w) ? 'het' : 'de'} ${w}`);
}

export const routineSlotTypes: readonly SlotTypeSource<DutchVocabulary>[] = [
  { name: ROUTINE_SLOT_TYPE, values: () => Object.entries(ROUTINE_VALUES).map(([id, v]) => ({ id, ...v })) },
  // "de bewegingen", "het buikje" alone name a part too (GoToPart's bare {part}).
  { name: PART_SLOT_TYPE, values: () => Object.entries(PART_VALUES).map(([id, v]) => ({ id, name: v.name, synonyms: [...v.synonyms, ...withArticle([v.name, ...v.synonyms])] })) },
];
