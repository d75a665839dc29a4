import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { ItalianVocabulary } from '../../../lambda/content/it/vocabulary';
import { BENEFIT_SLOT_TYPE, BenefitTopic, SAFETY_SLOT_TYPE, SafetyTopic } from '../../../lambda/content/topics';
import { PaceChange } from '../../../lambda/routine/pace';
import { MassagePart } from '../../../lambda/routine/types';
import { IntentSource, ModelPhrases, SlotTypeSource } from '../types';

/**
 * The Italian interaction model's phrase sets (it-IT): every intent and slot type of the English sources,
 * by the same names, slots and value ids, written as Italian parents talk to Alexa with oily hands and a
 * baby on the towel. Italian drops the subject ("si è addormentata", "piange"), fuses prepositions with
 * articles ("alla pancia", "del viso"), and puts the article inside the body part a parent names ("salta
 * il viso"): body parts are slot values with and without their article, and carriers with a fused
 * preposition come in each article's form (`fused`).
 */

type W = ItalianVocabulary;

const ROUTINE_SLOT_TYPE = 'ROUTINE_NAME';
const PART_SLOT_TYPE = 'BODY_PART';
const PACE_SLOT_TYPE = 'PACE';
const LESSON_SLOT_TYPE = 'LESSON';
const AGE_UNIT_SLOT_TYPE = 'AGE_UNIT';
const LOG_PERIOD_SLOT_TYPE = 'LOG_PERIOD';
const DAYPART_SLOT_TYPE = 'DAYPART';
const CLOCK_SLOT_TYPE = 'CLOCK_TIME';

// ---------------------------------------------------------------------------------------------------
// Fillers: what Italian parents put around a command ("dai, avanti", "ok fatto", "ripeti per favore").

/** Said before a command. */
const BEFORE = ['sì', 'ok', 'va bene', 'dai', 'allora', 'ecco', 'perfetto', 'e', 'scusa', 'senti'];
/** The fewer said before a long command. */
const BEFORE_LONG = ['sì', 'ok', 'va bene', 'dai', 'allora', 'e', 'scusa'];
/** Before, with "per favore" after. */
const BEFORE_WITH_PLEASE = ['sì', 'ok', 'dai', 'scusa'];
/** Said after a command. */
const AFTER = ['per favore', 'adesso', 'ora', 'grazie', 'pure'];

/** A command's base forms with the words parents put around them (as core-intents.ts does in English). */
function withFillers(bases: readonly string[]): string[] {
  return bases.flatMap((base) => {
    if (base.split(' ').length > 3) return [base, ...BEFORE_LONG.map((before) => `${before} ${base}`)];
    return [base, ...BEFORE.map((before) => `${before} ${base}`), ...AFTER.filter((after) => !base.endsWith(` ${after}`)).map((after) => `${base} ${after}`), ...BEFORE_WITH_PLEASE.map((before) => `${before} ${base} per favore`)];
  });
}

/** A command rarely padded: as it is, after "ok", "allora" or "e", and with "per favore". */
function lightly(bases: readonly string[]): string[] {
  return bases.flatMap((base) => [base, `ok ${base}`, `allora ${base}`, `e ${base}`, `${base} per favore`]);
}

/** Said before a request or a question, and after it. */
const HEADS = ['allora', 'ok', 'okay', 'dai', 'e', 'senti'];
const TAILS = ['per favore', 'adesso', 'ora'];

/** Short samples with a word before and after; longer ones as they are and with "per favore". */
function around(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    if (/^\{\w+\}$/.test(sample)) return [sample];
    if (sample.split(' ').length > 4) return politely([sample]);
    return [sample, ...HEADS.map((head) => `${head} ${sample}`), ...politely([sample], TAILS).slice(1)];
  });
}

/** Each sample as it is, and with "per favore" (or the given tails) after it. */
function politely(samples: readonly string[], tails: readonly string[] = ['per favore']): string[] {
  return samples.flatMap((sample) => [sample, ...tails.filter((tail) => !sample.endsWith(` ${tail}`)).map((tail) => `${sample} ${tail}`)]);
}

/**
 * Italian fuses a preposition with the article: "vai A {part}" is "vai al petto", "vai alla pancia",
 * "vai ai piedini", "vai alle gambe". Each marker in capitals becomes every fused form; the part slot's
 * values come without their article for these.
 */
const FUSED: Readonly<Record<string, readonly string[]>> = {
  A: ['al', 'alla', 'ai', 'alle'],
  DI: ['del', 'della', 'dei', 'delle'],
  DA: ['dal', 'dalla', 'dai', 'dalle'],
  SU: ['sul', 'sulla', 'sui', 'sulle'],
};
function fused(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    const marker = sample.split(' ').find((word) => FUSED[word]);
    if (!marker) return [sample];
    return fused(FUSED[marker].map((form) => sample.replace(new RegExp(`\\b${marker}\\b`), form)));
  });
}

/** Who the baby is, when a parent names them at all (Italian usually does not: "piange"). */
const BABY = ['il bimbo', 'la bimba', 'il bambino', 'la bambina', 'il mio bimbo', 'la mia bimba', 'il piccolo', 'la piccola', 'lui', 'lei'];
/** A statement as it is, and with the baby named before it. */
const aboutBaby = (statements: readonly string[]): string[] => statements.flatMap((s) => [s, ...BABY.map((who) => `${who} ${s}`)]);

// ---------------------------------------------------------------------------------------------------
// The guide's commands.

