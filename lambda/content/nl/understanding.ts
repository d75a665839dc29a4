import type { MassagePart, RoutineId } from '../../routine/types';
import { stemsWith } from '../understand';
import type { CommandKind, Cues, StatementKind } from '../understand';
import type { BenefitTopic, SafetyTopic } from '../topics';

/**
 * A rough Dutch stem, so that the forms parents say meet: diminutives ("beentjes", "buikje", "armpjes",
 * "billetjes" are "been", "buik", "arm", "bil"), plurals ("benen", "handen", "massages"), past forms
 * ("huilde", "spuugde"), a final -e ("droge", "olie"), and the long vowel that Dutch spells double in
 * a closed syllable and single in an open one ("been" and "benen", "slaap" and "slapen", "masseer" and
 * "masseren" all end the same). Accents go ("oliën", "ingeënt"). Compounds stay whole: cues list them.
 */
export function stem(input: string): string {
  // "oliën", "knieën": the diaeresis marks a plural -en after a vowel.
  let word = input.normalize('NFC').replace(/ën$/, '').normalize('NFD').replace(/\p{M}/gu, '');
  if (word.length > 4) {
    if (/([bdfgklmnprstvz])\1etjes?$/.test(word)) word = word.replace(/([bdfgklmnprstvz])\1etjes?$/, '$1');
    else if (/mpjes?$/.test(word)) word = word.replace(/pjes?$/, '');
    else if (/[a-z]jes?$/.test(word)) {
      word = word.replace(/jes?$/, '');
      // "beentje", "stoeltje", "vingertje", "knietje": the t belongs to the ending, not the word ("voetje" keeps it).
      if (/([lnrw]|ie)t$/.test(word)) word = word.slice(0, -1);
    }
  }
  if (word.length > 4 && word.endsWith('s') && !word.endsWith('ss')) word = word.slice(0, -1);
  if (word.length > 5 && /[^aeiou](de|te)$/.test(word)) word = word.slice(0, -2);
  if (word.length > 3 && word.endsWith('e') && !word.endsWith('ee')) word = word.slice(0, -1);
  if (word.length > 3 && /[^aeiou]en$/.test(word)) word = word.slice(0, -2);
  word = word.replace(/([bdfgklmnprstvz])\1$/, '$1');
  return word.replace(/(aa|ee|oo|uu)([^aeiou]+)$/, (_, vowel: string, rest: string) => `${vowel[0]}${rest}`);
}

/** The Dutch pack's stemmer: every classifier call in content/nl passes it. */
export const dutchStems = stemsWith(stem);

/**
 * The words Dutch parents use for each question topic (content/understand.ts matches them against a
 * question in their own words). Listed most specific first: a tie goes to the earlier topic.
 */
