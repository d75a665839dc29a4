import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import type { GermanVocabulary } from '../../../lambda/content/de/vocabulary';
import { BENEFIT_SLOT_TYPE, BenefitTopic, SAFETY_SLOT_TYPE, SafetyTopic } from '../../../lambda/content/topics';
import type { PaceChange } from '../../../lambda/routine/pace';
import type { LessonId, MassagePart, RoutineId } from '../../../lambda/routine/types';
import { AGE_UNIT_SLOT_TYPE, CLOCK_SLOT_TYPE, DAYPART_SLOT_TYPE, LESSON_SLOT_TYPE, LOG_PERIOD_SLOT_TYPE } from '../companion-intents';
import { PACE_SLOT_TYPE } from '../baby-intents';
import { PART_SLOT_TYPE, ROUTINE_SLOT_TYPE } from '../routine-intents';
import { IntentSource, ModelPhrases, SlotTypeSource } from '../types';

/**
 * The German interaction model's phrase sets (de-DE): every intent and slot type of the English sources,
 * by the same names, slots and value ids, written the way German-speaking parents talk to Alexa with
 * oily hands ("okay weiter", "moment mal", "nochmal bitte", "sie weint", "hilft das bei Blähungen").
 * Body parts are slot values with their article ("den Bauch", "die Beine"), so "zum {part}",
 * "zu {part}" and "jetzt {part}" all resolve.
 */

/** A locale word as a sample needs it: lowercase. */
const low = (word: string): string => word.toLowerCase();

/** Said before a command with the hands full: "okay, weiter", "ja, nochmal". */
const BEFORE = ['ja', 'jo', 'okay', 'ok', 'gut', 'so', 'also', 'und', 'alles klar', 'super', 'prima', 'schön', 'danke', 'bitte', 'oh', 'sorry', 'äh', 'na'];
/** Said after one: "weiter bitte", "nochmal jetzt". */
const AFTER = ['bitte', 'jetzt', 'mal', 'dann', 'bitte jetzt', 'dann bitte'];

/** A command with the words parents put around it: alone, a word before, a word after, and "okay ... bitte". */
function withFillers(bases: readonly string[]): string[] {
  return bases.flatMap((base) => {
    if (base.split(' ').length > 3) return [base, ...['ja', 'okay', 'ok', 'so', 'also', 'und', 'gut'].map((b) => `${b} ${base}`), `${base} bitte`];
    return [base, ...BEFORE.map((b) => `${b} ${base}`), ...AFTER.filter((a) => !base.endsWith(` ${a}`)).map((a) => `${base} ${a}`), ...['ja', 'okay', 'ok', 'gut', 'so'].map((b) => `${b} ${base} bitte`)];
  });
}

/** Each sample as it is, and with "bitte" after it. */
function politely(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => (sample.endsWith(' bitte') ? [sample] : [sample, `${sample} bitte`]));
}

/** Short requests with a word before and after them ("also die Kolikmassage", "nur den Bauch bitte"). */
function around(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    if (/^\{\w+\}$/.test(sample)) return [sample];
    if (sample.split(' ').length > 4) return politely([sample]);
    return [sample, ...['also', 'okay', 'ok', 'und', 'dann', 'bitte'].map((h) => `${h} ${sample}`), ...['bitte', 'jetzt', 'dann'].filter((t) => !sample.endsWith(` ${t}`)).map((t) => `${sample} ${t}`)];
  });
}

/** The baby as parents name it: "sie", "er", "mein Baby", "die Kleine". */
const BABIES = ['sie', 'er', 'mein baby', 'das baby', 'die kleine', 'der kleine', 'unser baby'];
/**
 * Each statement with every way of naming the baby, and without one: German drops the subject when
 * the baby is right there ("schläft", "hat Bauchweh").
 */
const babies = (build: (who: string) => string[]) => [...BABIES.flatMap(build), ...build('').map((sample) => sample.replace(/\s+/g, ' ').trim())];

/** Why a part is left out, said straight after it ("lass die Beine weg, die mag sie nicht"). */
const SKIP_REASONS = [
  ...['sie', 'er'].flatMap((p) => [`${p} mag das nicht`, `${p} mag das gar nicht`, `${p} weint`, `${p} hat keine lust`, `${p} ist müde`, `${p} hat gerade getrunken`, `${p} zappelt`, `${p} ist kitzelig`, `${p} hat da einen ausschlag`, `${p} hat genug`]),
  ...['das mag sie nicht', 'das mag er nicht', 'die mag sie nicht', 'die mag er nicht', 'den mag sie nicht', 'den mag er nicht', 'das klappt heute nicht', 'da weint sie', 'da weint er'],
];