const coreIntents: readonly IntentSource<W>[] = [
  {
    name: IntentName.Next,
    samples: () => [
      ...withFillers([
        'avanti', 'vai avanti', 'andiamo avanti', 'prossimo', 'il prossimo', 'prossimo movimento', 'il prossimo movimento', 'prossimo passaggio',
        'il prossimo passaggio', 'passiamo al prossimo', 'passa al prossimo', 'vai al prossimo', 'successivo', 'fatto', 'ho fatto', 'finito', 'ho finito',
        'fatto e adesso', 'fatto passiamo oltre', 'e adesso', 'e poi', 'dopo', 'passiamo oltre', 'andiamo oltre', 'salta', 'siamo pronti', 'pronti',
      ]),
      ...lightly([
        'al prossimo', 'il successivo', 'fatto anche questo', 'ho finito con questa', 'ho finito con questo', 'finito questo', 'finita questa', 'fatto e ora',
        'fatto cosa facciamo ora', 'fatto cosa facciamo adesso', 'e ora', 'cosa viene dopo', 'cosa facciamo ora', 'cosa facciamo adesso', 'che si fa ora',
        'e adesso cosa facciamo', 'oltre', 'salta questo', 'salta questo movimento', 'pronto', 'pronta', 'ci sono', 'fatto questo', 'gamba fatta', 'una gamba fatta',
        'braccio fatto', 'un braccio fatto', 'pancia fatta', 'gambe fatte', 'braccia fatte', 'viso fatto', 'schiena fatta', "l'altra gamba", "ora l'altra gamba",
        "adesso l'altra gamba", "passiamo all'altra gamba", "l'altro braccio", "ora l'altro braccio", "adesso l'altro braccio", "passiamo all'altro braccio",
        "l'altro lato", "ora l'altro lato", "adesso l'altro lato", 'andiamo', 'procedi',
      ]),
    ],
  },
  {
    name: IntentName.Repeat,
    samples: () =>
      withFillers([
        'ripeti', 'ripetilo', 'ripeti questo', 'ripeti il movimento', 'puoi ripetere', 'puoi ripeterlo', 'me lo ripeti', 'me lo puoi ripetere', 'ripetimelo',
        'come scusa', 'come', 'cosa', 'eh', 'scusa', 'non ho capito', 'scusa non ho capito', 'non ho sentito', 'non ho sentito bene', 'cosa hai detto',
        'che hai detto', 'ridimmi', 'ridillo', 'ridimmelo', 'dimmelo di nuovo', 'di nuovo', 'ancora una volta', "un'altra volta", 'ancora',
        'come si fa questo', 'come si fa', 'come lo faccio', 'come devo fare', 'cosa devo fare', 'cosa faccio', 'puoi rispiegarmelo', 'rispiegamelo',
        'spiegamelo di nuovo', 'spiega di nuovo', 'in che senso', 'in che verso', 'da che parte', 'orario o antiorario', 'non ho capito bene', 'rifacciamolo',
        'rifai questo', 'rifacciamo questo',
      ]),
  },
  {
    name: IntentName.Previous,
    samples: () =>
      withFillers([
        'indietro', 'torna indietro', 'torniamo indietro', 'vai indietro', 'quello di prima', 'quello prima', 'il passaggio precedente', 'il movimento precedente',
        'precedente', 'il precedente', 'quello precedente', 'rifacciamo quello di prima', 'rifai quello di prima', 'torna al precedente', 'torna a quello di prima',
        'torniamo a quello di prima', 'torniamo a quello precedente', 'un passo indietro', 'indietro di uno', 'torna al movimento di prima',
      ]),
  },
  {
    name: IntentName.StartOver,
    samples: () =>
      withFillers([
        'ricomincia', 'ricominciamo', 'ricomincia da capo', 'ricominciamo da capo', 'da capo', "dall'inizio", "ricomincia dall'inizio", "ricominciamo dall'inizio",
        "riparti dall'inizio", 'riparti da capo', 'ripartiamo da capo', "torna all'inizio", "torniamo all'inizio", 'rifacciamo tutto da capo', 'riavvia',
        "di nuovo dall'inizio", 'tutto da capo', "rifacciamo tutto dall'inizio",
      ]),
  },
  {
    name: IntentName.Pause,
    samples: () =>
      withFillers([
        'pausa', 'metti in pausa', 'fai una pausa', 'facciamo una pausa', 'aspetta', 'aspetta un attimo', 'aspetta un momento', 'aspetta un secondo',
        'aspetta aspetta', 'aspettami', 'un attimo', 'un attimo solo', 'solo un attimo', 'un momento', 'un secondo', 'un minuto', 'dammi un minuto',
        'dammi un attimo', 'dammi un secondo', 'fermo un attimo', 'ferma un attimo', 'fermati', 'fermati un attimo', 'fermati un secondo', 'stop un attimo',
        'zitta un attimo', 'zitta', 'silenzio', 'torno subito', 'arrivo', 'aspetta che lo calmo', 'aspetta che la calmo', 'devo calmarlo', 'devo calmarla',
        'metti in pausa il massaggio', 'pausa un attimo',
      ]),
  },
  {
    name: IntentName.Resume,
    samples: () =>
      withFillers([
        'riprendi', 'riprendiamo', 'riprendi il massaggio', 'riprendiamo il massaggio', 'eccoci', 'eccoci di nuovo', 'eccomi', 'eccomi di nuovo',
        'sono tornata', 'sono tornato', 'siamo tornati', 'siamo di nuovo pronti', 'possiamo ripartire', 'possiamo riprendere', 'ripartiamo', 'riparti',
        'riprendi da dove eravamo', 'riprendiamo da dove eravamo', 'continua da dove eravamo', 'da dove eravamo rimasti', 'si è calmato', 'si è calmata',
        'si è calmato possiamo riprendere', 'si è calmata possiamo riprendere', 'togli la pausa', 'ora possiamo continuare', 'adesso possiamo continuare',
      ]),
  },
  {
    name: IntentName.Continue,
    samples: () => withFillers(['continua', 'continua pure', 'continuiamo', 'prosegui', 'proseguiamo', 'vai pure', 'vai', 'forza', 'vai così', 'continua così']),
  },
  {
    name: IntentName.Help,
    samples: () =>
      around([
        'aiuto', 'aiutami', 'cosa posso dire', 'cosa posso fare', 'cosa devo dire', 'come funziona', 'come si usa', 'non so cosa dire', 'che comandi ci sono',
        'quali sono i comandi', 'istruzioni', 'mi sono persa', 'mi sono perso', 'non capisco', 'cosa sai fare', 'cosa si può dire',
      ]),
  },
  {
    name: IntentName.Stop,
    samples: () =>
      around([
        'basta', 'stop', 'basta così', 'basta così per oggi', 'per oggi basta', 'basta per oggi', 'per oggi finiamo qui', 'finiamo qui', 'abbiamo finito',
        'abbiamo finito per oggi', 'ne ha avuto abbastanza', 'ne ha abbastanza', 'esci', 'chiudi', 'ferma tutto', 'fine', 'ciao', 'arrivederci',
        'ci fermiamo qui', 'fermiamoci qui', 'smettiamo', 'stop al massaggio', 'ferma il massaggio', 'chiudi il massaggio', 'esci dal massaggio', 'per oggi è tutto',
      ]),
  },
  {
    name: IntentName.Cancel,
    samples: () => around(['annulla', 'lascia perdere', 'lasciamo perdere', 'annulla il massaggio', 'devo andare', 'dobbiamo andare', 'scappo', 'non importa', 'è successa una cosa']),
  },
  {
    name: IntentName.Yes,
    samples: () => [
      'sì', 'sì grazie', 'sì certo', 'certo', 'certo che sì', 'va bene', 'va bene dai', 'ok', 'okay', 'ok dai', 'ok va bene', 'sì va bene', 'allora va bene',
      "d'accordo", 'perfetto', 'volentieri', 'facciamolo', 'sì facciamolo', 'dai facciamolo', 'ok facciamolo', 'sì dai', 'esatto', 'giusto', 'sì sì', 'assolutamente',
      'perché no', 'sì per favore', 'bene', 'ok perfetto', 'sì perfetto', 'certamente', 'come no', 'sì grazie mille',
    ],
  },
  {
    name: IntentName.No,
    samples: () => [
      'no', 'no grazie', 'non adesso', 'non ora', 'per ora no', 'no oggi no', 'oggi no', 'no no', 'non ancora', 'magari dopo', 'magari più tardi', 'più tardi',
      'non mi va', 'meglio di no', 'direi di no', 'no non adesso', 'no non oggi', 'non oggi', 'no per ora', 'no grazie non adesso', 'no non ancora', 'no lascia stare',
    ],
  },
  { name: IntentName.NavigateHome, samples: () => [] },
  { name: IntentName.LoopOn, samples: () => [] },
  { name: IntentName.LoopOff, samples: () => [] },
  { name: IntentName.ShuffleOn, samples: () => [] },
  { name: IntentName.ShuffleOff, samples: () => [] },
  { name: IntentName.Fallback, samples: () => [] },
];

// ---------------------------------------------------------------------------------------------------
// Routines by name, parts, where we are, how long is left.

/** Routines by what they are for: the purpose words are the routine's synonyms, these the carriers. */
const BY_PURPOSE = [
  'il massaggio {routine}', 'massaggio {routine}', 'un massaggio {routine}', 'quello {routine}', 'uno {routine}', 'qualcosa {routine}', "c'è qualcosa {routine}",
  "c'è un massaggio {routine}", "c'è uno {routine}", 'hai qualcosa {routine}', 'hai un massaggio {routine}', 'avete qualcosa {routine}', 'facciamo il massaggio {routine}',
  'facciamo quello {routine}', 'facciamo uno {routine}', 'fai il massaggio {routine}', 'fammi il massaggio {routine}', 'inizia il massaggio {routine}',
  'iniziamo il massaggio {routine}', 'comincia il massaggio {routine}', 'voglio il massaggio {routine}', 'vorrei il massaggio {routine}', 'vorrei un massaggio {routine}',
  'voglio fare il massaggio {routine}', 'vorrei fare il massaggio {routine}', 'possiamo fare il massaggio {routine}', 'possiamo fare quello {routine}',
  'quale massaggio è {routine}', 'qual è il massaggio {routine}', 'uno {routine} che abbiamo poco tempo', 'uno {routine} che ho poco tempo', 'uno {routine} che abbiamo fretta',
  'il {routine}', '{routine} il massaggio', 'un massaggio {routine} oggi', 'quello {routine} oggi', 'oggi quello {routine}',
];

/** Just one part ("solo le gambe"): the part's own short routine. */
const JUST_PART = [
  'solo {part}', 'solo {part} oggi', 'oggi solo {part}', 'soltanto {part}', 'giusto {part}', 'facciamo solo {part}', 'fai solo {part}', 'massaggia solo {part}',
  'massaggiamo solo {part}', 'solo {part} stavolta', 'possiamo fare solo {part}', 'voglio fare solo {part}', 'il massaggio DI {part}', 'un massaggio DI {part}',
  'il massaggio solo DI {part}', 'un massaggio A {part}', 'inizia DA {part} e basta',
];