export const QUESTION_CUES: Cues<BenefitTopic | SafetyTopic> = [
  ['postnatal', ['sinds de bevalling', 'na de bevalling', 'sinds ze er is', 'sinds hij er is', 'postnatale depressie', 'postpartum', 'depressie', 'depressief', 'somber', 'neerslachtig', 'angstig', 'paniekerig', 'kraamtranen', 'baby blues', 'niet lekker in mijn vel', 'lekker in mijn vel', 'in mijn vel', 'mijn stemming', 'overweldigd', 'huilerig', 'het zo zwaar', 'het is zwaar', 'ik trek het niet', 'niet mezelf', 'mentaal']],
  ['hips', ['heup', 'heupjes', 'heupdysplasie', 'dysplasie', 'spreidbroek', 'spreidbroekje', 'spreidbeugel', 'pavlik', 'heupbeugel', 'o benen', 'heupafwijking']],
  ['hernia', ['navelbreuk', 'navelbreukje', 'breukje', 'hernia', 'navel', 'navelstreng', 'bultje bij de navel']],
  ['soft-spot', ['fontanel', 'fontanellen', 'zachte plek', 'zachte plekje', 'bovenop het hoofd', 'bovenop zijn hoofd', 'bovenop haar hoofd', 'hoofdje aanraken', 'hoofd aanraken', 'hoofdje masseren', 'hoofd masseren']],
  ['skin', ['eczeem', 'droge huid', 'droog huidje', 'berg', 'gevoelige huid', 'uitslag', 'rode plekjes', 'puistjes', 'babyacne', 'luieruitslag', 'droge plekjes', 'schilferig', 'schilfertjes', 'dauwworm', 'huidje', 'wondjes']],
  ['premature', ['te vroeg geboren', 'te vroeg', 'prematuur', 'prematuurtje', 'premature', 'vroeggeboren', 'vroeggeboorte', 'couveuse', 'neonatologie', 'nicu', 'geboren met', 'weken te vroeg', 'zwangerschapsweken']],
  ['vaccinations', ['na de vaccinaties', 'na de inentingen', 'na de prik', 'na een prik', 'na de prikjes', 'vaccinatie', 'vaccinaties', 'vaccin', 'inenting', 'inentingen', 'ingeënt', 'inenten', 'prik', 'prikje', 'prikjes', 'injectie', 'rijksvaccinatieprogramma', 'prikplek']],
  ['newborn', ['pasgeboren', 'pasgeborene', 'pasgeborenen', 'net geboren', 'week oud', 'weken oud', 'dagen oud', 'dag oud', 'navelstomp', 'kraamweek', 'kraamtijd', 'nog zo klein', 'eerste weken']],
  ['oil', ['olie', 'oliën', 'olijfolie', 'kokosolie', 'amandelolie', 'zonnebloemolie', 'babyolie', 'massageolie', 'mosterdolie', 'arganolie', 'etherische olie', 'etherische', 'lotion', 'bodylotion', 'crème', 'creme', 'zalf', 'vaseline', 'zinkzalf', 'insmeren', 'smeren', 'ghee', 'zonder olie']],
  ['feeding', ['voeding', 'voedingen', 'voeden', 'gevoed', 'fles', 'flesje', 'borstvoeding', 'na het drinken', 'net gedronken', 'drinken', 'gedronken', 'gegeten', 'na het eten', 'vol buikje', 'volle buik', 'na de melk', 'melk']],
  ['bath', ['bad', 'badje', 'badderen', 'in bad', 'badtijd', 'wassen', 'na het douchen', 'tummy tub', 'emmertje']],
  ['sleeping', ['als hij slaapt', 'als ze slaapt', 'terwijl ze slaapt', 'terwijl hij slaapt', 'in slaap valt', 'in slaap vallen', 'slapende baby', 'tijdens het slapen', 'als de baby slaapt', 'halverwege in slaap', 'dutje', 'slaperig', 'wakker maken']],
  ['how-often', ['hoe vaak', 'hoeveel keer', 'hoeveel keren', 'elke dag', 'iedere dag', 'dagelijks', 'een keer per dag', 'twee keer per dag', 'per dag', 'per week', 'keer per week', 'elke avond', 'iedere avond', 'elke ochtend', 'vaak']],
  ['how-long', ['hoe lang', 'hoelang', 'hoeveel minuten', 'minuten', 'duren', 'duurt', 'lengte', 'hoe lang moet', 'hoe lang mag']],
  ['age', ['vanaf welke leeftijd', 'welke leeftijd', 'leeftijd', 'tot hoe oud', 'hoe oud', 'beginnen met babymassage', 'beginnen met masseren', 'wanneer kan ik beginnen', 'wanneer beginnen', 'stoppen met masseren', 'wanneer stoppen', 'peuter', 'dreumes', 'te oud', 'te jong', 'te klein', 'oud genoeg', 'ouder kind', 'oudere baby', 'kruipt al', 'loopt al']],
  ['others', ['partner', 'papa', 'vader', 'mijn man', 'mijn vrouw', 'mijn vriend', 'mijn vriendin', 'opa', 'oma', 'opa en oma', 'grootouders', 'oppas', 'gastouder', 'broertje', 'zusje', 'grote broer', 'grote zus', 'zus', 'broer', 'iemand anders', 'familie', 'mama', 'moeder', 'tante', 'ome', 'schoonmoeder', 'kraamverzorgster', 'kinderopvang', 'creche']],
  ['pressure', ['drukken', 'druk', 'hoe hard', 'te hard', 'hoe stevig', 'stevig', 'hoe zacht', 'te zacht', 'zacht genoeg', 'pijn doen', 'pijn', 'kwaad', 'kwaad kan', 'hoeveel druk', 'hard genoeg', 'voorzichtig genoeg']],
  ['setting', ['kamer', 'warm', 'temperatuur van de kamer', 'hoe warm', 'waar leg ik', 'neerleggen', 'ondergrond', 'handdoek', 'op bed', 'op de grond', 'op de vloer', 'commode', 'aankleedkussen', 'bank', 'speelkleed', 'boxkleed', 'ring', 'ringen', 'nagels', 'sieraden', 'licht', 'beste moment', 'welk moment', 'hoe laat', 'tijdstip', 'uitkleden', 'kleertjes']],
  ['crying', ['huilt', 'huilen', 'gehuild', 'huilde', 'niet leuk', 'niet fijn', 'vindt het niet', 'haat het', 'verzet', 'boos', 'overstuur', 'schreeuwt', 'krijst', 'jengelt', 'protesteert', 'rug hol']],
  ['when-not', ['hielprik', 'bloedprikken', 'koorts', 'verhoging', 'ziek', 'ziekje', 'niet lekker', 'verkouden', 'verkoudheid', 'wanneer niet', 'wanneer beter niet', 'mag je niet', 'niet masseren', 'nooit masseren', 'geelzucht', 'geel', 'blauwe plek', 'wondje', 'diarree', 'operatie', 'gebroken']],
  ['reflux', ['reflux', 'spugen', 'spuugt', 'spuugde', 'gespuugd', 'teruggeven', 'overgeven', 'zuurbranden', 'spuugbaby']],
  ['digestion', ['krampjes', 'kramp', 'darmkrampjes', 'buikkrampjes', 'krampjesbaby', 'buikpijn', 'lucht', 'windjes', 'winden', 'boertje', 'boeren', 'verstopt', 'verstopping', 'obstipatie', 'ontlasting', 'poep', 'poepen', 'spijsvertering', 'vertering', 'darmen', 'met de klok mee', 'tegen de klok in', 'welke richting', 'welke kant op', 'opgeblazen', 'huilbaby']],
  // The teething answer covers a blocked nose too (the same face strokes).
  ['teething', ['tandjes', 'tanden', 'tand', 'tandje', 'doorkomen', 'doorbreken', 'tandvlees', 'kiesjes', 'verstopte neus', 'snotneus', 'neusje verstopt', 'neus dicht', 'snot']],
  ['breathing', ['ademhaling', 'ademen', 'adem', 'astma', 'longen', 'benauwd']],
  ['immunity', ['afweer', 'weerstand', 'immuunsysteem', 'immuun', 'minder ziek', 'minder snel ziek', 'ziek worden', 'infecties']],
  ['brain', ['hersenen', 'brein', 'hersentjes', 'slim', 'slimmer', 'intelligent', 'ontwikkeling', 'ontwikkelen', 'leren', 'motoriek']],
  ['growth', ['gewicht', 'aankomen', 'aan komen', 'sneller aan', 'van aan', 'komt aan', 'komt ze aan', 'komt hij aan', 'groeien', 'groei', 'groeit', 'zwaarder', 'spieren', 'spierspanning']],
  ['bonding', ['band', 'hechting', 'hechten', 'binding', 'dichterbij', 'dichter bij elkaar', 'verbinding', 'contact']],
  ['relaxation', ['ontspanning', 'ontspannen', 'rustig', 'rustiger', 'rust', 'stress', 'kalmeren', 'tot rust', 'rustgevend']],
  ['awareness', ['lichaamsbesef', 'lichaamsbewustzijn', 'coordinatie', 'coördinatie', 'zintuigen', 'evenwicht']],
  ['circulation', ['bloedsomloop', 'doorbloeding', 'bloed', 'circulatie', 'zuurstof']],
  ['autonomy', ['toestemming', 'vragen aan de baby', 'aan de baby vragen', 'aan mijn baby vragen', 'eerst vragen', 'waarom vraag ik', 'mag ik je masseren', 'zelfvertrouwen', 'zelfbeschikking', 'respect']],
  ['sleep', ['slapen', 'slaap', 'slaapt', 'beter slapen', 'doorslapen', 'inslapen', 'in slaap komen', 'nacht', 'nachten', 'bedtijd', 'voor het slapengaan', 'slapengaan', 'naar bed']],
];