const core: readonly IntentSource<GermanVocabulary>[] = [
  {
    name: IntentName.Next,
    samples: () => [
      ...withFillers(['weiter', 'nächster', 'nächste', 'der nächste', 'die nächste', 'nächster griff', 'nächster schritt', 'der nächste griff', 'der nächste schritt', 'fertig', 'bin fertig', 'sind fertig', 'wir sind fertig damit', 'geschafft', 'erledigt', 'hab ich', 'und jetzt', 'was jetzt', 'was kommt jetzt', 'was kommt als nächstes', 'und weiter', 'weiter gehts', 'weiter geht es', 'auf zum nächsten', 'zum nächsten griff', 'zum nächsten schritt', 'das nächste bitte', 'wie geht es weiter', 'und dann', 'bereit', 'wir sind bereit', 'so weit', 'wir sind so weit', 'geschafft was jetzt', 'fertig was jetzt', 'fertig was kommt jetzt']),
      ...['das bein ist fertig', 'das eine bein ist fertig', 'der arm ist fertig', 'die beine sind fertig', 'der bauch ist fertig', 'die brust ist fertig', 'die arme sind fertig', 'das gesicht ist fertig', 'der rücken ist fertig', 'die seite ist fertig'].flatMap((done) => [done, `okay ${done}`, `so ${done}`, `gut ${done}`]),
      ...['das andere bein', 'der andere arm', 'die andere seite', 'jetzt das andere bein', 'jetzt der andere arm', 'jetzt die andere seite'].flatMap((o) => [o, `okay ${o}`, `so ${o}`, `und ${o}`, `${o} bitte`]),
    ],
  },
  {
    name: IntentName.Repeat,
    samples: () => [
      ...withFillers(['nochmal', 'noch mal', 'noch einmal', 'nochmal bitte', 'wie bitte', 'hä', 'was hast du gesagt', 'was war das', 'sag das nochmal', 'sag es nochmal', 'nochmal sagen', 'kannst du das wiederholen', 'kannst du das nochmal sagen', 'wiederholen', 'wiederhol das', 'wiederhole das', 'hab ich nicht verstanden', 'das hab ich nicht verstanden', 'nicht verstanden', 'hab ich verpasst', 'wie ging das nochmal', 'wie geht das nochmal', 'wie geht das', 'wie mache ich das', 'was muss ich machen', 'was soll ich machen', 'erklär das nochmal', 'zeig mir das nochmal', 'den griff nochmal', 'diesen griff nochmal', 'in welche richtung', 'welche richtung', 'wie herum', 'im uhrzeigersinn oder andersrum']),
    ],
  },
  {
    name: IntentName.Previous,
    samples: () => [
      ...withFillers(['zurück', 'geh zurück', 'eins zurück', 'einen zurück', 'einen schritt zurück', 'ein schritt zurück', 'der davor', 'den davor', 'der vorherige', 'der letzte griff', 'nochmal den letzten griff', 'den letzten griff nochmal', 'vorheriger schritt', 'vorheriger griff', 'zurück zum letzten griff', 'zurück zum vorherigen', 'geh einen schritt zurück', 'können wir zurück', 'zurückgehen', 'bitte zurück', 'was war der letzte griff']),
    ],
  },
  {
    name: IntentName.StartOver,
    samples: () => [
      ...withFillers(['von vorne', 'von vorn', 'nochmal von vorne', 'noch mal von vorne', 'ganz von vorne', 'ganz von vorn anfangen', 'von vorne anfangen', 'von vorn anfangen', 'neu anfangen', 'neu starten', 'neustart', 'nochmal neu', 'fang nochmal von vorne an', 'fang von vorne an', 'alles von vorne', 'von anfang an', 'zurück zum anfang', 'wieder von vorne', 'lass uns neu anfangen']),
    ],
  },
  {
    name: IntentName.Pause,
    samples: () => [
      ...withFillers(['pause', 'mach mal pause', 'mach pause', 'kleine pause', 'kurze pause', 'pausieren', 'pause machen', 'moment', 'moment mal', 'einen moment', 'einen moment bitte', 'moment bitte', 'warte', 'warte kurz', 'warte mal', 'warte mal kurz', 'kurz warten', 'sekunde', 'eine sekunde', 'sekunde mal', 'augenblick', 'einen augenblick', 'halt', 'halt mal', 'halt mal kurz', 'stopp mal kurz', 'stopp mal', 'kurz stopp', 'gib mir eine minute', 'gib mir einen moment', 'gib mir kurz', 'eine minute', 'ich brauche eine pause', 'ich brauch kurz', 'ich muss kurz', 'bin gleich wieder da', 'gleich wieder da', 'sei mal kurz still', 'psst', 'ruhe bitte', 'nicht reden']),
    ],
  },
  {
    name: IntentName.Resume,
    samples: () => [
      ...withFillers(['fortsetzen', 'fortfahren', 'setz fort', 'wir sind wieder da', 'ich bin wieder da', 'bin wieder da', 'wieder da', 'es kann weitergehen', 'es geht wieder', 'wir können weitermachen', 'wir können wieder', 'wir sind wieder bereit', 'sie ist wieder ruhig', 'er ist wieder ruhig', 'das baby ist wieder ruhig', 'weiter wo wir waren', 'da weitermachen wo wir waren', 'mach da weiter wo wir aufgehört haben', 'pause beenden']),
    ],
  },
  {
    name: IntentName.Continue,
    samples: () => [...withFillers(['mach weiter', 'weitermachen', 'einfach weitermachen', 'weiter machen', 'mach einfach weiter', 'mach ruhig weiter', 'lass uns weitermachen', 'wir machen weiter', 'sollen wir weitermachen', 'soll ich weitermachen', 'weiter so', 'mach mal weiter'])],
  },
  {
    name: IntentName.Help,
    samples: () => around(['hilfe', 'hilf mir', 'ich brauche hilfe', 'was kann ich sagen', 'was kann ich machen', 'was soll ich sagen', 'was kannst du', 'was kannst du alles', 'wie funktioniert das', 'wie geht das hier', 'wie benutze ich das', 'welche befehle gibt es', 'was sind meine möglichkeiten', 'ich bin verwirrt', 'ich weiß nicht was ich sagen soll', 'anleitung']),
  },
  {
    name: IntentName.Stop,
    samples: () => around(['stopp', 'stop', 'aufhören', 'hör auf', 'beenden', 'beende', 'massage beenden', 'beende die massage', 'das reicht', 'das reicht für heute', 'genug für heute', 'schluss', 'schluss für heute', 'wir hören auf', 'wir hören für heute auf', 'wir sind fertig für heute', 'sie hat genug', 'er hat genug', 'tschüss', 'tschüs', 'ciao', 'ende', 'aus', 'ich muss aufhören', 'ich will aufhören', 'das wars', 'das wars für heute', 'lassen wir es dabei', 'machen wir schluss']),
  },
  {
    name: IntentName.Cancel,
    samples: () => around(['abbrechen', 'brich ab', 'abbruch', 'vergiss es', 'egal', 'massage abbrechen', 'ich muss los', 'wir müssen los', 'es ist was dazwischengekommen', 'ein andermal', 'lass gut sein']),
  },
  {
    name: IntentName.Yes,
    samples: () => [
      'ja', 'ja bitte', 'jo', 'jap', 'jawohl', 'klar', 'na klar', 'gerne', 'gern', 'okay', 'ok', 'in ordnung', 'genau', 'sicher', 'auf jeden fall', 'unbedingt', 'machen wir', 'los gehts', 'los geht es', 'ja los', 'warum nicht', 'ja gerne', 'ja klar', 'ja genau', 'ja machen wir', 'ja bitte weiter machen wir', 'klingt gut', 'gute idee', 'sehr gerne', 'ja sehr gern', 'ja okay', 'okay gerne', 'na gut', 'ja gut', 'passt',
    ],
  },
  {
    name: IntentName.No,
    samples: () => ['nein', 'nee', 'nö', 'nein danke', 'nee danke', 'jetzt nicht', 'heute nicht', 'noch nicht', 'lieber nicht', 'eher nicht', 'nicht wirklich', 'vielleicht später', 'später', 'nein lieber nicht', 'nein heute nicht', 'nein jetzt nicht', 'auf keinen fall', 'wir sind noch nicht bereit', 'noch nicht bereit', 'nein danke heute nicht', 'ne'],
  },
  { name: IntentName.NavigateHome, samples: () => [] },
  { name: IntentName.LoopOn, samples: () => [] },
  { name: IntentName.LoopOff, samples: () => [] },
  { name: IntentName.ShuffleOn, samples: () => [] },
  { name: IntentName.ShuffleOff, samples: () => [] },
  { name: IntentName.Fallback, samples: () => [] },
];

/** Whose part: "mach ihren Rücken", "seine Beine". Parts carry their own article as slot values. */
const owners = (samples: readonly string[]) => samples.flatMap((s) => ['ihren', 'ihre', 'seinen', 'seine', 'ihr', 'sein'].map((o) => s.replace('{owner}', o)));