const routineIntents: readonly IntentSource<W>[] = [
  {
    name: IntentName.StartRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () =>
      around([
        'inizia', 'inizia il massaggio', 'inizia un massaggio', 'iniziamo', 'iniziamo il massaggio', 'cominciamo', 'comincia', 'comincia il massaggio',
        'facciamo un massaggio', 'fai un massaggio', 'voglio fare un massaggio', 'voglio massaggiare il mio bimbo', 'voglio massaggiare la mia bimba', 'un massaggio',
        'fammi fare un massaggio', 'guidami in un massaggio', 'come si massaggia un bimbo', 'come faccio il massaggio al mio bimbo', 'facciamo il massaggio',
        'iniziamo a massaggiare',
        ...fused([...BY_PURPOSE, ...JUST_PART]),
      ]),
  },
  {
    name: IntentName.PlayRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () =>
      politely(
        fused([
          'riproduci il massaggio', 'riproduci un massaggio', 'riproduci tutto', 'riproduci tutto di seguito', 'fai partire il massaggio', 'metti il massaggio',
          'vai avanti da sola', 'continua da sola', 'fallo tutto di seguito', 'tutto di seguito', 'senza fermarti', 'vai senza fermarti', 'fai tutto da sola',
          'riproduci il massaggio {routine}', 'metti il massaggio {routine}', 'riproduci quello {routine}', 'riproduci solo {part}', 'riproduci il massaggio DI {part}',
        ]),
      ),
  },
  {
    name: IntentName.ListRoutines,
    samples: () =>
      around([
        'quali massaggi ci sono', 'che massaggi ci sono', 'che massaggi hai', 'quali massaggi hai', 'che massaggi fai', 'che massaggi conosci', 'dimmi i massaggi',
        'elenca i massaggi', "cos'altro possiamo fare", 'che altro possiamo fare', 'che opzioni ci sono', 'quali sono le opzioni', "c'è un massaggio più corto",
        "c'è qualcosa di più breve", 'un altro massaggio', 'un massaggio diverso', 'cambia massaggio', 'quale massaggio faccio', 'quale massaggio mi consigli',
        'che tipi di massaggio ci sono', 'quali sono i massaggi', 'leggimi la lista', 'che massaggi ci sono', 'quali massaggi posso fare', 'che massaggi posso fare',
      ]),
  },
  {
    name: IntentName.GoToPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () =>
      around(
        fused([
          'vai A {part}', 'andiamo A {part}', 'passiamo A {part}', 'passa A {part}', 'torna A {part}', 'torniamo A {part}', 'salta A {part}', 'saltiamo A {part}',
          'vai direttamente A {part}', 'passiamo A {part} adesso', 'ora passiamo A {part}', 'adesso passiamo A {part}', 'ora {part}', 'adesso {part}',
          'facciamo {part}', 'fai {part}', 'facciamo {part} adesso', 'ora facciamo {part}', 'adesso facciamo {part}', 'rifacciamo {part}', 'di nuovo {part}',
          'ancora {part}', 'come si fa {part}', 'come si massaggia {part}', 'fammi vedere {part}', 'cominciamo DA {part}', 'partiamo DA {part}', 'ricomincia DA {part}',
          'i movimenti DI {part}', 'giralo e facciamo {part}', 'girala e facciamo {part}', 'massaggiamo {part}', 'massaggia {part}', 'possiamo fare {part}',
          'possiamo passare A {part}', 'voglio fare {part}', 'tocca A {part}', 'adesso tocca A {part}',
        ]),
      ),
  },
  {
    name: IntentName.SkipPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => [
      ...politely([
        'salta questa parte', 'saltiamo questa parte', 'salta questa', 'saltala', 'saltiamola', 'la prossima parte', 'prossima parte', 'passa alla prossima parte',
        'vai alla parte dopo', 'parte successiva', 'la parte successiva', 'salta questo pezzo', 'lascia stare questa parte', 'questa parte no', 'saltiamo questo pezzo',
        'salta {part}', 'saltiamo {part}', 'salta {part} oggi', 'saltiamo {part} oggi', 'oggi saltiamo {part}', 'lascia stare {part}', 'lasciamo stare {part}',
        'lascia perdere {part}', 'niente {part} oggi', 'oggi niente {part}', 'niente {part}', 'senza {part}', 'non fare {part}', 'non facciamo {part}',
        'possiamo saltare {part}', 'non le piace {part}', 'non gli piace {part}', 'odia {part}', 'saltiamo {part} per oggi', '{part} no', '{part} oggi no',
      ]),
      ...['salta questa parte', 'saltiamo questa parte', 'salta {part}', 'saltiamo {part}', 'lascia stare {part}'].flatMap((carrier) => SKIP_REASONS.map((why) => `${carrier} ${why}`)),
    ],
  },
  {
    name: IntentName.Where,
    samples: () =>
      around([
        'dove siamo', 'a che punto siamo', 'dove eravamo', 'dove siamo arrivati', 'a che punto eravamo', 'che parte stiamo facendo', 'che parte è questa',
        'che movimento è questo', 'come si chiama questo movimento', 'come si chiama questo', 'cosa stiamo facendo', 'cosa stiamo facendo adesso', 'che passaggio è',
        'a che passaggio siamo', 'che movimento stiamo facendo', 'ricordami dove siamo', 'come si chiamava questo movimento', 'in che parte siamo',
      ]),
  },
  {
    name: IntentName.TimeLeft,
    samples: () =>
      around([
        'quanto manca', 'quanto manca alla fine', 'quanto ci manca', 'manca tanto', 'manca molto', 'quanto dura', 'quanto dura ancora', 'quanto dura questo',
        'quanto dura il massaggio', 'quanto tempo manca', 'quanto ci vuole', 'quanto ci vuole ancora', 'quanti minuti mancano', 'quanti movimenti mancano',
        'quanti passaggi mancano', 'quante parti mancano', 'abbiamo quasi finito', 'è quasi finito', 'manca poco', "è l'ultimo", "è l'ultimo movimento",
        'è finito', 'quanto resta', 'cosa resta', 'cosa manca', 'siamo alla fine', 'siamo quasi alla fine', 'quanto dura questo massaggio',
      ]),
  },
];

const SKIP_REASONS = [
  'ha appena mangiato', 'ha appena fatto la poppata', 'non le piace', 'non gli piace', 'è stanca', 'è stanco', 'piange', 'si agita', 'ha sonno', 'è piena', 'è pieno',
  'non vuole', 'fa i capricci', 'soffre il solletico', 'ha un arrossamento', 'ha uno sfogo', 'non ne ha voglia', 'è nervosa', 'è nervoso', 'dorme',
];

const ROUTINE_VALUES: Readonly<Record<'full' | 'colic' | 'bedtime' | 'newborn' | 'quick', { name: string; synonyms: string[] }>> = {
  full: { name: 'completo', synonyms: ['intero', 'tutto', 'lungo', 'normale', 'solito', 'il solito', 'di sempre', 'tutto il corpo', 'per tutto il corpo', 'completo per tutto il corpo', 'il completo'] },
  colic: {
    name: 'per le coliche',
    synonyms: [
      'coliche', 'delle coliche', 'per la colica', 'contro le coliche', "per l'aria", "per l'aria nella pancia", "contro l'aria", 'per la pancia gonfia',
      'per il mal di pancia', 'per la stitichezza', 'per il gas', 'per i gas', 'per il ruttino', 'colica', 'le coliche', "l'aria nella pancia", 'la pancia gonfia',
      'il mal di pancia', 'la stitichezza', 'mal di pancia', 'pancia gonfia', 'aria nella pancia', 'anticoliche', 'per un bimbo con le coliche', 'per le colichette',
    ],
  },
  bedtime: {
    name: 'della nanna',
    synonyms: [
      'nanna', 'per la nanna', 'per dormire', 'prima di dormire', 'prima della nanna', 'della buonanotte', 'della sera', 'serale', 'per la sera', 'per la notte',
      'per addormentarsi', 'per farla addormentare', 'per farlo addormentare', 'per farla dormire', 'per farlo dormire', 'per il sonno', 'rilassante', 'per rilassarlo',
      'per rilassarla', 'per calmarlo', 'per calmarla', 'della ninna nanna', 'per aiutarla a dormire', 'per aiutarlo a dormire', 'per dormire meglio',
    ],
  },
  newborn: {
    name: 'per neonati',
    synonyms: [
      'per i neonati', 'per un neonato', 'per il neonato', 'neonato', 'del neonato', 'dei neonati', 'primo', 'il primo', 'primo massaggio', 'primo massaggio per un neonato',
      'per un bimbo appena nato', 'per bimbi piccolissimi', 'per un bimbo piccolissimo', 'per principianti', 'per una neonata', 'per la neonata', 'di una settimana',
      'per un bimbo di una settimana', 'di pochi giorni', 'per un bimbo di pochi giorni',
      ...['due', 'tre', 'quattro', 'cinque', 'sei'].flatMap((n) => [`di ${n} settimane`, `per un bimbo di ${n} settimane`, `per una bimba di ${n} settimane`]),
    ],
  },
  quick: { name: 'veloce', synonyms: ['rapido', 'corto', 'breve', 'più corto', 'più breve', 'di cinque minuti', 'da cinque minuti', 'cinque minuti', 'mini', 'lampo', 'velocissimo', 'veloce veloce'] },
};

const PART_VALUES: Readonly<Record<MassagePart, { name: string; synonyms: string[] }>> = {
  legs: {
    name: 'gambe',
    synonyms: ['le gambe', 'gamba', 'la gamba', 'gambine', 'le gambine', 'gambe e piedi', 'le gambe e i piedi', 'piedi', 'i piedi', 'piede', 'il piede', 'piedini', 'i piedini', 'cosce', 'le cosce', 'polpacci', 'i polpacci', 'dita dei piedi', 'le dita dei piedi'],
  },
  tummy: { name: 'pancia', synonyms: ['la pancia', 'pancino', 'il pancino', 'pancina', 'la pancina', 'pancetta', 'la pancetta', 'stomaco', 'lo stomaco', 'addome', "l'addome", 'ventre', 'il ventre'] },
  chest: { name: 'petto', synonyms: ['il petto', 'torace', 'il torace', 'petto e spalle'] },
  arms: {
    name: 'braccia',
    synonyms: ['le braccia', 'braccio', 'il braccio', 'braccine', 'le braccine', 'mani', 'le mani', 'manine', 'le manine', 'mano', 'la mano', 'braccia e mani', 'le braccia e le mani', 'dita', 'le dita', 'ditini', 'i ditini'],
  },
  face: { name: 'viso', synonyms: ['il viso', 'faccia', 'la faccia', 'faccina', 'la faccina', 'visino', 'il visino', 'testa', 'la testa', 'fronte', 'la fronte', 'guance', 'le guance'] },
  back: { name: 'schiena', synonyms: ['la schiena', 'schienina', 'la schienina', 'spalle', 'le spalle', 'colonna', 'sederino', 'il sederino'] },
  movements: {
    name: 'movimenti dolci',
    synonyms: ['i movimenti dolci', 'movimenti', 'i movimenti', 'stiramenti', 'gli stiramenti', 'esercizi', 'gli esercizi', 'ginnastica', 'la ginnastica', 'bicicletta', 'la bicicletta', 'le gambe in bicicletta'],
  },
};

