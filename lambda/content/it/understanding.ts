import type { MassagePart, RoutineId } from '../../routine/types';
import { stemsWith } from '../understand';
import type { CommandKind, Cues, StatementKind } from '../understand';
import type { BenefitTopic, SafetyTopic } from '../topics';

/**
 * A rough Italian stem, so that singular and plural, diminutive and plain, meet: accents out ("pipì",
 * "papà"), "-ando"/"-endo" off longer gerunds ("piangendo" meets "piange"), "-ino/-ina/-ini/-ine" off
 * longer diminutives ("piedini" meets "piedi", "pancino" meets "pancin..." and is listed beside
 * "pancia"), then the final vowel off words longer than four letters ("gambe" meets "gamba"). Elisions
 * ("l'olio", "dell'anca") are split off before this by stemsWith's punctuation rule.
 */
export function stem(word: string): string {
  const plain = word.normalize('NFD').replace(/\p{M}/gu, '');
  if (plain.length > 6 && /(?:ando|endo)$/.test(plain)) return plain.slice(0, -4);
  if (plain.length > 5 && /(?:ino|ina|ini|ine)$/.test(plain)) return plain.slice(0, -3);
  if (plain.length > 4 && /[aeio]$/.test(plain)) return plain.slice(0, -1);
  return plain;
}

/** Italian's way from text to the words the classifier compares (content/understand.ts). */
export const italianStems = stemsWith(stem);

/**
 * The words Italian parents use for each question topic. Listed most specific first: a tie goes to the
 * earlier topic, and a cue of more words outscores one of fewer ("tutti i giorni" is how often, not a
 * newborn's "giorni").
 */