const routines: readonly IntentSource<GermanVocabulary>[] = [
  {
    name: IntentName.StartRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => around([
      'starten', 'massage starten', 'starte die massage', 'starte eine massage', 'fang an', 'lass uns anfangen', 'los', 'anfangen', 'massage anfangen', 'babymassage starten',
      'ich möchte mein baby massieren', 'mein baby massieren', 'führ mich durch eine massage', 'wie massiere ich mein baby', 'zeig mir wie ich mein baby massiere',
      'die {routine}', 'eine {routine}', 'die {routine} massage', 'eine {routine} massage', 'die {routine} bitte', '{routine} starten', 'starte die {routine}', 'starte die {routine} massage',
      'mach die {routine}', 'mach die {routine} massage', 'mach eine {routine} massage', 'lass uns die {routine} machen', 'ich möchte die {routine}', 'ich hätte gern die {routine}',
      'die massage gegen {routine}', 'eine massage gegen {routine}', 'die massage für {routine}', 'eine massage für {routine}', 'die massage bei {routine}', 'massage gegen {routine}', 'massage für {routine}',
      'was gegen {routine}', 'etwas gegen {routine}', 'was zum {routine}', 'etwas zum {routine}', 'was für {routine}', 'etwas für {routine}', 'etwas {routine}', 'was {routine} bitte',
      'hast du was gegen {routine}', 'hast du was für {routine}', 'hast du eine massage gegen {routine}', 'hast du eine massage für {routine}', 'gibt es eine massage gegen {routine}', 'gibt es eine massage für {routine}',
      'gibt es was gegen {routine}', 'gibt es was für {routine}', 'welche massage hilft gegen {routine}', 'welche massage ist für {routine}', 'die zum {routine}', 'die gegen {routine}', 'die für {routine}',
      'nur {part}', 'nur {part} heute', 'heute nur {part}', 'nur noch {part}', 'diesmal nur {part}', 'bloß {part}', 'mach nur {part}', 'massier nur {part}', 'nur {part} massieren', 'lass uns nur {part} machen',
      'können wir nur {part} machen', 'eine massage nur für {part}', 'massier {part}',
      ...owners(['nur {owner} {part}', 'mach nur {owner} {part}', 'heute nur {owner} {part}']),
    ]),
  },
  {
    name: IntentName.PlayRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => politely([
      'spiel die massage ab', 'spiel die massage', 'spiel eine massage ab', 'lass die massage durchlaufen', 'einfach durchlaufen lassen', 'spiel alles am stück', 'spiel sie ganz ab', 'ohne anhalten abspielen',
      'mach allein weiter', 'lauf einfach durch', 'spiel die {routine} ab', 'spiel die {routine}', 'spiel die {routine} massage ab', 'spiel eine {routine} massage ab', 'lass die {routine} durchlaufen', 'spiel nur {part} ab',
    ]),
  },
  {
    name: IntentName.ListRoutines,
    samples: () => around([
      'welche massagen gibt es', 'was für massagen gibt es', 'was für massagen hast du', 'welche massagen hast du', 'welche massagen kennst du', 'welche programme gibt es', 'zähl die massagen auf',
      'was gibt es für massagen', 'was kann ich auswählen', 'welche auswahl gibt es', 'gibt es auch eine kürzere', 'gibt es eine kürzere', 'hast du was kürzeres', 'was können wir sonst machen',
      'welche massage soll ich machen', 'eine andere massage', 'eine andere', 'andere massage', 'massage wechseln', 'was hast du alles', 'welche gibt es',
    ]),
  },
  {
    name: IntentName.GoToPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => around([
      'geh zu {part}', 'geh zum {part}', 'geh zur {part}', 'zu {part}', 'zum {part}', 'zur {part}', 'jetzt {part}', 'jetzt zu {part}', 'jetzt zum {part}', 'jetzt zur {part}',
      'weiter zu {part}', 'weiter zum {part}', 'weiter zur {part}', 'weiter mit {part}', 'mach mit {part} weiter', 'machen wir mit {part} weiter', 'spring zu {part}', 'spring zum {part}', 'spring zur {part}',
      'mach {part}', 'mach jetzt {part}', 'machen wir {part}', 'lass uns {part} machen', 'ich möchte {part} machen', 'können wir {part} machen', 'zurück zu {part}', 'zurück zum {part}', 'zurück zur {part}',
      'fang mit {part} an', 'fang bei {part} an', '{part} zum schluss', 'nochmal {part}', '{part} nochmal', 'wie mache ich {part}', 'zeig mir {part}', 'die griffe für {part}', 'dreh sie um und mach {part}', 'dreh ihn um und mach {part}',
      'dreh es um und mach {part}', ...owners(['jetzt {owner} {part}', 'mach {owner} {part}', 'mach jetzt {owner} {part}', 'weiter mit {owner} {part}']),
    ]),
  },
  {
    name: IntentName.SkipPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => [
      ...politely([
        'diesen teil überspringen', 'den teil überspringen', 'überspring diesen teil', 'überspring den teil', 'diesen teil auslassen', 'den teil auslassen', 'den teil lassen wir aus', 'den teil lassen wir weg',
        'lass den teil weg', 'lass diesen teil weg', 'nächster teil', 'der nächste teil', 'zum nächsten teil', 'weiter zum nächsten teil', 'nächster körperteil', 'das mag sie nicht', 'das mag er nicht',
        'überspring {part}', 'überspringe {part}', '{part} überspringen', '{part} auslassen', '{part} weglassen', 'lass {part} weg', 'lass {part} aus', '{part} lassen wir weg', '{part} lassen wir aus',
        'heute kein {part}', 'heute keine {part}', 'heute keinen {part}', 'kein {part} heute', 'keine {part} heute', 'keinen {part} heute', 'ohne {part}', 'heute ohne {part}', 'nicht {part}', 'bitte nicht {part}',
        '{part} mag sie nicht', '{part} mag er nicht', 'sie mag {part} nicht', 'er mag {part} nicht', 'sie hasst {part}', 'er hasst {part}', 'können wir {part} überspringen', 'können wir {part} auslassen',
        ...owners(['überspring {owner} {part}', 'lass {owner} {part} weg', 'lass {owner} {part} aus']),
      ]),
      ...['lass {part} weg', 'überspring {part}', '{part} lassen wir weg', '{part} überspringen'].flatMap((carrier) => SKIP_REASONS.map((why) => `${carrier} ${why}`)),
    ],
  },
  {
    name: IntentName.Where,
    samples: () => around([
      'wo sind wir', 'wo sind wir gerade', 'wo bin ich', 'wo waren wir', 'wo waren wir stehen geblieben', 'wo waren wir nochmal', 'welcher teil ist das', 'welcher teil ist das gerade', 'bei welchem teil sind wir',
      'welcher griff ist das', 'was für ein griff ist das', 'wie heißt dieser griff', 'wie heißt der griff', 'wie heißt das', 'was machen wir gerade', 'was machen wir hier', 'bei welchem griff sind wir', 'welcher schritt ist das',
      'wofür ist dieser griff', 'wie hieß der letzte griff', 'sag mir wo wir sind',
    ]),
  },
  {
    name: IntentName.TimeLeft,
    samples: () => around([
      'wie lange noch', 'wie lange dauert das noch', 'wie lange dauert es noch', 'wie lange dauert das', 'wie lange dauert die massage', 'wie viel fehlt noch', 'wie viel ist noch übrig', 'wie viele noch',
      'wie viele griffe noch', 'wie viele griffe fehlen noch', 'wie viele schritte noch', 'wie viele minuten noch', 'sind wir bald fertig', 'sind wir gleich fertig', 'sind wir fast fertig', 'ist es bald vorbei',
      'ist das der letzte', 'ist das der letzte griff', 'ist das alles', 'war es das', 'was kommt noch', 'was fehlt noch', 'wie lange brauchen wir noch', 'noch lange', 'dauert es noch lange', 'fast fertig',
    ]),
  },
];

const ROUTINE_VALUES: Readonly<Record<Exclude<RoutineId, `just-${string}` | LessonId>, { name: string; synonyms: string[] }>> = {
  full: { name: 'ganzkörpermassage', synonyms: ['ganze', 'ganz', 'ganzkörper', 'komplette', 'komplett', 'lange', 'längere', 'normale', 'übliche', 'vollständige', 'die ganze', 'alles', 'ganze massage', 'ganzkörper massage'] },
  colic: {
    name: 'kolikmassage',
    synonyms: [
      'kolik', 'koliken', 'kolik massage', 'koliken massage', 'blähungen', 'blähung', 'bauchweh', 'bauchschmerzen', 'luft im bauch', 'pupsen', 'verstopfung', 'dreimonatskoliken', 'ihre koliken', 'seine koliken',
      'ihre blähungen', 'seine blähungen', 'ein baby mit blähungen', 'babys mit blähungen', 'blähungsmassage', 'bauchwehmassage', 'gegen blähungen', 'gegen koliken', 'gegen bauchweh', 'bei blähungen', 'bei koliken',
    ],
  },
  bedtime: {
    name: 'einschlafmassage',
    synonyms: [
      'einschlafen', 'schlafen', 'schlafenszeit', 'einschlaf', 'abendmassage', 'gute nacht massage', 'gutenachtmassage', 'abend', 'abends', 'nacht', 'zum einschlafen', 'zum schlafen', 'vor dem schlafen',
      'vor dem zubettgehen', 'zubettgehen', 'bettzeit', 'runterkommen', 'zur ruhe kommen', 'beruhigung', 'besser schlafen', 'damit sie schläft', 'damit er schläft', 'schlafmassage',
    ],
  },
  newborn: {
    name: 'neugeborenenmassage',
    synonyms: [
      'neugeborene', 'neugeborenen', 'neugeborenes', 'neugeborenen massage', 'erste', 'erste massage', 'ganz kleine babys', 'ganz kleine', 'kleine babys', 'ein neugeborenes', 'anfänger', 'das erste mal',
      ...['eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs'].flatMap((n) => [`${n} wochen alte babys`, `ein ${n} wochen altes baby`]),
      'ein paar tage alte babys', 'ein paar wochen alte babys', 'winzige babys',
    ],
  },
  quick: { name: 'kurzmassage', synonyms: ['kurze', 'kurz', 'kürzere', 'schnelle', 'schnelles', 'schnell', 'fünf minuten', 'fünf minuten massage', 'mini', 'minimassage', 'kleine', 'knappe', 'kurzversion'] },
};

const PART_VALUES: Readonly<Record<MassagePart, { name: string; synonyms: string[] }>> = {
  legs: {
    name: 'beine',
    synonyms: ['bein', 'die beine', 'den beinen', 'beinen', 'beinchen', 'die beinchen', 'den beinchen', 'füße', 'die füße', 'den füßen', 'füßen', 'fuß', 'den fuß', 'füßchen', 'die füßchen', 'beine und füße', 'die beine und füße', 'den beinen und füßen', 'zehen', 'die zehen', 'oberschenkel', 'das bein'],
  },
  tummy: { name: 'bauch', synonyms: ['der bauch', 'den bauch', 'dem bauch', 'bäuchlein', 'das bäuchlein', 'bauchi', 'den bauchi', 'magen', 'bauch massage'] },
  chest: { name: 'brust', synonyms: ['die brust', 'der brust', 'oberkörper', 'den oberkörper', 'dem oberkörper', 'brustkorb'] },
  arms: {
    name: 'arme',
    synonyms: ['arm', 'die arme', 'den armen', 'armen', 'den arm', 'ärmchen', 'die ärmchen', 'den ärmchen', 'hände', 'die hände', 'den händen', 'hand', 'die hand', 'händchen', 'arme und hände', 'die arme und hände', 'den armen und händen', 'finger', 'die finger'],
  },
  face: { name: 'gesicht', synonyms: ['das gesicht', 'dem gesicht', 'gesichtchen', 'kopf', 'den kopf', 'dem kopf', 'stirn', 'die stirn', 'wangen', 'die wangen'] },
  back: { name: 'rücken', synonyms: ['der rücken', 'den rücken', 'dem rücken', 'wirbelsäule', 'schultern', 'die schultern', 'rückenseite'] },
  movements: {
    name: 'sanfte bewegungen',
    synonyms: ['bewegungen', 'die bewegungen', 'die sanften bewegungen', 'den bewegungen', 'den sanften bewegungen', 'die bewegungen zum schluss', 'bewegungen zum schluss', 'dehnen', 'strecken', 'fahrrad', 'fahrradfahren', 'turnen', 'übungen', 'die übungen', 'babyturnen'],
  },
};