/**
 * What parents say about the baby, by what the guide does about it (guide/statements.ts). Hiccups,
 * sneezes and turning away are signs of enough for now; a held finger, smiles and cooing are signs of
 * yes; a nappy, a feed or being sick all mean: see to the baby, the place is kept; teething is
 * comforted like crying.
 */
export const STATEMENT_CUES: Cues<StatementKind> = [
  ['fever', ['koorts', 'verhoging', 'warm aan', 'voelt warm', 'gloeit', 'gloeiend', 'gloeiend heet', 'temperatuur']],
  ['jaundice', ['geelzucht', 'geel', 'ziet geel', 'gele', 'geelzien']],
  ['hiccups', ['hik', 'hikt', 'hikken', 'de hik', 'niest', 'niezen', 'nies', 'moet niezen']],
  ['unwell', ['ziek', 'ziekje', 'niet lekker', 'niet goed', 'verkouden', 'snottebel', 'snotneus', 'hoest', 'hoesten', 'uitslag', 'eczeem', 'diarree', 'dunne poep', 'prik', 'prikje', 'prikjes', 'vaccinatie', 'vaccinaties', 'ingeënt', 'inenting', 'inentingen', 'hielprik']],
  ['feeding', ['honger', 'wil drinken', 'drinken', 'voeden', 'voeding', 'fles', 'flesje', 'borst', 'zoekt de borst', 'hapt', 'smakt', 'sabbelt op zijn vuistje', 'sabbelt op haar vuistje', 'aan de borst', 'melk']],
  ['needs', ['luier', 'luiertje', 'verschonen', 'verschoond', 'schone luier', 'gepoept', 'poep', 'poept', 'poepluier', 'plast', 'geplast', 'plas', 'plassen', 'nat', 'kleddernat', 'spuugt', 'spugen', 'gespuugd', 'spuug', 'overgegeven', 'overgeven', 'geeft over', 'teruggegeven', 'boertje met melk', 'wil opgepakt', 'wil op schoot', 'wil knuffelen', 'heeft me nodig']],
  ['asleep', ['slaapt', 'in slaap gevallen', 'in slaap', 'geslapen', 'weggedommeld', 'weggezakt', 'ingedut', 'dutje', 'slaapt al', 'is vertrokken', 'ogen dicht', 'oogjes dicht']],
  ['tired', ['moe', 'wordt moe', 'slaperig', 'gaapt', 'gapen', 'geeuwt', 'wrijft in haar oogjes', 'wrijft in zijn oogjes', 'wrijft in haar ogen', 'wrijft in zijn ogen', 'oogjes', 'doezelig', 'suf', 'kapot', 'op van de slaap']],
  ['crying', ['huilt', 'huilen', 'huilde', 'gehuild', 'jengelt', 'jengelen', 'drenst', 'dreinen', 'dreint', 'mopperen', 'moppert', 'overstuur', 'krijst', 'brult', 'schreeuwt', 'onrustig', 'chagrijnig', 'piept', 'tandjes', 'tanden', 'tandje', 'kauwt', 'kauwen', 'kwijlt', 'kwijlen', 'knabbelt', 'bijt', 'handjes in de mond']],
  ['dislikes', ['niet fijn', 'vindt het niet', 'niet leuk', 'rood', 'bleek', 'vlekkerig', 'vlekken', 'kijkt weg', 'draait weg', 'draait zijn hoofd weg', 'draait haar hoofd weg', 'hoofd weg', 'rug hol', 'trekt haar rug hol', 'trekt zijn rug hol', 'haat het', 'duwt mijn hand weg', 'trekt weg', 'vuistjes', 'spant zich aan', 'niet blij', 'heeft er geen zin']],
  ['happy', ['lacht', 'lachen', 'lachje', 'glimlacht', 'glimlach', 'giechelt', 'kirt', 'kirren', 'brabbelt', 'brabbelen', 'geniet', 'geniet ervan', 'heerlijk', 'vindt het fijn', 'vindt het leuk', 'fijn', 'leuk', 'blij', 'tevreden', 'ontspannen', 'rustig', 'lekker', 'kijkt me aan', 'pakt mijn vinger', 'houdt mijn vinger', 'houdt mijn duim', 'houdt mijn hand', 'pakt mijn hand', 'knijpt in mijn vinger', 'vast', 'wakker']],
  ['moving', ['omgerold', 'rolt', 'rollen', 'draait zich om', 'draait zich steeds om', 'omgedraaid', 'op zijn buik', 'op haar buik', 'wiebelt', 'wiebelen', 'wriemelt', 'kronkelt', 'blijft niet liggen', 'niet stil', 'stil liggen', 'kruipt', 'kruipt weg', 'kruipen', 'schopt', 'trappelt', 'beweegt', 'bewegen', 'draait alle kanten op']],
  ['wind', ['krampjes', 'kramp', 'darmkrampjes', 'buikkrampjes', 'lucht', 'vol lucht', 'windje', 'windjes', 'scheetje', 'scheetjes', 'winden', 'boertje', 'boeren', 'verstopt', 'harde buik', 'buikpijn', 'kan niet poepen']],
];