export const QUESTION_CUES: Cues<BenefitTopic | SafetyTopic> = [
  ['postnatal', ['da quando è nato', 'da quando è nata', 'da quando ho partorito', 'dopo il parto', 'depressione', 'depressa', 'post partum', 'postpartum', 'il mio umore', 'mi sento giù', 'mi sento triste', 'sono giù', 'triste', 'tristezza', 'ansiosa', 'ansioso', 'in ansia', 'non ce la faccio', 'sopraffatta', 'piango sempre', 'baby blues', 'salute mentale', 'non sono più io']],
  ['hips', ['anca', 'le anche', 'delle anche', 'alle anche', 'displasia', 'divaricatore', 'tutore', 'pavlik', 'lussazione', 'gambe storte']],
  ['hernia', ['ernia', 'ombelico', 'ombelicale', 'ombelichino']],
  ['soft-spot', ['fontanella', 'fontanelle', 'parte morbida', 'punto morbido', 'morbida sulla testa', 'in cima alla testa', 'sopra la testa']],
  ['skin', ['eczema', 'dermatite', 'pelle secca', 'crosta lattea', 'acne', 'pelle sensibile', 'macchie', 'macchioline', 'brufoli', 'puntini', 'eritema', 'arrossamento', 'irritazione', 'irritata', 'sfogo', 'sfoghi', 'pelle']],
  ['premature', ['prematuro', 'prematura', 'prematuri', 'pretermine', 'prima del termine', 'nato prima', 'nata prima', 'in anticipo', 'di anticipo', 'terapia intensiva', 'neonatologia', 'incubatrice', 'nata a', 'nato a']],
  ['vaccinations', ['vaccino', 'vaccini', 'vaccinazione', 'vaccinazioni', 'vaccinato', 'vaccinata', 'puntura', 'punture', 'iniezione', 'richiamo', 'esavalente']],
  ['newborn', ['neonato', 'neonata', 'neonati', 'appena nato', 'appena nata', 'una settimana', 'due settimane', 'giorni di vita', 'giorni', 'moncone', 'cordone']],
  ['oil', ['olio', 'oli', 'mandorle', 'mandorla', 'cocco', 'oliva', 'girasole', 'senape', 'crema', 'creme', 'cremina', 'lozione', 'vaselina', 'karitè', 'calendula', 'jojoba', 'ungere', 'unto']],
  ['feeding', ['poppata', 'poppate', 'allattamento', 'allattare', 'biberon', 'latte', 'mangiato', 'mangiare', 'pasto', 'pappa', 'pancia piena', 'stomaco pieno', 'dopo mangiato', 'tetta', 'seno']],
  ['bath', ['bagnetto', 'bagno', 'lavarlo', 'lavarla', 'vaschetta']],
  ['sleeping', ['mentre dorme', 'quando dorme', 'se dorme', 'che dorme', 'addormentato', 'addormentata', 'si addormenta', 'pisolino', 'sonnellino', 'nel sonno', 'a metà']],
  ['how-often', ['ogni quanto', 'quante volte', 'tutti i giorni', 'ogni giorno', 'al giorno', 'a settimana', 'alla settimana', 'ogni sera', 'tutte le sere', 'ogni mattina', 'spesso', 'frequenza', 'quotidianamente']],
  ['how-long', ['quanto deve durare', 'quanto dura', 'quanti minuti', 'quanto tempo', 'durata', 'minuti', 'durare', 'sessione', 'per quanto']],
  ['age', ['che età', 'quale età', 'età', 'fino a quando', 'quando posso iniziare', 'quando iniziare', 'quando cominciare', 'da quando', 'quanti mesi', 'mesi', 'mese', 'troppo grande', 'troppo piccolo', 'troppo piccola', 'grandicello', 'smettere', 'gattona', 'cammina', 'un anno', 'anni', 'iniziare', 'cominciare']],
  ['others', ['papà', 'padre', 'marito', 'compagno', 'compagna', 'moglie', 'nonna', 'nonno', 'nonni', 'zia', 'zio', 'fratellino', 'sorellina', 'fratello', 'sorella', 'fratelli', 'babysitter', 'baby sitter', 'tata', 'qualcun altro', 'altre persone', 'suocera', 'chiunque']],
  ['pressure', ['premere', 'premo', 'premendo', 'pressione', 'forte', 'troppo forte', 'fare male', 'fargli male', 'farle male', 'male', 'delicato', 'delicata', 'troppo leggero', 'quanta forza', 'forza']],
  ['setting', ['stanza', 'temperatura della stanza', 'caldo', 'calda', 'dove lo metto', 'dove la metto', 'dove farlo', 'superficie', 'asciugamano', 'letto', 'per terra', 'pavimento', 'fasciatoio', 'lettino', 'divano', 'tappetino', 'momento migliore', 'orario', 'momento della giornata', 'che ora']],
  ['crying', ['piange', 'pianto', 'piangere', 'pianga', 'non gli piace', 'non le piace', 'non piace', 'odia', 'si agita', 'urla', 'strilla', 'protesta', 'si lamenta', 'capricci', 'non si gode']],
  ['when-not', ['febbre', 'temperatura', 'sta male', 'non sta bene', 'malato', 'malata', 'raffreddore', 'tosse', 'influenza', 'quando non', 'meglio non', 'non devo', 'non si deve', 'non bisogna', 'mai', 'ittero', 'itterico', 'giallo', 'lividi', 'livido', 'ferita', 'taglio', 'diarrea', 'intervento', 'operazione']],
  ['reflux', ['reflusso', 'rigurgito', 'rigurgita', 'rigurgiti', 'rigurgitare', 'rimette', 'butta su']],
  ['digestion', ['coliche', 'colica', 'aria', 'aria nella pancia', 'gas', 'gonfia', 'gonfio', 'stitichezza', 'stitico', 'stitica', 'digestione', 'digerire', 'mal di pancia', 'cacca', 'ruttino', 'rutto', 'senso orario', 'antiorario', 'verso', 'in che verso', 'che verso', 'quale verso', 'che direzione', 'quale direzione', 'scaricarsi']],
  // The teething answer covers a blocked nose too (the same face strokes).
  ['teething', ['dentini', 'denti', 'dentizione', 'gengive', 'gengiva', 'naso chiuso', 'naso tappato', 'nasino chiuso', 'congestione', 'muco']],
  ['breathing', ['respiro', 'respirazione', 'respirare', 'asma', 'polmoni', 'fiato']],
  ['immunity', ['difese immunitarie', 'immunitario', 'immunitarie', 'difese', 'ammala', 'ammalarsi', 'malattie', 'infezioni']],
  ['brain', ['cervello', 'intelligente', 'intelligenza', 'sviluppo', 'neurologico', 'cognitivo', 'imparare', 'apprendimento']],
  ['growth', ['peso', 'prendere peso', 'crescere', 'crescita', 'cresce', 'muscoli', 'tono muscolare', 'ingrassare']],
  ['bonding', ['legame', 'rapporto', 'attaccamento', 'vicini', 'vicinanza', 'relazione', 'complicità', 'contatto']],
  ['relaxation', ['rilassare', 'rilassarlo', 'rilassarla', 'rilassato', 'rilassa', 'calmo', 'calma', 'calmare', 'calmarlo', 'calmarla', 'tranquillo', 'tranquilla', 'stress', 'agitato', 'nervosismo']],
  ['awareness', ['coordinazione', 'consapevolezza', 'conoscere il suo corpo', 'suo corpo', 'il corpo', 'sensi', 'equilibrio', 'motricità']],
  ['circulation', ['circolazione', 'sangue', 'ossigeno', 'ossigenazione']],
  ['autonomy', ['permesso', 'consenso', 'chiedere il permesso', 'chiedergli', 'chiederle', 'rispetto', 'autonomia']],
  ['sleep', ['sonno', 'dormire', 'dormire meglio', 'dorma', 'notte', 'nanna', 'prima di dormire', 'addormentarsi', 'addormentare', 'sera']],
];