const PACE_VALUES: Readonly<Record<PaceChange, { name: string; synonyms: string[] }>> = {
  slower: { name: 'langsamer', synonyms: ['etwas langsamer', 'ein bisschen langsamer', 'langsam', 'zu schnell', 'viel zu schnell', 'langsamer sprechen', 'langsamer reden', 'nicht so schnell', 'mach langsamer'] },
  faster: { name: 'schneller', synonyms: ['etwas schneller', 'ein bisschen schneller', 'zu langsam', 'viel zu langsam', 'schneller sprechen', 'schneller reden', 'nicht so langsam', 'zügiger', 'mach schneller'] },
  'longer-pauses': { name: 'längere pausen', synonyms: ['mehr zeit', 'mehr zeit für jeden griff', 'längere pause', 'mehr pause', 'mehr zeit zwischen den griffen', 'längere übungszeit'] },
  'shorter-pauses': { name: 'kürzere pausen', synonyms: ['weniger zeit', 'kürzere pause', 'weniger pause', 'weniger warten', 'weniger zeit zwischen den griffen'] },
  brief: { name: 'weniger reden', synonyms: ['weniger erklärungen', 'kurzmodus', 'kurze anleitung', 'nur die namen', 'weniger details', 'weniger text', 'du redest zu viel', 'zu viel gerede', 'kürzer'] },
  detail: { name: 'mehr details', synonyms: ['mehr erklärungen', 'ausführlich', 'ausführlicher', 'genauer', 'mehr anleitung', 'mehr reden', 'detailliert'] },
  normal: { name: 'normales tempo', synonyms: ['normal', 'normale geschwindigkeit', 'wie vorher', 'das übliche tempo', 'standard', 'zurücksetzen', 'tempo zurücksetzen', 'wie immer'] },
};

const baby: readonly IntentSource<GermanVocabulary>[] = [
  {
    name: IntentName.BabyAsleep,
    samples: () => babies((w) => [`${w} ist eingeschlafen`, `${w} schläft`, `${w} schläft jetzt`, `${w} schläft ein`, `${w} ist weggedöst`, `${w} ist eingenickt`, `${w} pennt`, `oh ${w} ist eingeschlafen`, `${w} ist gerade eingeschlafen`, `${w} schläft schon`]),
  },
  {
    name: IntentName.BabyUpset,
    samples: () => babies((w) => [`${w} weint`, `${w} schreit`, `${w} quengelt`, `${w} meckert`, `${w} jammert`, `${w} ist unruhig`, `${w} ist total unruhig`, `${w} ist quengelig`, `${w} ist knatschig`, `${w} fängt an zu weinen`, `${w} hört nicht auf zu weinen`,
      `${w} ist schlecht drauf`, `${w} zahnt`, `${w} zahnt gerade`, `${w} kriegt zähne`, `${w} bekommt zähne`, `warte ${w} weint`, `moment ${w} weint`, `oh ${w} weint`, `${w} heult`, `${w} brüllt`]),
  },
  {
    name: IntentName.BabyNeeds,
    samples: (words) => [
      ...babies((w) => [`${w} hat hunger`, `${w} ist hungrig`, `${w} will trinken`, `${w} will die flasche`, `${w} will an die brust`, `${w} sucht die brust`, `${w} will gestillt werden`, `${w} hat in die ${low(words.nappy)} gemacht`, `${w} hat gepinkelt`,
        `${w} hat mich angepinkelt`, `${w} hat gekackt`, `${w} hat groß gemacht`, `${w} hat gespuckt`, `${w} spuckt`, `${w} hat sich übergeben`, `${w} hat mich angespuckt`, `${w} braucht eine frische ${low(words.nappy)}`, `${w} muss gewickelt werden`]),
      ...['sie', 'ihn'].flatMap((o) => [`ich muss ${o} stillen`, `ich muss ${o} wickeln`, `ich muss ${o} füttern`, `ich muss ${o} kurz wickeln`]),
      `die ${low(words.nappy)} ist voll`, `ich muss die ${low(words.nappy)} wechseln`, `${low(words.nappy)} wechseln`, `die ${low(words.nappy)} muss gewechselt werden`, `volle ${low(words.nappy)}`,
    ],
  },
  {
    name: IntentName.BabyUnwell,
    samples: (words) => [
      ...babies((w) => [`${w} hat fieber`, `${w} ist krank`, `${w} ist erkältet`, `${w} hat schnupfen`, `${w} hat husten`, `${w} hat einen ausschlag`, `${w} hat ausschlag`, `${w} hat neurodermitis`, `${w} hat durchfall`, `${w} ist nicht fit`,
        `${w} sieht gelb aus`, `${w} sieht ganz gelb aus`, `${w} ist gelb`, `${w} wurde heute geimpft`, `${w} wurde gestern geimpft`, `${w} hatte heute eine ${low(words.jabs)}`, `${w} hatte gestern eine ${low(words.jabs)}`, `${w} ist frisch geimpft`,
        `${w} hatte heute die ${low(words.jabs)}`, `${w} hatte gestern die ${low(words.jabs)}`]),
      ...['ihre', 'seine'].flatMap((p) => ['sie', 'er', ''].flatMap((w) => [`${w} hatte heute ${p} ${low(words.jabs)}`.trim(), `${w} hatte gestern ${p} ${low(words.jabs)}`.trim()])),
    ],
  },
  {
    name: IntentName.BabyDislikes,
    samples: () => babies((w) => [`${w} mag das nicht`, `${w} mag das gar nicht`, `${w} findet das doof`, `${w} findet das blöd`, `${w} dreht den kopf weg`, `${w} dreht sich weg`, `${w} schaut weg`, `${w} guckt weg`, `${w} wird ganz rot`, `${w} wird rot`,
      `${w} wird blass`, `${w} wird fleckig`, `${w} macht sich ganz steif`, `${w} macht sich steif`, `${w} überstreckt sich`, `${w} ballt die fäuste`, `${w} hat schluckauf`, `${w} hat wieder schluckauf`, `${w} niest`, `${w} niest ständig`, `${w} muss niesen`,
      `${w} gähnt`, `${w} will das nicht`, `${w} zieht weg`]),
  },
  {
    name: IntentName.BabyHappy,
    samples: () => babies((w) => [`${w} lächelt`, `${w} lacht`, `${w} gluckst`, `${w} strahlt`, `${w} strahlt mich an`, `${w} lächelt mich an`, `${w} findet das toll`, `${w} findet das schön`, `${w} mag das`, `${w} mag das sehr`, `${w} genießt es`, `${w} genießt das`,
      `${w} ist ganz entspannt`, `${w} ist zufrieden`, `${w} ist glücklich`, `${w} brabbelt`, `${w} quietscht`, `${w} gurrt`, `${w} hält meinen finger`, `${w} hält meine hand`, `${w} greift nach meiner hand`, `${w} greift nach meinem finger`, `${w} liebt das`]),
  },
  {
    name: IntentName.BabyWind,
    samples: () => babies((w) => [`${w} hat blähungen`, `${w} hat bauchweh`, `${w} hat bauchschmerzen`, `${w} hat koliken`, `${w} hat luft im bauch`, `${w} pupst`, `${w} pupst die ganze zeit`, `${w} ist verstopft`, `${w} hat einen harten bauch`, `${w} drückt die ganze zeit`,
      `ich glaube ${w} hat blähungen`, `ich glaube ${w} hat koliken`]),
  },
  {
    name: IntentName.BabySleepy,
    samples: () => babies((w) => [`${w} ist müde`, `${w} wird müde`, `${w} ist schläfrig`, `${w} wird schläfrig`, `${w} gähnt die ganze zeit`, `${w} gähnt ständig`, `${w} reibt sich die augen`, `${w} ist fast eingeschlafen`, `${w} ist total müde`, `${w} braucht ein schläfchen`]),
  },
  {
    name: IntentName.Thanks,
    samples: () => around(['danke', 'danke schön', 'dankeschön', 'vielen dank', 'danke dir', 'danke sehr', 'tausend dank', 'super danke', 'okay danke', 'danke das war schön', 'danke dir das war schön', 'das war schön danke', 'das war toll danke', 'lieben dank', 'merci']),
  },
  {
    name: IntentName.Pace,
    slots: [{ name: SlotName.Pace, type: PACE_SLOT_TYPE }],
    samples: () => around(['{pace}', '{pace} bitte', 'bitte {pace}', 'ein bisschen {pace}', 'sprich {pace}', 'rede {pace}', 'kannst du {pace} sprechen', 'kannst du {pace} reden', 'geht das {pace}',
      'du redest {pace}', 'du sprichst {pace}', 'das ist {pace}', 'das ist mir {pace}', 'das geht mir {pace}', 'du bist {pace}', 'ich hätte gern {pace}', 'ich möchte {pace}', 'ich brauche {pace}', 'wieder {pace}', 'wieder auf {pace}', 'stell auf {pace}', 'bitte mit {pace}', 'mit {pace} bitte']),
  },
  {
    name: IntentName.Statement,
    slots: [{ name: SlotName.Statement, type: 'AMAZON.SearchQuery' }],
    samples: () => STATEMENT_CARRIERS.map((carrier) => `${carrier} {statement}`),
  },
];