const routineSlotTypes: readonly SlotTypeSource<W>[] = [
  { name: ROUTINE_SLOT_TYPE, values: () => Object.entries(ROUTINE_VALUES).map(([id, v]) => ({ id, ...v })) },
  { name: PART_SLOT_TYPE, values: () => Object.entries(PART_VALUES).map(([id, v]) => ({ id, ...v })) },
];

// ---------------------------------------------------------------------------------------------------
// What parents say about the baby, and the pace.

const babyIntents: readonly IntentSource<W>[] = [
  {
    name: IntentName.BabyAsleep,
    samples: () =>
      aboutBaby([
        'si è addormentato', 'si è addormentata', 'dorme', 'sta dormendo', 'si è addormentato durante il massaggio', 'si è addormentata durante il massaggio',
        'è crollato', 'è crollata', 'si sta addormentando', 'dorme già', 'si è appisolato', 'si è appisolata', 'dorme profondamente', 'è già addormentato', 'è già addormentata',
      ]),
  },
  {
    name: IntentName.BabyUpset,
    samples: () =>
      aboutBaby([
        'sta piangendo', 'piange', 'si è messo a piangere', 'si è messa a piangere', 'è nervoso', 'è nervosa', 'frigna', 'sta frignando', 'è agitato', 'è agitata',
        'urla', 'sta urlando', 'strilla', 'non smette di piangere', 'ha cominciato a piangere', 'si lamenta', 'è irritabile', 'è inconsolabile', 'fa i capricci',
        'le stanno spuntando i dentini', 'gli stanno spuntando i dentini', 'sta mettendo i denti', 'mette i denti', 'ha male ai dentini', 'piange tanto', 'è intrattabile',
      ]),
  },
  {
    name: IntentName.BabyNeeds,
    samples: (words: W) => [
      ...aboutBaby(['ha fatto la cacca', 'ha fatto la pipì', 'ha fatto pipì', 'ha fatto la cacchina', 'ha rigurgitato', 'ha vomitato', 'ha buttato su il latte', 'ha rimesso', 'ha fame', 'vuole la tetta', 'vuole il latte', 'vuole il biberon', 'vuole mangiare', 'vuole il seno', 'si succhia le mani', 'vuole stare in braccio', 'vuole le coccole']),
      'mi ha fatto la pipì addosso', 'mi ha fatto pipì addosso', 'mi ha vomitato addosso', 'mi ha rigurgitato addosso', `devo cambiare il ${words.nappy}`,
      `devo cambiargli il ${words.nappy}`, `devo cambiarle il ${words.nappy}`, 'devo cambiarlo', 'devo cambiarla', `il ${words.nappy} è pieno`, `ha il ${words.nappy} sporco`,
      `cambio ${words.nappy}`, `aspetta devo cambiare il ${words.nappy}`, 'devo allattarla', 'devo allattarlo', 'devo dargli da mangiare', 'devo darle da mangiare',
      'è ora della poppata', 'è ora del latte', 'devo dargli il latte', 'devo darle il latte',
    ],
  },
  {
    name: IntentName.BabyUnwell,
    samples: () =>
      aboutBaby([
        'ha la febbre', "ha un po' di febbre", 'ha la febbricola', 'scotta', "scotta un po'", 'non sta bene', 'sta male', 'è malato', 'è malata', 'ha il raffreddore',
        'è raffreddato', 'è raffreddata', 'ha la tosse', 'ha uno sfogo', 'ha la dermatite', "ha l'eczema", 'ha la diarrea', 'ha fatto i vaccini oggi', 'ha fatto i vaccini ieri',
        'ha fatto il vaccino oggi', 'ha fatto il vaccino ieri', 'ieri ha fatto il vaccino', 'ieri ha fatto i vaccini', 'oggi ha fatto i vaccini', 'oggi ha fatto il vaccino',
        'ha appena fatto i vaccini', 'ha fatto la puntura', 'ha fatto le punture', 'è giallino', 'è giallina', "è un po' giallino", "è un po' giallina", "ha l'ittero",
        'ha il naso chiuso', 'ha il moccio', 'è caldo', 'è calda', 'è bollente',
      ]),
  },
  {
    name: IntentName.BabyDislikes,
    samples: () =>
      aboutBaby([
        'non gli piace', 'non le piace', 'non gli piace per niente', 'non le piace per niente', 'non vuole', 'odia il massaggio', "si gira dall'altra parte", 'gira la testa',
        'inarca la schiena', 'si inarca', 'è diventato tutto rosso', 'è diventata tutta rossa', 'è diventato pallido', 'è diventata pallida', 'ha la pelle a chiazze',
        'stringe i pugni', 'mi spinge via', 'sbadiglia', 'sta sbadigliando', 'ha il singhiozzo', 'le è venuto il singhiozzo', 'gli è venuto il singhiozzo',
        'starnutisce', 'sta starnutendo', 'ha starnutito', 'ha starnutito due volte', 'continua a starnutire', 'non ne vuole sapere', 'guarda altrove',
      ]),
  },
  {
    name: IntentName.BabyHappy,
    samples: () =>
      aboutBaby([
        'sorride', 'sta sorridendo', 'mi sorride', 'gli piace', 'le piace', 'gli piace tantissimo', 'le piace tantissimo', 'gli piace un sacco', 'le piace un sacco',
        'adora il massaggio', 'sta ridendo', 'ride', 'è felice', 'è contento', 'è contenta', 'è tranquillo', 'è tranquilla', 'è rilassato', 'è rilassata', 'è sereno',
        'è serena', 'fa i versetti', 'gorgheggia', 'mi tiene il dito', 'mi stringe il dito', 'mi ha preso la mano', 'mi ha preso il dito', 'si sta divertendo', 'se la gode',
        'sembra contento', 'sembra contenta', 'gli piace proprio', 'le piace proprio',
      ]),
  },
  {
    name: IntentName.BabyWind,
    samples: () =>
      aboutBaby([
        'ha le coliche', 'ha la colica', "ha l'aria nella pancia", 'ha aria nella pancia', 'ha la pancia gonfia', 'ha mal di pancia', 'è stitico', 'è stitica',
        'non fa la cacca', 'ha i gas', 'fa le puzzette', 'deve fare il ruttino', 'soffre di coliche', 'ha la pancia dura', 'ha le colichette',
      ]),
  },
  {
    name: IntentName.BabySleepy,
    samples: () =>
      aboutBaby([
        'ha sonno', 'è stanco', 'è stanca', 'è assonnato', 'è assonnata', 'si stropiccia gli occhi', 'ha gli occhi che si chiudono', 'sta crollando', 'sta per addormentarsi',
        'è cotto', 'è cotta', 'è stanchissimo', 'è stanchissima', 'gli sta venendo sonno', 'le sta venendo sonno', 'ha gli occhi pesanti',
      ]),
  },
  {
    name: IntentName.Thanks,
    samples: () =>
      around([
        'grazie', 'grazie mille', 'grazie tante', 'ti ringrazio', 'grazie era bellissimo', 'grazie è stato bellissimo', 'grazie è stato bello', 'bellissimo grazie',
        'grazie di tutto', 'grazie alexa', 'perfetto grazie', 'grazie davvero', 'grazie infinite', 'grazie molte',
      ]),
  },
  {
    name: IntentName.Pace,
    slots: [{ name: SlotName.Pace, type: PACE_SLOT_TYPE }],
    samples: () =>
      around([
        '{pace}', '{pace} per favore', "un po' {pace}", "un po' {pace} per favore", 'vai {pace}', "vai un po' {pace}", 'parla {pace}', "parla un po' {pace}", 'parli {pace}',
        'stai andando {pace}', 'stai parlando {pace}', 'puoi andare {pace}', 'puoi parlare {pace}', "puoi andare un po' {pace}", "puoi parlare un po' {pace}", 'metti {pace}',
        'voglio {pace}', 'vorrei {pace}', 'mi servono {pace}', 'torna a {pace}', 'ritorna a {pace}', 'sei {pace}',
        'vai troppo {pace}', 'parli troppo {pace}', 'dammi {pace}', 'usa {pace}', 'passa a {pace}', 'possiamo avere {pace}', 'puoi fare {pace}',
      ]),
  },
  {
    name: IntentName.Statement,
    slots: [{ name: SlotName.Statement, type: 'AMAZON.SearchQuery' }],
    // AMAZON.SearchQuery's rules: a carrier phrase in every sample, one SearchQuery slot, nothing else beside it.
    samples: () => STATEMENT_CARRIERS.map((carrier) => `${carrier} {statement}`),
  },
];