/**
 * What parents say about the baby, by what the guide does about it (guide/statements.ts). Hiccups and
 * sneezes are signs of enough for now; a held finger, smiles and versetti are signs of yes; a nappy, a
 * feed or a rigurgito all mean: see to the baby, the place is kept; teething is comforted like crying.
 */
export const STATEMENT_CUES: Cues<StatementKind> = [
  ['fever', ['febbre', 'febbricola', 'febbricitante', 'scotta', 'è caldo', 'è calda', 'temperatura alta', 'bollente']],
  ['jaundice', ['ittero', 'itterico', 'itterica', 'giallo', 'gialla', 'giallino', 'giallina']],
  ['hiccups', ['singhiozzo', 'singhiozzi', 'starnuti', 'starnuto', 'starnutisce', 'starnutito', 'starnutire']],
  ['unwell', ['vaccino', 'vaccini', 'vaccinazione', 'vaccinazioni', 'vaccinato', 'vaccinata', 'puntura', 'punture', 'iniezione', 'non sta bene', 'sta male', 'malato', 'malata', 'raffreddore', 'raffreddato', 'raffreddata', 'tosse', 'naso che cola', 'muco', 'sfogo', 'eczema', 'dermatite', 'diarrea', 'influenza', 'virus', 'caldo', 'calda']],
  ['feeding', ['fame', 'affamato', 'affamata', 'mangiare', 'poppata', 'poppare', 'tetta', 'seno', 'allattare', 'allattarla', 'allattarlo', 'latte', 'biberon', 'succhia il pugno', 'succhia le mani', 'cerca il seno']],
  ['needs', ['pipì', 'cacca', 'cacchina', 'pannolino', 'cambiare', 'cambiarlo', 'cambiarla', 'cambio', 'bagnato', 'bagnata', 'rigurgitato', 'rigurgito', 'rigurgita', 'vomitato', 'vomito', 'vomita', 'buttato su', 'rimesso', 'in braccio', 'vuole me', 'vuole la mamma', 'vuole il papà', 'vuole le coccole']],
  ['asleep', ['addormentato', 'addormentata', 'dorme', 'sta dormendo', 'crollato', 'crollata', 'chiuso gli occhi', 'sonno profondo', 'si è addormentato', 'si è addormentata']],
  ['tired', ['sonno', 'stanco', 'stanca', 'assonnato', 'assonnata', 'sbadiglia', 'sbadiglio', 'sbadigli', 'stropiccia gli occhi', 'si stropiccia', 'cotto', 'cotta', 'esausto', 'esausta', 'stremato', 'stremata']],
  ['crying', ['piange', 'piangendo', 'pianto', 'piangere', 'frigna', 'frignare', 'lamenta', 'si lamenta', 'urla', 'strilla', 'nervoso', 'nervosa', 'agitato', 'agitata', 'irritabile', 'capricci', 'dentini', 'denti', 'dentizione', 'gengive', 'morde', 'mordicchia', 'sbava', 'bava', 'spuntando', 'non si calma', 'inconsolabile']],
  ['dislikes', ['non gli piace', 'non le piace', 'non piace', 'odia', 'si gira', 'gira la testa', 'dall altra parte', 'inarca', 'inarca la schiena', 'rossa', 'rosso', 'pallido', 'pallida', 'chiazze', 'pugni', 'stringe i pugni', 'spinge via', 'non vuole', 'non ne vuole']],
  ['happy', ['sorride', 'sorriso', 'sorrisi', 'ride', 'ridendo', 'risata', 'gli piace', 'le piace', 'piace tantissimo', 'adora', 'felice', 'contento', 'contenta', 'tranquillo', 'tranquilla', 'calmo', 'calma', 'rilassato', 'rilassata', 'gorgheggia', 'versetti', 'tiene il dito', 'mi tiene', 'preso la mano', 'preso il dito', 'stringe il dito', 'sereno', 'serena', 'si diverte', 'si gode']],
  ['moving', ['girato', 'girata', 'pancia in giù', 'sta fermo', 'sta ferma', 'stare fermo', 'stare ferma', 'rotolato', 'rotolata', 'rotola', 'si muove', 'muove', 'non sta fermo', 'non sta ferma', 'scalcia', 'gattona', 'gattonare', 'gattonando', 'scappa', 'si dimena', 'dimena', 'si contorce']],
  ['wind', ['coliche', 'colica', 'aria', 'aria nella pancia', 'gas', 'pancia gonfia', 'gonfio', 'gonfia', 'stitico', 'stitica', 'scoreggia', 'scoreggine', 'peto', 'petini', 'ruttino', 'rutto', 'mal di pancia']],
];