/** Body parts inside words Alexa could not resolve as a part ("haar gezichtje, dat vindt ze niet fijn"). */
export const PART_CUES: Cues<MassagePart> = [
  ['movements', ['bewegingen', 'beweging', 'rekken', 'strekken', 'oefeningen', 'fietsen', 'fietsbeweging']],
  ['legs', ['been', 'beentje', 'benen', 'beentjes', 'voet', 'voetjes', 'voeten', 'teen', 'teentjes', 'tenen', 'bovenbeen', 'dij', 'dijen', 'enkel', 'enkels']],
  ['tummy', ['buik', 'buikje', 'maag', 'maagje', 'buikstreken']],
  ['chest', ['borst', 'borstje', 'borstkas']],
  ['arms', ['arm', 'armen', 'armpjes', 'hand', 'handen', 'handjes', 'vinger', 'vingertjes', 'vingers']],
  ['face', ['gezicht', 'gezichtje', 'hoofd', 'hoofdje', 'voorhoofd', 'wang', 'wangetjes', 'wangen']],
  ['back', ['rug', 'ruggetje', 'ruggengraat', 'schouder', 'schouders', 'schoudertjes', 'billen', 'billetjes']],
];

/**
 * The guide's commands inside other words: "oké wat moet ik nu", "wacht even, wat zei je", "die
 * vorige nog een keer". Longer cues win over shorter ones ("vanaf het begin" over "begin").
 */