/** How parents start saying something about the baby: the words before it (the classifier reads the rest). */
const STATEMENT_CARRIERS = [
  ...['aspetta', 'aspetta un attimo', 'un attimo', 'oddio', 'oh no', 'ops', 'ah', 'oh', 'guarda', 'uffa', 'pausa', 'fermati', 'ferma'].flatMap((lead) => [lead, `${lead} il bimbo`, `${lead} la bimba`, `${lead} si`, `${lead} non`, `${lead} mi`, `${lead} ha`, `${lead} è`, `${lead} sta`]),
  ...BABY, 'il bimbo è', 'la bimba è', 'il bimbo ha', 'la bimba ha', 'il bimbo si', 'la bimba si', 'il bimbo non', 'la bimba non', 'si', 'ha', 'è', 'sta', 'non', 'mi', 'le', 'gli',
  'scusa', 'scusa il bimbo', 'scusa la bimba', 'scusa si', 'scusa ha', 'scusa è', 'credo che', 'penso che', 'mi sa che', 'secondo me',
];

const PACE_VALUES: Readonly<Record<PaceChange, { name: string; synonyms: string[] }>> = {
  slower: { name: 'più lento', synonyms: ['più piano', 'più lentamente', 'rallenta', 'troppo veloce', 'troppo in fretta', 'più adagio', 'lento', 'piano', 'veloce', 'di corsa', 'rallentare'] },
  faster: { name: 'più veloce', synonyms: ['più velocemente', 'più in fretta', 'accelera', 'troppo lento', 'troppo lenta', 'più svelta', 'più svelto', 'più rapido', 'più rapida', 'lenta', 'accelerare'] },
  'longer-pauses': { name: 'pause più lunghe', synonyms: ['più tempo', 'più tempo per ogni movimento', 'pause lunghe', 'più pausa', 'più tempo tra i movimenti', 'più tempo per massaggiare', 'pause più lunghe tra i movimenti'] },
  'shorter-pauses': { name: 'pause più corte', synonyms: ['pause più brevi', 'meno tempo', 'pause corte', 'meno attesa', 'meno tempo tra i movimenti', 'pause brevi'] },
  brief: { name: 'parla di meno', synonyms: ['meno parole', 'meno chiacchiere', 'solo i nomi', 'modalità breve', 'breve', 'meno dettagli', 'parli troppo', 'meno spiegazioni', 'istruzioni brevi'] },
  detail: { name: 'più dettagli', synonyms: ['più spiegazioni', 'più istruzioni', 'modalità dettagliata', 'spiega di più', 'parla di più', 'più dettagliato', 'istruzioni complete'] },
  normal: { name: 'velocità normale', synonyms: ['normale', 'ritmo normale', 'come prima', 'il solito ritmo', 'velocità di prima', 'ritmo di sempre', 'la velocità normale', 'modalità normale'] },
};

const babySlotTypes: readonly SlotTypeSource<W>[] = [{ name: PACE_SLOT_TYPE, values: () => Object.entries(PACE_VALUES).map(([id, v]) => ({ id, ...v })) }];

// ---------------------------------------------------------------------------------------------------
// Questions.

/** Benefit questions: the slot's words are a benefit, or free words the skill's classifier places. */
const BENEFIT_CARRIERS = [
  'il massaggio aiuta {topic}', 'il massaggio aiuta con {topic}', 'il massaggio aiuta per {topic}', 'il massaggio aiuta se {topic}', 'aiuta {topic}', 'aiuta con {topic}',
  'aiuta per {topic}', 'aiuta se {topic}', 'lo aiuta {topic}', 'la aiuta {topic}', 'serve {topic}', 'serve per {topic}', 'serve se {topic}', 'il massaggio serve {topic}',
  'il massaggio serve per {topic}', 'fa bene {topic}', 'fa bene per {topic}', 'il massaggio fa bene {topic}', 'il massaggio fa bene per {topic}', 'migliora {topic}',
  'il massaggio migliora {topic}', 'rafforza {topic}', 'il massaggio rafforza {topic}', 'funziona per {topic}', 'funziona con {topic}', 'il massaggio funziona per {topic}',
  'può aiutare {topic}', 'può aiutare con {topic}', 'può aiutare quando ha {topic}', 'il massaggio può aiutare {topic}', 'il massaggio può aiutare con {topic}',
  'lo fa {topic}', 'la fa {topic}', 'il massaggio lo fa {topic}', 'il massaggio la fa {topic}', 'lo rende {topic}', 'la rende {topic}', 'il massaggio lo rende {topic}',
  'il massaggio la rende {topic}', 'il massaggio lo {topic}', 'il massaggio la {topic}', 'ci fa sentire {topic}', 'ci rende {topic}', 'fa {topic}', 'a cosa serve {topic}',
  'è vero che il massaggio aiuta {topic}', 'è vero che aiuta {topic}', 'ho sentito che il massaggio aiuta {topic}', 'che effetto ha su {topic}', '{topic} se lo massaggio',
  '{topic} se la massaggio', '{topic} con il massaggio', 'ci sono prove su {topic}', 'cosa dice la ricerca su {topic}', 'il massaggio infantile aiuta {topic}',
  'il massaggio infantile fa bene {topic}', 'il massaggio infantile serve per {topic}', 'è utile per {topic}', 'il massaggio è utile per {topic}',
];

/** Safety questions with the topic in a fixed frame ("che olio uso"); other questions come through QuestionIntent. */
const SAFETY_CARRIERS = [
  'che {topic} uso', 'che {topic} usare', 'che {topic} devo usare', 'che {topic} mi consigli', 'quale {topic} uso', 'quale {topic} usare', 'quale {topic} devo usare',
  'quale {topic} mi consigli', 'quale {topic} è meglio per il massaggio', 'quale {topic} è meglio', 'che tipo di {topic} uso', 'che tipo di {topic} devo usare',
  'posso usare {topic}', 'devo usare {topic}', 'si può usare {topic}', 'posso massaggiarlo {topic}', 'posso massaggiarla {topic}', 'posso massaggiare il bimbo {topic}',
  'posso fare il massaggio {topic}', 'si può massaggiare {topic}', 'si può massaggiare un {topic}', 'posso massaggiare un {topic}', 'è sicuro massaggiarlo {topic}',
  'è sicuro massaggiarla {topic}', 'il massaggio è sicuro {topic}', '{topic} lo devo fare', '{topic} devo farlo', '{topic} lo faccio', '{topic} si fa il massaggio',
  '{topic} devo massaggiarlo', '{topic} devo massaggiarla', '{topic} posso iniziare', '{topic} si può iniziare', 'quanto devo aspettare dopo {topic}',
  'quanto aspetto dopo {topic}', 'dopo {topic} quanto aspetto', 'dopo {topic} quanto devo aspettare', 'meglio prima o dopo {topic}', 'prima o dopo {topic}',
  'posso farlo dopo {topic}', 'posso massaggiarlo dopo {topic}', 'posso massaggiarla dopo {topic}', 'può {topic} fare il massaggio', 'può farlo {topic}',
  'può farle il massaggio {topic}', 'può fargli il massaggio {topic}', 'cosa faccio se {topic}', 'cosa devo fare se {topic}', 'e se {topic} durante il massaggio',
  'quanto deve essere calda {topic}', 'come preparo {topic}', 'il massaggio è sicuro', 'è sicuro il massaggio',
  'il massaggio infantile è sicuro', 'è pericoloso il massaggio', 'ci sono rischi', 'ci sono controindicazioni', 'cosa devo sapere sulla sicurezza',
];

/** How parents start a question in their own words: the words before it (the classifier reads the rest). */
const QUESTION_CARRIERS = [
  'posso', 'possiamo', 'si può', 'si possono', 'si può fare', 'è possibile', 'è normale che', 'è normale', 'è giusto', 'è meglio', 'è vero che', 'va bene', 'va bene se',
  'devo', 'dobbiamo', 'bisogna', 'conviene', 'meglio', 'quando', 'quanto', 'quanta', 'quanti', 'quante', 'come', 'cosa', "cos'è", 'cosa faccio', 'cosa devo fare',
  'che', 'quale', 'quali', "qual è", 'perché', 'dove', 'chi', 'e se', 'se', 'e', 'ma', 'mi sento', 'sono', 'ho', 'sto', 'per', 'da', 'da che', 'fino a', 'a quanti',
  'a che', 'dopo', 'prima', 'anche', 'può', 'possono', 'in che', 'dimmi', 'vorrei sapere', 'volevo sapere', 'una domanda', 'ti chiedo', 'mi chiedevo', 'secondo te',
  'ci sono', "c'è",
];
const QUESTION_HEADS = ['allora', 'ok', 'senti', 'scusa', 'ma', 'e', 'dimmi'];
/** Questions that end with their carrier: "ha la pelle secca, posso massaggiarla?" */
const QUESTION_TAILS = [
  'si può fare', 'si può fare il massaggio', 'si può massaggiare', 'si possono massaggiare', 'posso farlo', 'posso farlo lo stesso', 'posso massaggiarlo',
  'posso massaggiarla', 'posso massaggiare la pancia', 'posso fare il massaggio', 'il massaggio serve', 'serve il massaggio', 'il massaggio aiuta', 'va bene',
  'va bene lo stesso', 'è un problema', 'è normale', 'è pericoloso', 'può farlo', 'può farle il massaggio', 'può fargli il massaggio', 'può aiutare', 'possono farlo',
  'cosa faccio', 'come faccio', 'che faccio', 'è sicuro', 'fa male',
];