/** Body parts inside words Alexa could not resolve as a part ("il viso, non le piace"). */
export const PART_CUES: Cues<MassagePart> = [
  ['movements', ['movimenti dolci', 'movimenti', 'movimento', 'stiramenti', 'esercizi', 'bicicletta', 'ginnastica']],
  ['legs', ['gamba', 'gambe', 'gambine', 'piede', 'piedi', 'piedini', 'dita dei piedi', 'coscia', 'cosce', 'caviglia']],
  ['tummy', ['pancia', 'pancino', 'pancina', 'pancetta', 'stomaco', 'addome', 'ventre']],
  ['chest', ['petto', 'torace']],
  ['arms', ['braccio', 'braccia', 'mano', 'mani', 'manine', 'manina', 'dita', 'ditina']],
  ['face', ['viso', 'faccia', 'faccina', 'visino', 'testa', 'fronte', 'guance', 'guancia']],
  ['back', ['schiena', 'schienina', 'spalle', 'colonna']],
];

/** The guide's commands inside other words: "ok fatto, e adesso", "aspetta, cosa hai detto". Longer cues win. */
export const COMMAND_CUES: Cues<CommandKind> = [
  ['start-over', ['ricomincia', 'ricominciamo', 'da capo', 'dall inizio', 'dal principio', 'riparti da capo']],
  ['previous', ['torna indietro', 'torniamo indietro', 'indietro', 'quello di prima', 'precedente', 'quello prima']],
  ['repeat', ['ripeti', 'ripetere', 'ripetilo', 'di nuovo', 'ancora una volta', 'cosa hai detto', 'come scusa', 'non ho capito', 'non ho sentito', 'ridimmi', 'ridillo', 'rispiega']],
  ['pause', ['pausa', 'aspetta', 'un attimo', 'un momento', 'un secondo', 'un minuto', 'fermati', 'fermo', 'ferma']],
  ['resume', ['riprendi', 'riprendiamo', 'ripartiamo', 'eccoci', 'sono tornata', 'sono tornato', 'siamo tornati', 'siamo pronti', 'continua', 'continuiamo']],
  ['next', ['avanti', 'prossimo', 'prossima', 'successivo', 'fatto', 'finito', 'passiamo', 'andiamo avanti']],
];

/**
 * Routines by what they are for, inside words Alexa could not resolve as a routine ("qualcosa per
 * l'aria nella pancia", "quello della nanna"). Read only when the words are not a question.
 */