const STATEMENT_CARRIERS = [
  ...['moment', 'warte', 'warte mal', 'oh', 'oh nein', 'ach', 'oje', 'so', 'und', 'okay', 'ok', 'hilfe', 'pause', 'stopp'].flatMap((lead) => [`${lead} sie`, `${lead} er`, `${lead} mein baby`, `${lead} das baby`, `${lead} die kleine`, `${lead} der kleine`]),
  'sie', 'er', 'sie ist', 'er ist', 'sie hat', 'er hat', 'sie will', 'er will', 'sie wird', 'er wird', 'sie macht', 'er macht', 'sie fängt an', 'er fängt an', 'sie hat sich', 'er hat sich',
  'mein baby', 'mein baby ist', 'mein baby hat', 'das baby', 'das baby ist', 'das baby hat', 'die kleine', 'der kleine', 'unser baby', 'ich glaube sie', 'ich glaube er', 'ich glaube sie ist', 'ich glaube er ist',
  'ich muss', 'ich muss kurz', 'wir müssen', 'ich glaube ich muss', 'jetzt ist sie', 'jetzt ist er',
];

const BENEFIT_VALUES: readonly { id: BenefitTopic; name: string; synonyms: string[] }[] = [
  { id: 'sleep', name: 'schlaf', synonyms: ['schlafen', 'den schlaf', 'dem schlafen', 'besser schlafen', 'durchschlafen', 'beim durchschlafen', 'einschlafen', 'dem einschlafen', 'den schlafrhythmus', 'schlafrhythmus', 'die nacht', 'nachts', 'länger schlafen'] },
  { id: 'bonding', name: 'bindung', synonyms: ['die bindung', 'der bindung', 'die bindung zwischen uns', 'unsere bindung', 'bonding', 'die beziehung', 'unsere beziehung', 'nähe', 'die nähe', 'verbindung', 'vertrauen', 'selbstvertrauen', 'gemeinsame zeit'] },
  { id: 'relaxation', name: 'entspannung', synonyms: ['die entspannung', 'entspannen', 'ruhiger', 'ruhe', 'stress', 'gegen stress', 'beruhigung', 'unruhe', 'weinen', 'schreien', 'quengeln', 'oxytocin', 'stresshormone', 'ausgeglichener', 'gelassener'] },
  { id: 'digestion', name: 'koliken', synonyms: ['kolik', 'blähungen', 'blähung', 'bauchweh', 'bauchschmerzen', 'verstopfung', 'verdauung', 'die verdauung', 'der verdauung', 'luft im bauch', 'pupsen', 'stuhlgang', 'bäuerchen', 'dreimonatskoliken', 'bauchkrämpfen', 'bauchkrämpfe'] },
  { id: 'reflux', name: 'reflux', synonyms: ['spucken', 'dem spucken', 'spuckkindern', 'sodbrennen', 'aufstoßen', 'erbrechen', 'speikind', 'spuckkind'] },
  { id: 'teething', name: 'zahnen', synonyms: ['dem zahnen', 'zähne', 'zähnen', 'den zähnen', 'zahnschmerzen', 'zahnfleisch', 'verstopfte nase', 'einer verstopften nase', 'verstopfter nase', 'schnupfnase', 'der schnupfnase', 'zahnungsbeschwerden'] },
  { id: 'breathing', name: 'atmung', synonyms: ['die atmung', 'der atmung', 'atmen', 'dem atmen', 'asthma', 'die lunge', 'lunge', 'atemwege', 'die atemwege'] },
  { id: 'immunity', name: 'immunsystem', synonyms: ['das immunsystem', 'dem immunsystem', 'abwehrkräfte', 'die abwehrkräfte', 'immunabwehr', 'die abwehr', 'infekte', 'infekten', 'krankheiten', 'gesund bleiben'] },
  { id: 'brain', name: 'gehirnentwicklung', synonyms: ['die gehirnentwicklung', 'der gehirnentwicklung', 'gehirn', 'das gehirn', 'entwicklung', 'die entwicklung', 'der entwicklung', 'nervensystem', 'das nervensystem', 'schlauer', 'klüger', 'intelligenter', 'intelligenz', 'lernen'] },
  { id: 'growth', name: 'gewicht', synonyms: ['das gewicht', 'fürs gewicht', 'zunehmen', 'gewichtszunahme', 'der gewichtszunahme', 'wachstum', 'das wachstum', 'muskeln', 'die muskeln', 'muskelaufbau', 'gedeihen', 'dem gedeihen'] },
  { id: 'awareness', name: 'körperwahrnehmung', synonyms: ['die körperwahrnehmung', 'der körperwahrnehmung', 'wahrnehmung', 'koordination', 'die koordination', 'körpergefühl', 'das körpergefühl', 'motorik', 'die motorik', 'die sinne', 'sprache', 'die sprache', 'erste wörter'] },
  { id: 'circulation', name: 'durchblutung', synonyms: ['die durchblutung', 'der durchblutung', 'kreislauf', 'den kreislauf', 'blutkreislauf', 'sauerstoff', 'die sauerstoffversorgung'] },
  { id: 'autonomy', name: 'erlaubnis', synonyms: ['um erlaubnis', 'die erlaubnis', 'einverständnis', 'selbstbestimmung', 'zustimmung', 'respekt', 'nein sagen', 'das fragen'] },
];