const questionIntents: readonly IntentSource<W>[] = [
  {
    name: IntentName.Benefits,
    slots: [{ name: SlotName.Topic, type: BENEFIT_SLOT_TYPE }],
    samples: () => [
      ...BENEFIT_CARRIERS,
      'quali sono i benefici', 'quali sono i benefici del massaggio', 'quali sono i benefici del massaggio infantile', 'a cosa serve il massaggio', 'a cosa serve',
      'perché fare il massaggio', 'perché dovrei massaggiare il mio bimbo', 'il massaggio fa bene', 'il massaggio infantile fa bene', 'fa bene il massaggio',
      'funziona davvero', 'il massaggio funziona davvero', 'ci sono prove', 'cosa dice la ricerca', 'è dimostrato', 'che benefici ha', 'quali vantaggi ha',
      'cosa fa il massaggio', 'a cosa serve il massaggio infantile', 'perché il massaggio fa bene',
    ],
  },
  {
    name: IntentName.Safety,
    slots: [{ name: SlotName.Topic, type: SAFETY_SLOT_TYPE }],
    samples: () => SAFETY_CARRIERS,
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

type Values<T extends string> = readonly { readonly id: T; readonly name: string; readonly synonyms: readonly string[] }[];

const BENEFIT_VALUES: Values<BenefitTopic> = [
  { id: 'sleep', name: 'sonno', synonyms: ['il sonno', 'dormire', 'a dormire', 'dormire meglio', 'a dormire meglio', 'dormire di più', 'la nanna', 'a fare la nanna', 'a dormire la notte', 'dormire la notte', 'addormentarsi', 'ad addormentarsi', 'per il sonno', 'al sonno', 'sonno migliore', 'dormire tutta la notte'] },
  { id: 'bonding', name: 'legame', synonyms: ['il legame', 'il legame con il bambino', 'il legame con il bimbo', 'il legame mamma bambino', 'il rapporto', 'al rapporto mamma bambino', 'al rapporto con il bambino', 'il rapporto mamma bambino', 'attaccamento', "l'attaccamento", 'vicinanza', 'la vicinanza', 'più vicini', 'sentirci più vicini', 'la relazione', 'il contatto', 'la complicità'] },
  { id: 'relaxation', name: 'rilassamento', synonyms: ['il rilassamento', 'rilassarlo', 'rilassarla', 'a rilassarlo', 'a rilassarla', 'calmarlo', 'calmarla', 'a calmarlo', 'a calmarla', 'lo stress', 'stress', 'il pianto', 'calma', 'rilassa', 'più tranquillo', 'più tranquilla', 'a stare più tranquillo', 'a stare più tranquilla', 'ossitocina', "l'ossitocina", 'endorfine', 'le endorfine'] },
  { id: 'digestion', name: 'coliche', synonyms: ['le coliche', 'colica', 'la colica', "l'aria", "l'aria nella pancia", 'aria nella pancia', 'aria', 'gas', 'i gas', 'pancia gonfia', 'la pancia gonfia', 'mal di pancia', 'il mal di pancia', 'stitichezza', 'la stitichezza', 'digestione', 'la digestione', 'alla digestione', 'la cacca', 'a fare la cacca', 'il ruttino', 'a fare il ruttino', 'le colichette'] },
  { id: 'reflux', name: 'reflusso', synonyms: ['il reflusso', 'rigurgiti', 'i rigurgiti', 'rigurgito', 'il rigurgito', 'reflusso gastroesofageo', 'il reflusso gastroesofageo', 'il vomito'] },
  { id: 'teething', name: 'dentini', synonyms: ['i dentini', 'denti', 'i denti', 'dentizione', 'la dentizione', 'le gengive', 'gengive', 'naso chiuso', 'il naso chiuso', 'il raffreddore', 'congestione', 'la congestione', 'il nasino chiuso'] },
  { id: 'breathing', name: 'respirazione', synonyms: ['la respirazione', 'il respiro', 'respiro', 'respirare', 'a respirare', 'a respirare meglio', 'asma', "l'asma", 'polmoni', 'i polmoni'] },
  { id: 'immunity', name: 'difese immunitarie', synonyms: ['le difese immunitarie', 'sistema immunitario', 'il sistema immunitario', 'immunità', "l'immunità", 'difese', 'le difese', 'infezioni', 'le infezioni', 'a non ammalarsi', 'ammalarsi di meno'] },
  { id: 'brain', name: 'sviluppo del cervello', synonyms: ['lo sviluppo del cervello', 'cervello', 'il cervello', 'sviluppo', 'lo sviluppo', 'intelligenza', "l'intelligenza", 'intelligente', 'più intelligente', 'apprendimento', "l'apprendimento", 'sviluppo neurologico', 'lo sviluppo neurologico', 'il sistema nervoso'] },
  { id: 'growth', name: 'crescita', synonyms: ['la crescita', 'peso', 'il peso', 'prendere peso', 'a prendere peso', 'a crescere', 'crescere', 'crescere di peso', 'a crescere di peso', 'i muscoli', 'tono muscolare', 'il tono muscolare', 'crescere di più'] },
  { id: 'awareness', name: 'coordinazione', synonyms: ['la coordinazione', 'consapevolezza del corpo', 'la consapevolezza del corpo', 'conoscere il suo corpo', 'a conoscere il suo corpo', 'equilibrio', "l'equilibrio", 'i sensi', 'motricità', 'la motricità', 'le prime parole'] },
  { id: 'circulation', name: 'circolazione', synonyms: ['la circolazione', 'alla circolazione', 'circolazione del sangue', 'la circolazione del sangue', 'alla circolazione del sangue', 'ossigenazione', "l'ossigenazione"] },
  { id: 'autonomy', name: 'permesso', synonyms: ['il permesso', 'chiedere il permesso', 'chiedergli il permesso', 'chiederle il permesso', 'consenso', 'il consenso', 'autonomia', "l'autonomia", 'rispetto', 'il rispetto'] },
];

const SAFETY_VALUES: Values<SafetyTopic> = [
  { id: 'when-not', name: 'quando non farlo', synonyms: ['quando non massaggiare', 'quando è malato', 'quando è malata', 'se ha la febbre', 'con la febbre', 'con il raffreddore', 'se sta male', 'se è malato', 'se è malata', 'con la tosse', 'con uno sfogo', "con l'ittero", 'con la diarrea', 'febbre', 'raffreddore', 'malato', 'malata', 'quando sta male'] },
  { id: 'vaccinations', name: 'vaccini', synonyms: ['i vaccini', 'dopo i vaccini', 'vaccino', 'il vaccino', 'dopo il vaccino', 'vaccinazioni', 'le vaccinazioni', 'dopo le vaccinazioni', 'vaccinazione', 'la vaccinazione', 'dopo la vaccinazione', 'puntura', 'la puntura', 'dopo la puntura', 'le punture', 'iniezione'] },
  { id: 'feeding', name: 'poppata', synonyms: ['la poppata', 'dopo la poppata', 'le poppate', 'il latte', 'dopo il latte', 'il biberon', 'dopo il biberon', 'mangiato', 'dopo mangiato', 'la pappa', 'dopo la pappa', 'il pasto', 'dopo il pasto', 'a pancia piena', 'la tetta'] },
  { id: 'oil', name: 'olio', synonyms: ["l'olio", 'oli', 'gli oli', 'olio di mandorle', "l'olio di mandorle", 'olio di mandorle dolci', 'olio di cocco', "l'olio di cocco", "olio d'oliva", "l'olio d'oliva", 'olio di oliva', 'olio di girasole', "l'olio di girasole", 'olio di vaselina', 'olio per bambini', 'oli essenziali', 'crema', 'la crema', 'una crema', 'creme', 'crema idratante', 'lozione', 'senza olio', 'olio per il massaggio'] },
  { id: 'how-long', name: 'quanto tempo', synonyms: ['quanto', 'per quanto tempo', 'quanti minuti', 'per quanti minuti', 'la durata', 'quanto a lungo'] },
  { id: 'how-often', name: 'ogni quanto', synonyms: ['quante volte', 'quanto spesso', 'quante volte al giorno', 'quante volte a settimana', 'tutti i giorni', 'ogni giorno', 'ogni sera', 'ogni quanti giorni'] },
  { id: 'sleeping', name: 'mentre dorme', synonyms: ['quando dorme', 'se dorme', 'addormentato', 'addormentata', 'che dorme', 'mentre sta dormendo', 'si addormenta', 'se si addormenta'] },
  { id: 'age', name: 'età', synonyms: ["l'età", 'che età', 'a che età', 'da che età', 'fino a che età', 'quale età', 'a quanti mesi', 'da quanti mesi', 'da quando', 'fino a quando', 'mesi'] },
  { id: 'newborn', name: 'neonato', synonyms: ['un neonato', 'il neonato', 'neonata', 'una neonata', 'neonati', 'i neonati', 'appena nato', 'appena nata', 'bimbo appena nato', 'un bimbo appena nato', 'di una settimana', 'di pochi giorni', 'piccolissimo'] },
  { id: 'premature', name: 'prematuro', synonyms: ['prematura', 'un prematuro', 'prematuri', 'i prematuri', 'bimbo prematuro', 'un bimbo prematuro', 'nato prematuro', 'nata prematura', 'pretermine', 'nato prima del termine'] },
  { id: 'crying', name: 'piange', synonyms: ['se piange', 'quando piange', 'pianto', 'non gli piace', 'non le piace', 'se non gli piace', 'se non le piace', 'si agita', 'urla', 'si inarca', 'si gira'] },
  { id: 'others', name: 'altre persone', synonyms: ['il papà', 'papà', 'mio marito', 'il mio compagno', 'la mia compagna', 'mia moglie', 'la nonna', 'il nonno', 'i nonni', 'la babysitter', 'la tata', 'il fratellino', 'la sorellina', 'i fratelli', 'qualcun altro'] },
  { id: 'setting', name: 'la stanza', synonyms: ['stanza', 'la temperatura della stanza', 'temperatura', 'una stanza calda', 'la preparazione', 'preparare', "l'asciugamano", 'i vestiti', 'il fasciatoio', 'sul fasciatoio', 'sul letto', 'per terra', 'il momento migliore', 'momento migliore'] },
  { id: 'bath', name: 'bagnetto', synonyms: ['il bagnetto', 'dopo il bagnetto', 'prima del bagnetto', 'il bagno', 'dopo il bagno', 'prima del bagno', 'bagno'] },
  { id: 'pressure', name: 'pressione', synonyms: ['la pressione', 'forte', 'quanto forte', 'piano', 'delicato', 'fargli male', 'farle male', 'male', 'premere', 'quanto premere'] },
  { id: 'hips', name: 'anche', synonyms: ['le anche', 'anca', "l'anca", 'displasia', "displasia dell'anca", 'la displasia', 'divaricatore', 'il divaricatore', 'tutore', 'il tutore'] },
  { id: 'skin', name: 'pelle', synonyms: ['la pelle', 'pelle secca', 'eczema', "l'eczema", 'dermatite', 'la dermatite', 'dermatite atopica', 'crosta lattea', 'la crosta lattea', 'sfogo', 'uno sfogo', 'eritema', 'pelle sensibile', 'acne'] },
  { id: 'soft-spot', name: 'fontanella', synonyms: ['la fontanella', 'le fontanelle', 'la testa', 'testa', 'la parte morbida della testa'] },
  { id: 'hernia', name: 'ernia', synonyms: ["l'ernia", 'ernia ombelicale', "l'ernia ombelicale", "un'ernia", 'ombelico', "l'ombelico", 'il moncone', 'il cordone'] },
  { id: 'postnatal', name: 'depressione post partum', synonyms: ['depressione', 'la depressione', 'post partum', 'baby blues', 'il mio umore', 'ansia', "l'ansia", 'tristezza'] },
];

const questionSlotTypes: readonly SlotTypeSource<W>[] = [
  { name: BENEFIT_SLOT_TYPE, values: () => BENEFIT_VALUES },
  { name: SAFETY_SLOT_TYPE, values: () => SAFETY_VALUES },
];

// ---------------------------------------------------------------------------------------------------
// The course and the companion.

const babies = ['il mio bimbo', 'la mia bimba', 'il mio bambino', 'la mia bambina', 'il bimbo', 'la bimba', 'mio figlio', 'mia figlia'];

const companionIntents: readonly IntentSource<W>[] = [
  {
    name: IntentName.Course,
    slots: [{ name: SlotName.Lesson, type: LESSON_SLOT_TYPE }],
    samples: () =>
      politely([
        'insegnami il massaggio infantile', 'insegnami il massaggio', 'insegnami a massaggiare il mio bimbo', 'insegnami a fare il massaggio', 'insegnami',
        'il corso', 'inizia il corso', 'comincia il corso', 'fai il corso', 'il corso di massaggio', 'il corso di massaggio infantile', 'continua il corso',
        'andiamo avanti con il corso', 'voglio imparare il massaggio infantile', 'voglio imparare a fare il massaggio', 'voglio imparare a massaggiare il mio bimbo',
        'come imparo il massaggio', 'a che punto sono del corso', 'a che lezione sono', 'a che lezione siamo', 'le lezioni', 'lezioni', 'la lezione {lesson}',
        'lezione {lesson}', 'la {lesson} lezione', '{lesson} lezione', 'fai la lezione {lesson}', 'facciamo la lezione {lesson}', 'facciamo la {lesson} lezione', 'inizia la lezione {lesson}',
        'inizia la {lesson} lezione', 'vai alla lezione {lesson}', 'vai alla {lesson} lezione', 'passiamo alla lezione {lesson}', 'passiamo alla {lesson} lezione',
        'ripeti la lezione {lesson}', 'rifacciamo la lezione {lesson}', 'rifai la lezione {lesson}', 'di nuovo la lezione {lesson}', 'voglio fare la lezione {lesson}',
        'possiamo fare la lezione {lesson}', 'riproduci la lezione {lesson}', 'la lezione {lesson} di nuovo',
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
      ...['', ...babies.map((who) => `${who} `)].flatMap((who) => [
        `${who}ha {number} {unit}`, `${who}ha {number} {unit} adesso`, `${who}ha quasi {number} {unit}`, `${who}ha circa {number} {unit}`, `${who}ha appena {number} {unit}`,
        `${who}ha solo {number} {unit}`, `${who}ha un {unit}`, `${who}ha una {unit}`, `${who}ha già {number} {unit}`, `${who}ha compiuto {number} {unit}`,
        `${who}è nato a {born}`, `${who}è nata a {born}`, `${who}è nato il {born}`, `${who}è nata il {born}`, `${who}è nato in {born}`, `${who}è nata in {born}`,
      ]),
      'nato a {born}', 'nata a {born}', 'nato il {born}', 'nata il {born}', 'il suo compleanno è il {born}', "l'età è {number} {unit}", '{number} {unit}',
      'ha compiuto {number} {unit} ieri', "l'ho partorito a {born}", "l'ho partorita a {born}",
    ],
  },
  {
    name: IntentName.HowOld,
    samples: () =>
      politely([
        'quanti mesi ha il mio bimbo', 'quanti mesi ha il mio bambino', 'quanti mesi ha la mia bimba', 'quanti mesi ha la mia bambina', 'quanti mesi ha', 'quanti anni ha',
        'quanti giorni ha', 'quante settimane ha', 'sai quanti mesi ha', 'ti ricordi quanti mesi ha', "quant'è grande", 'che età ha', 'che età ha il mio bimbo',
        'quando è nato', 'quando è nata', 'quando è nato il mio bimbo', 'quando è nata la mia bimba', 'cosa sai del mio bimbo', 'cosa ricordi del mio bimbo',
        'quanti mesi ha il bimbo', 'quanti mesi ha la bimba', "sai l'età del mio bimbo",
      ]),
  },
  {
    name: IntentName.ForgetAge,
    samples: () =>
      politely([
        "dimentica l'età del bambino", "dimentica l'età del bimbo", "dimentica l'età della bimba", "dimentica l'età del mio bimbo", "dimentica l'età della mia bimba",
        "dimentica l'età", "cancella l'età del bimbo", "cancella l'età", "non ricordare l'età del bimbo", 'dimentica quando è nato', 'dimentica quando è nata',
        'dimentica la data di nascita', 'cancella la data di nascita', 'dimentica quanti mesi ha', "elimina l'età del bimbo", 'dimentica il mese di nascita',
      ]),
  },
  {
    name: IntentName.PracticeLog,
    slots: [{ name: SlotName.Period, type: LOG_PERIOD_SLOT_TYPE }],
    samples: () =>
      politely([
        'quanti massaggi {period}', 'quanti massaggi abbiamo fatto {period}', 'quanti massaggi ho fatto {period}', 'quante volte abbiamo fatto il massaggio {period}',
        "quante volte l'ho massaggiato {period}", "quante volte l'ho massaggiata {period}", 'cosa abbiamo fatto {period}', 'che massaggio abbiamo fatto {period}',
        'quale massaggio abbiamo fatto {period}', 'quanto è durato il massaggio {period}', 'quanto abbiamo massaggiato {period}', 'abbiamo fatto il massaggio {period}',
        'quanti massaggi abbiamo fatto {period} in tutto', "quando abbiamo fatto l'ultimo massaggio", "quand'è stato l'ultimo massaggio", 'quanti massaggi abbiamo fatto',
        'quanti massaggi', 'il diario dei massaggi', 'il mio diario', 'mostrami il diario', 'mostrami la settimana', 'come stiamo andando', 'come sto andando',
        'lo storico dei massaggi', 'i miei massaggi', 'mostrami i massaggi',
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
        ...['{time}', '{clock}'].flatMap((at) => [
          `ricordami di fare il massaggio ogni {daypart} alle ${at}`, `ricordami di fare il massaggio alle ${at}`, `ricordami di fare il massaggio ogni giorno alle ${at}`,
          `ricordami il massaggio alle ${at}`, `ricordami il massaggio ogni {daypart} alle ${at}`, `ricordami ogni giorno alle ${at}`, `ricordamelo alle ${at}`,
          `ricordami di massaggiare il bimbo alle ${at}`, `mettimi un promemoria alle ${at}`, `metti un promemoria alle ${at}`, `imposta un promemoria alle ${at}`,
          `imposta un promemoria per le ${at}`, `un promemoria alle ${at}`, `promemoria alle ${at}`, `sposta il promemoria alle ${at}`, `cambia il promemoria alle ${at}`,
          `alle ${at}`, `per le ${at}`, `facciamo alle ${at}`, `ogni giorno alle ${at}`, `alle ${at} ogni giorno`, `ogni {daypart} alle ${at}`,
        ]),
        'ricordami di fare il massaggio', 'ricordami il massaggio', 'ricordami di massaggiare il bimbo', 'ricordami di fare il massaggio ogni {daypart}',
        'ricordamelo ogni {daypart}', 'ricordami ogni {daypart}', 'mettimi un promemoria', 'metti un promemoria', 'imposta un promemoria', 'un promemoria per il massaggio',
        'voglio un promemoria', 'promemoria giornaliero', 'puoi ricordarmelo', 'cambia il promemoria', 'mettimi un promemoria per il massaggio', 'ricordamelo ogni giorno',
      ]),
  },
  {
    name: IntentName.CancelReminder,
    samples: () =>
      politely([
        'cancella il promemoria', 'cancella il promemoria del massaggio', 'cancella il mio promemoria', 'cancella i promemoria', 'elimina il promemoria', 'togli il promemoria',
        'disattiva il promemoria', 'non ricordarmelo più', 'smetti di ricordarmelo', 'basta promemoria', 'non voglio più promemoria', 'non voglio promemoria',
        'cancella tutti i promemoria', 'togli i promemoria',
      ]),
  },
  {
    name: IntentName.CheckReminder,
    samples: () =>
      politely([
        'ho un promemoria', 'ho un promemoria per il massaggio', "c'è un promemoria", 'il promemoria è attivo', 'a che ora è il promemoria', 'quando è il promemoria',
        'che promemoria ho', 'quali promemoria ho', 'hai messo il promemoria', 'controlla il promemoria', 'dimmi il promemoria', 'a che ora è il mio promemoria',
      ]),
  },
  {
    name: IntentName.ForgetMe,
    samples: () =>
      politely([
        'cancella tutti i miei dati', 'cancella i miei dati', 'dimentica tutto di me', 'dimentica tutto', 'dimenticami', 'cancella tutto', 'elimina i miei dati', 'elimina tutto',
        'cancella tutto quello che sai di me', 'cosa sai di me', 'quali dati tieni', 'cosa tieni su di me', 'cancella la cronologia', 'cancella il diario', 'azzera tutto',
      ]),
  },
];

/** The hours as said after "alle": "alle sette", "alle sette e mezza", "alle diciannove". */
const HOURS = ['dodici', 'una', 'due', 'tre', 'quattro', 'cinque', 'sei', 'sette', 'otto', 'nove', 'dieci', 'undici', 'dodici'];
const HOURS_24 = ['', 'tredici', 'quattordici', 'quindici', 'sedici', 'diciassette', 'diciotto', 'diciannove', 'venti', 'ventuno', 'ventidue', 'ventitré'];

/**
 * The times of day a parent says for a reminder, by the quarter hour, with the same ids as English
 * (tools/interaction-model/companion-intents.ts): the 24-hour time, and "-am"/"-pm" when the half of the
 * day was said. A time said alone ("le sette") is the morning from six to eleven, the afternoon from one
 * to five, as in English; the confirmation says the time back.
 */
function clockTimes(): { id: string; name: string; synonyms: string[] }[] {
  const values: { id: string; name: string; synonyms: string[] }[] = [];
  const halves: readonly (readonly [string, 'am' | 'pm' | ''])[] = [['', ''], [' del mattino', 'am'], [' di mattina', 'am'], [' del pomeriggio', 'pm'], [' di pomeriggio', 'pm'], [' di sera', 'pm']];
  for (let hour = 1; hour <= 12; hour++) {
    for (const minute of [0, 15, 30, 45]) {
      const word = HOURS[hour];
      const next = HOURS[(hour % 12) + 1];
      const spoken =
        minute === 0
          ? [word, `${word} in punto`, `${hour}`]
          : minute === 15
            ? [`${word} e un quarto`, `${word} e quindici`, `${hour}:15`]
            : minute === 30
              ? [`${word} e mezza`, `${word} e trenta`, `${word} e mezzo`, `${hour}:30`]
              : [`${next} meno un quarto`, `${word} e quarantacinque`, `${hour}:45`];
      halves.forEach(([said, half], index) => {
        // The same values as English: it has no second morning form for twelve.
        if (index === 2 && hour === 12) return;
        const h24 = half === 'pm' ? (hour % 12) + 12 : half === 'am' ? hour % 12 : hour >= 1 && hour <= 5 ? hour + 12 : hour;
        const id = `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const names = spoken.map((w) => `${w}${said}`);
        // The 24-hour form ("le diciannove e trenta") with the first afternoon-or-evening form of each time.
        if (index === 3 && hour < 12) {
          const h = HOURS_24[hour];
          names.push(minute === 0 ? h : minute === 15 ? `${h} e quindici` : minute === 30 ? `${h} e trenta` : `${h} e quarantacinque`);
        }
        values.push({ id: `${id}${half === '' ? '' : `-${half}`}`, name: names[0], synonyms: names.slice(1) });
      });
    }
  }
  return values;
}

const companionSlotTypes: readonly SlotTypeSource<W>[] = [
  { name: CLOCK_SLOT_TYPE, values: () => clockTimes() },
  {
    name: LESSON_SLOT_TYPE,
    values: () => [
      { id: 'this-week', name: 'di questa settimana', synonyms: ['questa settimana', 'della settimana', 'di oggi', 'attuale', 'questa', 'mia', 'nostra', 'corrente'] },
      { id: 'next', name: 'prossima', synonyms: ['successiva', 'nuova', 'seguente', 'dopo', 'la prossima'] },
      { id: 'last', name: 'della settimana scorsa', synonyms: ['scorsa', 'precedente', 'ultima', 'di prima', 'la settimana scorsa', "dell'ultima volta", 'quella di prima'] },
      { id: '1', name: 'uno', synonyms: ['1', 'prima', 'numero uno'] },
      { id: '2', name: 'due', synonyms: ['2', 'seconda', 'numero due'] },
      { id: '3', name: 'tre', synonyms: ['3', 'terza', 'numero tre'] },
      { id: '4', name: 'quattro', synonyms: ['4', 'quarta', 'numero quattro'] },
      { id: '5', name: 'cinque', synonyms: ['5', 'quinta', 'finale', 'numero cinque'] },
    ],
  },
  {
    name: AGE_UNIT_SLOT_TYPE,
    values: () => [
      { id: 'day', name: 'giorni', synonyms: ['giorno'] },
      { id: 'week', name: 'settimane', synonyms: ['settimana'] },
      { id: 'month', name: 'mesi', synonyms: ['mese'] },
      { id: 'year', name: 'anni', synonyms: ['anno'] },
    ],
  },
  {
    name: LOG_PERIOD_SLOT_TYPE,
    values: () => [
      { id: 'week', name: 'questa settimana', synonyms: ['in questa settimana', 'negli ultimi sette giorni', "nell'ultima settimana", 'ultimamente', 'di recente', 'questa settimana finora'] },
      { id: 'today', name: 'oggi', synonyms: ['oggi finora', 'stamattina', 'stasera', 'questa mattina', 'questa sera', 'prima'] },
      { id: 'yesterday', name: 'ieri', synonyms: ['ieri sera', 'ieri mattina', 'ieri pomeriggio'] },
      { id: 'last', name: "l'ultima volta", synonyms: ['ultima volta', 'la volta scorsa', 'la volta prima', "all'ultimo massaggio"] },
      { id: 'month', name: 'questo mese', synonyms: ['in questo mese', "nell'ultimo mese", 'questo mese finora'] },
      { id: 'all', name: 'finora', synonyms: ['in tutto', 'in totale', 'da sempre', 'complessivamente', 'fino ad ora', 'fino adesso'] },
    ],
  },
  {
    name: DAYPART_SLOT_TYPE,
    values: () => [
      { id: 'morning', name: 'mattina', synonyms: ['mattino', 'giorno di mattina'] },
      { id: 'afternoon', name: 'pomeriggio', synonyms: ['giorno di pomeriggio'] },
      { id: 'evening', name: 'sera', synonyms: ['giorno di sera', 'sera prima di dormire', 'sera prima della nanna'] },
      { id: 'night', name: 'notte', synonyms: ['giorno di notte', 'sera a letto', 'nanna'] },
    ],
  },
];

export const phrases: ModelPhrases<ItalianVocabulary> = {
  invocationName: 'massaggio infantile',
  intents: [...coreIntents, ...routineIntents, ...babyIntents, ...questionIntents, ...companionIntents],
  slotTypes: [...routineSlotTypes, ...babySlotTypes, ...questionSlotTypes, ...companionSlotTypes],
};