export const ROUTINE_CUES: Cues<Exclude<RoutineId, `just-${string}`>> = [
  ['newborn', ['neonato', 'neonata', 'neonati', 'appena nato', 'appena nata', 'settimane', 'giorni', 'piccolissimo', 'piccolissima', 'primo massaggio']],
  ['bedtime', ['nanna', 'dormire', 'sonno', 'sera', 'notte', 'addormentare', 'addormentarsi', 'prima di dormire', 'rilassare', 'calmare']],
  ['colic', ['coliche', 'colica', 'aria', 'gas', 'pancia gonfia', 'gonfia', 'gonfio', 'stitichezza', 'stitico', 'stitica', 'mal di pancia', 'ruttino']],
  ['quick', ['veloce', 'rapido', 'corto', 'breve', 'cinque minuti', 'poco tempo', 'di fretta', 'in fretta']],
  ['full', ['completo', 'tutto', 'intero', 'tutto il massaggio', 'lungo']],
];

/** Words near a topic without being about it: a question that has only these is offered that topic. */
export const NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic> = [
  ['oil', ['talco', 'borotalco', 'sapone', 'salviette', 'shampoo', 'balsamo', 'prodotto', 'prodotti', 'pomata']],
  ['setting', ['musica', 'canzone', 'cantare', 'luci', 'luce', 'unghie', 'anelli', 'telefono', 'televisione', 'rumore', 'silenzio']],
  ['bath', ['piscina', 'acqua', 'doccia', 'nuoto']],
  ['brain', ['parlare', 'parole', 'linguaggio', 'sguardo', 'occhi']],
  ['others', ['nido', 'asilo', 'gemelli', 'corso', 'corsi', 'insegnante', 'lezioni']],
  ['when-not', ['chirurgia', 'rotto', 'frattura', 'ferito', 'medicina', 'farmaco', 'ospedale']],
  ['age', ['gattonare', 'camminare', 'seduto', 'anno']],
  ['crying', ['capriccioso', 'nervoso', 'irrequieto', 'agitato']],
];

/** Words too common to say what a question is about ("posso farlo al mio bimbo?"), as stems. */
export const COMMON_WORDS: readonly string[] = [
  'il', 'lo', 'la', 'gli', 'le', 'un', 'uno', 'una', 'di', 'da', 'in', 'con', 'su', 'per', 'tra', 'fra', 'del', 'dello', 'della', 'dei', 'degli', 'delle',
  'al', 'allo', 'alla', 'ai', 'agli', 'alle', 'dal', 'dalla', 'dai', 'nel', 'nella', 'nei', 'sul', 'sulla', 'ma', 'che', 'chi', 'cosa', 'come', 'quando', 'dove',
  'quale', 'quali', 'quanto', 'quanta', 'quanti', 'quante', 'perché', 'non', 'mio', 'mia', 'miei', 'mie', 'tuo', 'tua', 'suo', 'sua', 'nostro', 'nostra',
  'lui', 'lei', 'noi', 'voi', 'loro', 'bambino', 'bambina', 'bambini', 'bimbo', 'bimba', 'bimbi', 'bebè', 'piccolo', 'piccola', 'massaggio', 'massaggi',
  'massaggiare', 'massaggiarlo', 'massaggiarla', 'massaggio infantile', 'posso', 'puoi', 'può', 'possiamo', 'devo', 'deve', 'dovrei', 'bisogna', 'fare',
  'faccio', 'farlo', 'farla', 'fatto', 'essere', 'sono', 'hanno', 'avere', 'bene', 'meglio', 'buono', 'sicuro', 'sicura', 'normale', 'anche', 'ancora',
  'già', 'poi', 'dopo', 'prima', 'durante', 'mentre', 'più', 'meno', 'molto', 'tanto', 'poco', 'solo', 'sempre', 'questo', 'questa', 'quello', 'quella',
  'qualcosa', 'niente', 'tutto', 'aiuta', 'aiutare', 'serve', 'usare', 'dire', 'sapere', 'vuoi', 'voglio', 'volta', 'modo', 'cosa', 'dimmi', 'allora',
].flatMap((word) => italianStems(word));

/** How a question starts: words that begin with one are asked, and never start a routine. */
export const QUESTION_STARTS: readonly string[] = [
  'posso', 'possiamo', 'può', 'puo', 'si', 'è', 'e', 'devo', 'dobbiamo', 'bisogna', 'come', 'cosa', 'che', 'quando', 'quale', 'quali', 'quanto', 'quanti',
  'quante', 'perché', 'perche', 'dove', 'chi', 'serve', 'aiuta', 'conviene', 'va', 'ma',
];