const SAFETY_VALUES: readonly { id: SafetyTopic; name: string; synonyms: string[] }[] = [
  { id: 'when-not', name: 'wann nicht', synonyms: ['fieber', 'bei fieber', 'krankheit', 'krank', 'wenn sie krank ist', 'wenn er krank ist', 'erkältung', 'bei erkältung', 'einer erkältung', 'schnupfen', 'durchfall', 'bei durchfall', 'gelbsucht', 'bei gelbsucht', 'nicht massieren', 'lieber nicht massieren'] },
  { id: 'vaccinations', name: 'impfung', synonyms: ['der impfung', 'die impfung', 'impfungen', 'den impfungen', 'dem impfen', 'impfen', 'der spritze', 'spritze', 'dem piks', 'der u untersuchung mit impfung', 'dem impftermin', 'impftermin'] },
  { id: 'feeding', name: 'stillen', synonyms: ['dem stillen', 'dem trinken', 'trinken', 'dem fläschchen', 'fläschchen', 'der flasche', 'dem essen', 'essen', 'der mahlzeit', 'mahlzeit', 'dem füttern', 'vollem bauch', 'der beste zeitpunkt', 'die beste zeit', 'tageszeit'] },
  { id: 'oil', name: 'öl', synonyms: ['öle', 'das öl', 'massageöl', 'babyöl', 'olivenöl', 'mandelöl', 'kokosöl', 'sonnenblumenöl', 'jojobaöl', 'ätherische öle', 'creme', 'eine creme', 'lotion', 'babylotion', 'bodylotion', 'ohne öl', 'welches öl', 'pflanzenöl'] },
  { id: 'how-long', name: 'wie lange', synonyms: ['lange', 'dauer', 'wie viele minuten', 'minuten'] },
  { id: 'how-often', name: 'wie oft', synonyms: ['oft', 'häufig', 'jeden tag', 'täglich', 'pro woche', 'wie häufig', 'mal am tag'] },
  { id: 'sleeping', name: 'im schlaf', synonyms: ['schlafend', 'wenn sie schläft', 'wenn er schläft', 'während sie schläft', 'während er schläft', 'ein schlafendes baby', 'beim schlafen'] },
  { id: 'age', name: 'alter', synonyms: ['welchem alter', 'wann', 'ab wann', 'bis wann', 'monaten', 'wochen', 'ab der geburt', 'kleinkind', 'kleinkinder', 'ein jahr', 'einjährige'] },
  { id: 'newborn', name: 'neugeborene', synonyms: ['neugeborenen', 'neugeborenes', 'ein neugeborenes', 'neugeborenes baby', 'ganz kleine babys', 'dem nabelschnurrest', 'nabelschnurrest', 'erst zwei wochen alt', 'eine woche alt'] },
  { id: 'premature', name: 'frühchen', synonyms: ['frühchen', 'frühgeborene', 'frühgeborenen', 'frühgeborenes', 'zu früh geboren', 'frühgeburt', 'ein frühchen'] },
  { id: 'crying', name: 'weint', synonyms: ['weinen', 'schreit', 'schreien', 'es nicht mag', 'sie es nicht mag', 'er es nicht mag', 'sich wegdreht', 'sie sich wegdreht', 'er sich wegdreht', 'quengelt', 'sich wehrt', 'sie weint', 'er weint', 'sie schreit', 'er schreit'] },
  { id: 'others', name: 'andere', synonyms: ['papa', 'der papa', 'mein mann', 'mein partner', 'meine partnerin', 'meine frau', 'oma', 'die oma', 'opa', 'der opa', 'großeltern', 'die großeltern', 'geschwister', 'die geschwister', 'die große schwester', 'der große bruder', 'babysitter', 'die tagesmutter', 'jemand anders', 'papa das auch', 'mein mann das auch'] },
  { id: 'bath', name: 'baden', synonyms: ['dem baden', 'bad', 'dem bad', 'badewanne', 'badezeit', 'nach dem baden', 'vor dem baden'] },
  { id: 'setting', name: 'vorbereitung', synonyms: ['das zimmer', 'zimmer', 'raum', 'raumtemperatur', 'temperatur', 'warm', 'wickeltisch', 'dem wickeltisch', 'handtuch', 'unterlage', 'boden', 'dem boden', 'kleidung', 'ausziehen'] },
  { id: 'pressure', name: 'druck', synonyms: ['fest', 'feste', 'zu fest', 'stark', 'doll', 'sanft', 'zu sanft', 'weh tun', 'wehtun', 'drücken', 'kräftig'] },
  { id: 'hips', name: 'hüfte', synonyms: ['hüften', 'den hüften', 'die hüfte', 'hüftdysplasie', 'einer hüftdysplasie', 'dysplasie', 'spreizhose', 'einer spreizhose', 'spreizschiene', 'hüftreifung'] },
  { id: 'skin', name: 'haut', synonyms: ['die haut', 'trockene haut', 'trockener haut', 'neurodermitis', 'ekzem', 'ausschlag', 'milchschorf', 'bei milchschorf', 'pickel', 'babyakne', 'empfindliche haut', 'windeldermatitis'] },
  { id: 'soft-spot', name: 'fontanelle', synonyms: ['die fontanelle', 'der fontanelle', 'weiche stelle', 'die weiche stelle', 'der weichen stelle', 'den kopf', 'kopf', 'dem kopf'] },
  { id: 'hernia', name: 'nabelbruch', synonyms: ['einem nabelbruch', 'nabel', 'bauchnabel', 'dem bauchnabel', 'dem nabel', 'hernie', 'bruch', 'nabelschnur'] },
  { id: 'postnatal', name: 'wochenbettdepression', synonyms: ['einer wochenbettdepression', 'postpartale depression', 'depression', 'babyblues', 'baby blues', 'meiner stimmung', 'meine stimmung', 'niedergeschlagenheit', 'traurigkeit', 'meine psyche'] },
];

const questionIntents: readonly IntentSource<GermanVocabulary>[] = [
  {
    name: IntentName.Benefits,
    slots: [{ name: SlotName.Topic, type: BENEFIT_SLOT_TYPE }],
    samples: () => [
      ...['hilft das', 'hilft es', 'hilft massage', 'hilft babymassage', 'hilft die massage', 'wirkt massage', 'wirkt das'].flatMap((c) => [`${c} bei {topic}`, `${c} beim {topic}`, `${c} gegen {topic}`]),
      'ist das gut für {topic}', 'ist das gut fürs {topic}', 'ist massage gut für {topic}', 'ist babymassage gut für {topic}', 'ist das gut für die {topic}', 'stärkt das {topic}', 'stärkt massage {topic}', 'fördert das {topic}',
      'fördert massage {topic}', 'verbessert massage {topic}', 'verbessert das {topic}', 'macht massage babys {topic}', 'macht das babys {topic}', 'macht das mein baby {topic}', 'wird mein baby davon {topic}', 'schläft sie dann {topic}',
      'schläft er dann {topic}', 'nimmt sie davon {topic}', 'nimmt er davon {topic}', 'was bringt massage bei {topic}', 'was bringt massage für {topic}', 'gibt es studien zu {topic}', 'ich habe gehört massage hilft bei {topic}',
      'was bringt babymassage überhaupt', 'was bringt babymassage', 'was bringt das', 'was bringt das überhaupt', 'welche vorteile hat babymassage', 'welche vorteile hat das', 'was sind die vorteile', 'wozu ist babymassage gut',
      'wofür ist babymassage gut', 'warum sollte ich mein baby massieren', 'bringt das wirklich was', 'bringt babymassage wirklich was', 'wirkt das wirklich', 'ist das bewiesen', 'was sagt die forschung', 'gibt es beweise dafür',
    ],
  },
  {
    name: IntentName.Safety,
    slots: [{ name: SlotName.Topic, type: SAFETY_SLOT_TYPE }],
    samples: () => [
      'welches {topic} soll ich nehmen', 'welches {topic} nehme ich', 'welches {topic} ist das beste', 'welches {topic} ist am besten', 'welche {topic} soll ich nehmen', 'kann ich {topic} nehmen', 'darf ich {topic} nehmen',
      'kann ich {topic} benutzen', 'darf ich {topic} benutzen', 'ist {topic} okay', 'ist {topic} in ordnung', 'geht auch {topic}', 'brauche ich überhaupt {topic}', 'brauche ich {topic}',
      'darf ich nach {topic} massieren', 'kann ich nach {topic} massieren', 'darf ich direkt nach {topic} massieren', 'kann ich direkt nach {topic} massieren', 'wie lange nach {topic} soll ich warten', 'wie lange nach {topic} muss ich warten',
      'vor oder nach {topic}', 'massieren vor oder nach {topic}', 'darf ich bei {topic} massieren', 'kann ich bei {topic} massieren', 'was ist mit {topic}', 'was ist mit der {topic}', 'was ist mit dem {topic}', 'was ist mit den {topic}',
      'ist das für {topic} okay', 'ist das für {topic} geeignet', 'geht das bei {topic}', 'geht das auch bei {topic}', 'darf ich {topic} massieren', 'kann ich {topic} massieren', 'darf ich ein {topic} massieren',
      'darf {topic} das auch machen', 'kann {topic} das auch machen', 'darf {topic} massieren', 'kann {topic} massieren', 'darf {topic} sie massieren', 'darf {topic} ihn massieren', 'können {topic} auch massieren',
      'was mache ich wenn sie {topic}', 'was mache ich wenn er {topic}', 'was wenn sie {topic}', 'was wenn er {topic}', 'was tun wenn mein baby {topic}', 'warum {topic} sie bei der massage', 'warum {topic} er bei der massage',
      'wie {topic} soll ich drücken', 'wie {topic} darf ich drücken', 'drücke ich zu {topic}', 'ist das zu {topic}', 'wie {topic} soll eine massage dauern', 'wie {topic} soll ich massieren', 'wie {topic} massiere ich',
      'ab welchem {topic} darf ich massieren', 'ab welchem {topic} kann ich anfangen', 'bis zu welchem {topic} massiert man', 'ab {topic} kann ich anfangen', 'bis {topic} macht man das',
      'wie warm muss {topic} sein', 'geht das auch auf dem {topic}',
      'ist babymassage sicher', 'ist massage sicher', 'ist das sicher', 'ist das gefährlich', 'worauf muss ich achten', 'was muss ich bei der sicherheit beachten',
    ],
  },
  {
    name: IntentName.Question,
    slots: [{ name: SlotName.Question, type: 'AMAZON.SearchQuery' }],
    samples: () => [
      ...[...QUESTION_CARRIERS, ...QUESTION_HEADS.flatMap((head) => QUESTION_CARRIERS.map((carrier) => `${head} ${carrier}`))].map((carrier) => `${carrier} {question}`),
      ...QUESTION_TAILS.map((tail) => `{question} ${tail}`),
    ],
  },
];