export const COMMAND_CUES: Cues<CommandKind> = [
  ['start-over', ['opnieuw beginnen', 'begin opnieuw', 'vanaf het begin', 'helemaal opnieuw', 'van voren af aan', 'overnieuw']],
  ['previous', ['ga terug', 'een terug', 'stap terug', 'vorige', 'de vorige', 'die ervoor', 'daarvoor', 'terug']],
  ['repeat', ['herhaal', 'herhalen', 'nog een keer', 'nog eens', 'wat zei je', 'zeg het nog', 'gemist', 'niet verstaan', 'niet gehoord', 'pardon', 'wat was dat']],
  ['pause', ['pauze', 'pauzeer', 'wacht', 'wacht even', 'momentje', 'moment', 'ogenblikje', 'even wachten', 'heel even', 'sec', 'secondje', 'minuutje', 'stop even', 'ff wachten']],
  ['resume', ['hervat', 'hervatten', 'we zijn er weer', 'ik ben er weer', 'ik ben terug', 'we zijn terug', 'weer klaar', 'verder', 'ga verder', 'ga door', 'doorgaan']],
  ['next', ['volgende', 'door naar', 'klaar', 'gedaan', 'gehad', 'wat nu', 'en nu', 'gelukt']],
];

/**
 * Routines by what they are for, inside words Alexa could not resolve as a routine ("ze heeft krampjes,
 * welke massage"). Read only when the words are not a question (QUESTION_STARTS): a question never
 * starts a routine.
 */
export const ROUTINE_CUES: Cues<Exclude<RoutineId, `just-${string}`>> = [
  ['newborn', ['pasgeboren', 'pasgeborene', 'pasgeborenen', 'net geboren', 'week oud', 'weken oud', 'dagen oud', 'kleintje', 'heel klein']],
  ['bedtime', ['slapengaan', 'slaap', 'slapen', 'slaapmassage', 'bedtijd', 'naar bed', 'avond', 'avondmassage', 'nacht', 'in slaap', 'tot rust', 'slaperig', 'rustig worden']],
  ['colic', ['krampjes', 'kramp', 'darmkrampjes', 'buikkrampjes', 'krampjesmassage', 'lucht', 'windjes', 'buikpijn', 'verstopt', 'verstopping', 'boertje', 'boeren']],
  ['quick', ['kort', 'korte', 'snel', 'snelle', 'vijf minuten', 'even snel', 'weinig tijd', 'haast']],
  ['full', ['hele', 'heel', 'volledig', 'volledige', 'alles', 'van top tot teen', 'uitgebreid', 'lange']],
];