/** How German-speaking parents start a question in their own words: the words before it (the classifier reads the rest). */
const QUESTION_CARRIERS = [
  'kann ich', 'kann man', 'darf ich', 'darf man', 'soll ich', 'sollte ich', 'muss ich', 'sollen wir', 'können wir', 'dürfen wir', 'was', 'was mache ich', 'was mache ich wenn', 'was mache ich bei', 'was tun bei', 'was tun wenn',
  'was ist wenn', 'was wenn', 'wie', 'wann', 'warum', 'wieso', 'weshalb', 'welche', 'welches', 'welcher', 'gibt es', 'geht', 'ist', 'ist es', 'sind', 'können', 'dürfen', 'macht', 'wird', 'schläft',
  'ich fühl mich', 'ich fühle mich', 'mir geht es', 'mir gehts', 'ich bin', 'ich habe', 'in', 'jeden tag', 'ab', 'bis', 'sag mal', 'ich wollte fragen',
  'eine frage', 'kurze frage', 'weißt du', 'stimmt es dass', 'ich habe gehört', 'hilft', 'drücke ich', 'darf', 'kann', 'soll',
];
const QUESTION_HEADS = ['und', 'also', 'okay', 'ok', 'ach ja', 'noch was', 'übrigens'];
/** Questions that end with their carrier: "sie hat Neurodermitis, kann ich trotzdem massieren?" */
const QUESTION_TAILS = [
  'ist das okay', 'ist das in ordnung', 'ist das schlimm', 'ist massage okay', 'ist massage in ordnung', 'geht das', 'geht das trotzdem', 'geht das schon', 'geht massage trotzdem', 'geht massage', 'darf ich massieren',
  'darf ich trotzdem massieren', 'darf ich sie massieren', 'darf ich ihn massieren', 'kann ich trotzdem massieren', 'kann ich sie massieren', 'kann ich ihn massieren', 'kann ich massieren', 'hilft massage da',
  'hilft das', 'hilft massage', 'darf ich die beine massieren', 'darf ich den bauch massieren', 'soll ich dann massieren', 'ist das gefährlich', 'ist das zu viel',
];