/**
 * Words near a topic without being about it: a question that has them and no cue ("mag ik talkpoeder
 * gebruiken?") has no answer of its own, and this topic is offered as the nearest.
 */
export const NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic> = [
  ['oil', ['poeder', 'talkpoeder', 'zeep', 'doekjes', 'billendoekjes', 'shampoo', 'balsem', 'product', 'producten', 'parfum', 'geur']],
  ['setting', ['muziek', 'liedje', 'zingen', 'lampje', 'donker', 'telefoon', 'tv', 'televisie', 'geluid', 'stil', 'rustige plek']],
  ['bath', ['zwemmen', 'zwembad', 'water', 'douche', 'babyzwemmen']],
  ['brain', ['praten', 'taal', 'woordjes', 'spraak', 'oogcontact']],
  ['others', ['opvang', 'tweeling', 'cursus', 'les', 'lessen', 'docent', 'babymassagecursus']],
  ['when-not', ['operatie', 'ziekenhuis', 'gebroken', 'letsel', 'medicijnen', 'antibiotica']],
  ['age', ['maanden', 'kruipen', 'lopen', 'zitten', 'jaar', 'dreumes']],
  ['crying', ['huilerig', 'dreinerig', 'onrustig', 'druk', 'wiebelig']],
];

/** Words too common to say what a question is about ("kan ik dit met mijn baby doen?"), as stems. */
export const COMMON_WORDS: readonly string[] = [
  'de', 'het', 'een', 'en', 'of', 'je', 'jij', 'jou', 'jouw', 'ik', 'mij', 'me', 'mijn', 'ze', 'zij', 'haar', 'hij', 'hem', 'zijn', 'hun', 'wij', 'we', 'ons', 'onz',
  'baby', 'babi', 'kind', 'kindj', 'klein', 'massag', 'masser', 'babymassag', 'kan', 'kun', 'kunn', 'mag', 'mog', 'moet', 'moetn', 'zal', 'zou', 'wil', 'will',
  'wat', 'wanner', 'waar', 'welk', 'wie', 'waarom', 'ho', 'hoe', 'doe', 'do', 'doet', 'ded', 'gedan', 'dit', 'dat', 'dez', 'die', 'met', 'van', 'over', 'naar',
  'in', 'op', 'aan', 'bij', 'voor', 'na', 'om', 'tot', 'uit', 'oke', 'ok', 'goed', 'slecht', 'veilig', 'help', 'helpt', 'nodig', 'gebruik', 'hebb', 'heb', 'heeft',
  'had', 'is', 'was', 'war', 'ben', 'bent', 'zijn', 'er', 'iet', 'wat', 'veel', 'mer', 'zo', 'erg', 'echt', 'ook', 'te', 'dan', 'daar', 'hier', 'na', 'nog', 'al',
  'wel', 'niet', 'gen', 'eig', 'manier', 'ding', 'dingen', 'beetj', 'even', 'ff', 'wet', 'denk', 'vind', 'vindt', 'zeg', 'zegt', 'gezegd', 'alles', 'all', 'elk',
  'eens', 'nu', 'dan', 'as', 'als', 'of', 'want', 'maar', 'dus',
];

/** How a question starts: words that begin with one are asked, and never start a routine. */
export const QUESTION_STARTS: readonly string[] = [
  'kan', 'kun', 'kunnen', 'mag', 'mogen', 'moet', 'moeten', 'is', 'zijn', 'wat', 'hoe', 'hoelang', 'hoeveel', 'wanneer', 'waarom', 'welke', 'welk', 'waar', 'wie',
  'helpt', 'werkt', 'heeft', 'hebben', 'doet', 'zal', 'zou', 'wordt', 'vanaf', 'tot', 'klopt', 'maakt', 'geeft',
];