const companion: readonly IntentSource<GermanVocabulary>[] = [
  {
    name: IntentName.Course,
    slots: [{ name: SlotName.Lesson, type: LESSON_SLOT_TYPE }],
    samples: () => politely([
      'bring mir babymassage bei', 'bring mir die babymassage bei', 'bring mir bei wie ich mein baby massiere', 'zeig mir babymassage', 'ich möchte babymassage lernen', 'ich will babymassage lernen', 'babymassage lernen',
      'den kurs starten', 'starte den kurs', 'der kurs', 'den kurs', 'mach mit dem kurs weiter', 'weiter mit dem kurs', 'kurs fortsetzen', 'den babymassage kurs', 'wo bin ich im kurs', 'welche lektion ist dran', 'bei welcher lektion bin ich',
      'die lektionen', 'lektionen', '{lesson} lektion', 'die {lesson} lektion', 'starte die {lesson} lektion', 'mach die {lesson} lektion', 'lektion {lesson}', 'starte lektion {lesson}', 'mach lektion {lesson}', 'geh zu lektion {lesson}',
      'zu lektion {lesson}', 'lektion {lesson} nochmal', 'die {lesson} lektion nochmal', 'wiederhole lektion {lesson}', 'wiederhole die {lesson} lektion', 'ich möchte lektion {lesson} machen', 'können wir lektion {lesson} machen',
      'weiter zur {lesson} lektion', 'zur {lesson} lektion',
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
      ...['sie ist', 'er ist', 'mein baby ist', 'das baby ist', 'meine tochter ist', 'mein sohn ist', 'die kleine ist', 'der kleine ist'].flatMap((be) => [
        `${be} {number} {unit} alt`, `${be} {number} {unit}`, `${be} jetzt {number} {unit} alt`, `${be} gerade {number} {unit} alt`, `${be} fast {number} {unit} alt`, `${be} etwa {number} {unit} alt`, `${be} erst {number} {unit} alt`, `${be} ein {unit} alt`, `${be} eine {unit} alt`,
      ]),
      ...['sie', 'er', 'mein baby', 'das baby', 'meine tochter', 'mein sohn'].flatMap((who) => [`${who} wurde im {born} geboren`, `${who} wurde am {born} geboren`, `${who} ist im {born} geboren`, `${who} ist am {born} geboren`, `${who} ist gerade {number} {unit} geworden`]),
      'geboren im {born}', 'geboren am {born}', 'ihr geburtstag ist am {born}', 'sein geburtstag ist am {born}', '{number} {unit} alt', 'mein baby ist {number} {unit} alt geworden',
    ],
  },
  {
    name: IntentName.HowOld,
    samples: () => politely(['wie alt ist mein baby', 'wie alt ist sie', 'wie alt ist er', 'wie alt ist das baby', 'weißt du wie alt sie ist', 'weißt du wie alt er ist', 'weißt du wie alt mein baby ist', 'was weißt du über mein baby', 'wann wurde mein baby geboren', 'wann ist sie geboren', 'wann ist er geboren', 'was hast du dir über mein baby gemerkt']),
  },
  {
    name: IntentName.ForgetAge,
    samples: () => politely(['vergiss das alter meines babys', 'vergiss das alter', 'vergiss ihr alter', 'vergiss sein alter', 'lösch das alter', 'lösch das alter meines babys', 'lösch das geburtsdatum', 'lösch den geburtsmonat', 'vergiss den geburtsmonat', 'vergiss wann sie geboren ist', 'vergiss wann er geboren ist', 'merk dir das alter nicht']),
  },
  {
    name: IntentName.PracticeLog,
    slots: [{ name: SlotName.Period, type: LOG_PERIOD_SLOT_TYPE }],
    samples: () => politely([
      'wie oft haben wir {period} massiert', 'wie viele massagen {period}', 'wie viele massagen haben wir {period} gemacht', 'wie lange haben wir {period} massiert', 'was haben wir {period} gemacht', 'welche massage haben wir {period} gemacht',
      'haben wir {period} massiert', 'wie viel haben wir {period} massiert', 'wann war die letzte massage', 'wann haben wir zuletzt massiert', 'wann war unsere letzte massage', 'wie viele massagen haben wir gemacht',
      'mein übungsprotokoll', 'zeig mein übungsprotokoll', 'zeig mir die woche', 'zeig mir unsere woche', 'wie läuft es bei uns', 'wie machen wir uns', 'unsere massagen', 'zeig unsere massagen',
    ]),
  },
  {
    name: IntentName.SetReminder,
    slots: [
      { name: SlotName.Time, type: 'AMAZON.TIME' },
      { name: SlotName.Daypart, type: DAYPART_SLOT_TYPE },
      { name: SlotName.Clock, type: CLOCK_SLOT_TYPE },
    ],
    samples: () => politely([
      'erinnere mich jeden {daypart} um {time}', 'erinnere mich jeden {daypart} um {time} ans massieren', 'erinnere mich jeden {daypart} um {time} an die massage', 'erinner mich jeden {daypart} um {time}',
      'erinnere mich um {time}', 'erinnere mich jeden tag um {time}', 'erinnere mich täglich um {time}', 'erinnere mich um {time} ans massieren', 'erinnere mich jeden tag um {time} an die massage',
      'stell eine erinnerung für {time}', 'stell eine erinnerung um {time}', 'stell eine tägliche erinnerung für {time}', 'eine erinnerung um {time}', 'erinnerung um {time}',
      'erinnere mich jeden {daypart}', 'erinnere mich jeden {daypart} ans massieren', 'erinnere mich ans massieren', 'erinnere mich an die massage', 'erinnere mich an die babymassage',
      'stell eine erinnerung ein', 'stell eine erinnerung für die massage', 'stell eine erinnerung für die massage ein', 'stell eine massage erinnerung ein', 'kannst du mich erinnern', 'kannst du mich ans massieren erinnern',
      'ich möchte eine erinnerung', 'ich hätte gern eine tägliche erinnerung', 'ändere meine erinnerung', 'ändere meine erinnerung auf {time}', 'verleg meine erinnerung auf {time}',
      'um {clock}', 'lieber um {clock}', 'so um {clock}', 'gegen {clock}', 'jeden tag um {clock}', 'um {clock} jeden tag', 'jeden {daypart} um {clock}',
    ]),
  },
  {
    name: IntentName.CancelReminder,
    samples: () => politely(['lösch meine erinnerung', 'lösch die erinnerung', 'lösch meine massage erinnerung', 'lösch meine erinnerungen', 'erinnerung löschen', 'erinnerung abbestellen', 'schalte die erinnerung aus', 'keine erinnerungen mehr', 'keine erinnerung mehr', 'hör auf mich zu erinnern', 'ich will keine erinnerung', 'stopp die erinnerungen', 'erinnerung entfernen']),
  },
  {
    name: IntentName.CheckReminder,
    samples: () => politely(['hab ich eine erinnerung', 'habe ich eine erinnerung', 'habe ich eine massage erinnerung', 'gibt es eine erinnerung', 'ist meine erinnerung an', 'wann ist meine erinnerung', 'um wie viel uhr ist meine erinnerung', 'welche erinnerungen habe ich', 'hast du meine erinnerung eingestellt', 'prüf meine erinnerung']),
  },
  {
    name: IntentName.ForgetMe,
    samples: () => politely(['lösch alle meine daten', 'lösch meine daten', 'lösch alles', 'lösch alles über mich', 'vergiss alles über mich', 'vergiss alles', 'vergiss mich', 'vergiss alles was du über mich weißt', 'meine daten löschen', 'alle daten löschen', 'was weißt du über mich', 'was speicherst du über mich', 'welche daten speicherst du', 'lösch mein übungsprotokoll', 'alles zurücksetzen']),
  },
];

const HOURS = ['zwölf', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf'];
const HOURS_24 = ['zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn', 'zwanzig', 'einundzwanzig', 'zweiundzwanzig', 'dreiundzwanzig'];
const MINUTES: Readonly<Record<number, string>> = { 15: 'fünfzehn', 30: 'dreißig', 45: 'fünfundvierzig' };

/**
 * The times of day a parent says for a reminder, by the quarter hour, with the same ids as English's
 * (tools/interaction-model/companion-intents.ts): "sieben", "halb acht" (7:30), "viertel nach sieben",
 * "sieben uhr abends", "neunzehn uhr". A time without its half of the day is the morning from six to
 * eleven and the afternoon from one to five, as in English; the confirmation says the time back.
 */
function clockTimes(): { id: string; name: string; synonyms: string[] }[] {
  const values: { id: string; name: string; synonyms: string[] }[] = [];
  // The same six readings per time as English (its three afternoon ones: pm, afternoon, evening).
  const halves: readonly (readonly [string, 'am' | 'pm' | ''])[] = [['', ''], [' morgens', 'am'], [' vormittags', 'am'], [' nachmittags', 'pm'], [' abends', 'pm'], ['24', 'pm']];
  for (let hour = 1; hour <= 12; hour++) {
    for (const minute of [0, 15, 30, 45]) {
      const word = HOURS[hour];
      const uhr = hour === 1 ? 'ein' : word;
      const next = HOURS[(hour % 12) + 1];
      const spoken = minute === 0 ? [word, `${uhr} uhr`, `${hour} uhr`] : minute === 15 ? [`viertel nach ${word}`, `${uhr} uhr ${MINUTES[15]}`, `${hour}:15`] : minute === 30 ? [`halb ${next}`, `${uhr} uhr ${MINUTES[30]}`, `${hour}:30`] : [`viertel vor ${next}`, `${uhr} uhr ${MINUTES[45]}`, `${hour}:45`];
      for (const [said, half] of halves) {
        // As in English, twelve has no morning reading here (there, "twelve in the morning").
        if (said === ' morgens' && hour === 12) continue;
        const h24 = half === 'pm' ? (hour % 12) + 12 : half === 'am' ? hour % 12 : hour >= 1 && hour <= 5 ? hour + 12 : hour;
        const id = `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}${half === '' ? '' : `-${half}`}`;
        if (said === '24') {
          // The 24-hour clock, as most Germans say an evening time: "neunzehn uhr dreißig", "19:30".
          const h = HOURS_24[hour % 12];
          const name = hour === 12 ? `zwölf uhr mittags${minute ? ` ${MINUTES[minute]}` : ''}` : `${h} uhr${minute ? ` ${MINUTES[minute]}` : ''}`;
          const digits = hour === 12 ? `12 uhr mittags${minute ? ` ${minute}` : ''}` : minute ? `${h24}:${minute}` : `${h24} uhr`;
          values.push({ id, name, synonyms: [digits] });
          continue;
        }
        const names = spoken.map((w) => `${w}${said}`);
        values.push({ id, name: names[0], synonyms: names.slice(1) });
      }
    }
  }
  return values;
}

const slotTypes: readonly SlotTypeSource<GermanVocabulary>[] = [
  { name: ROUTINE_SLOT_TYPE, values: () => Object.entries(ROUTINE_VALUES).map(([id, v]) => ({ id, ...v })) },
  { name: PART_SLOT_TYPE, values: () => Object.entries(PART_VALUES).map(([id, v]) => ({ id, ...v })) },
  { name: PACE_SLOT_TYPE, values: () => Object.entries(PACE_VALUES).map(([id, v]) => ({ id, ...v })) },
  { name: BENEFIT_SLOT_TYPE, values: () => BENEFIT_VALUES },
  { name: SAFETY_SLOT_TYPE, values: () => SAFETY_VALUES },
  { name: CLOCK_SLOT_TYPE, values: () => clockTimes() },
  {
    name: LESSON_SLOT_TYPE,
    values: () => [
      { id: 'this-week', name: 'diese', synonyms: ['diese woche', 'der woche', 'aktuelle', 'heutige', 'meine', 'unsere', 'die', 'dieser woche'] },
      { id: 'next', name: 'nächste', synonyms: ['die nächste', 'nächsten', 'folgende', 'die folgende', 'neue', 'eine neue'] },
      { id: 'last', name: 'letzte', synonyms: ['die letzte', 'letzten', 'vorige', 'vorherige', 'die vorige', 'von letzter woche', 'letzter woche', 'die von letzter woche'] },
      { id: '1', name: 'eins', synonyms: ['1', 'erste', 'die erste', 'ersten', 'woche eins'] },
      { id: '2', name: 'zwei', synonyms: ['2', 'zweite', 'die zweite', 'zweiten', 'woche zwei'] },
      { id: '3', name: 'drei', synonyms: ['3', 'dritte', 'die dritte', 'dritten', 'woche drei'] },
      { id: '4', name: 'vier', synonyms: ['4', 'vierte', 'die vierte', 'vierten', 'woche vier'] },
      { id: '5', name: 'fünf', synonyms: ['5', 'fünfte', 'die fünfte', 'fünften', 'woche fünf'] },
    ],
  },
  {
    name: AGE_UNIT_SLOT_TYPE,
    values: () => [
      { id: 'day', name: 'tage', synonyms: ['tag'] },
      { id: 'week', name: 'wochen', synonyms: ['woche'] },
      { id: 'month', name: 'monate', synonyms: ['monat'] },
      { id: 'year', name: 'jahre', synonyms: ['jahr'] },
    ],
  },
  {
    name: LOG_PERIOD_SLOT_TYPE,
    values: () => [
      { id: 'week', name: 'diese woche', synonyms: ['in dieser woche', 'letzte woche', 'in der letzten woche', 'in den letzten sieben tagen', 'die letzten sieben tage', 'bisher diese woche', 'in letzter zeit', 'zuletzt'] },
      { id: 'today', name: 'heute', synonyms: ['heute schon', 'heute morgen', 'heute abend', 'heute früh', 'vorhin'] },
      { id: 'yesterday', name: 'gestern', synonyms: ['gestern abend', 'gestern morgen', 'gestern früh'] },
      { id: 'last', name: 'das letzte mal', synonyms: ['letztes mal', 'beim letzten mal', 'davor'] },
      { id: 'month', name: 'diesen monat', synonyms: ['in diesem monat', 'im letzten monat', 'bisher diesen monat'] },
      { id: 'all', name: 'bisher', synonyms: ['insgesamt', 'überhaupt', 'alles zusammen', 'bis jetzt'] },
    ],
  },
  {
    name: DAYPART_SLOT_TYPE,
    values: () => [
      { id: 'morning', name: 'morgen', synonyms: ['vormittag', 'tag morgens'] },
      { id: 'afternoon', name: 'nachmittag', synonyms: ['tag nachmittags'] },
      { id: 'evening', name: 'abend', synonyms: ['tag abends', 'abend vor dem schlafen'] },
      { id: 'night', name: 'nacht', synonyms: ['tag nachts', 'abend zur schlafenszeit'] },
    ],
  },
];

export const phrases: ModelPhrases<GermanVocabulary> = {
  invocationName: 'babymassage',
  intents: [...core, ...routines, ...baby, ...questionIntents, ...companion],
  slotTypes,
};
