import type { MassagePart, RoutineId } from '../../routine/types';
import { stemsWith } from '../understand';
import type { CommandKind, Cues, StatementKind } from '../understand';
import type { BenefitTopic, SafetyTopic } from '../topics';

/**
 * A rough German stem: ß as ss, then one common ending off a word longer than four letters ("Blähungen"
 * and "Blähung" meet, "Beine" and "Bein", "Babys" and "Baby", "massieren" and "massiere"). Umlauts stay:
 * "Zahn" and "Zähne" are listed as cues of their own.
 */
export function stem(word: string): string {
  const w = word.replace(/ß/g, 'ss');
  if (w.length <= 4) return w;
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
  }
  return w;
}
const ENDINGS = ['ern', 'em', 'en', 'er', 'es', 'e', 'n', 's'] as const;

/** German words to the classifier's stems (content/understand.ts). */
export const germanStems = stemsWith(stem);

/**
 * The words German-speaking parents use for each question topic. Listed most specific first: a tie goes
 * to the earlier topic (so "wie lange nach dem Impfen" is about vaccinations, not how long).
 */
export const QUESTION_CUES: Cues<BenefitTopic | SafetyTopic> = [
  ['postnatal', ['seit der geburt', 'nach der geburt', 'wochenbettdepression', 'postpartale depression', 'postnatale depression', 'depression', 'depressiv', 'niedergeschlagen', 'babyblues', 'baby blues', 'heultage', 'traurig', 'überfordert', 'ängstlich', 'angstzustände', 'meine stimmung', 'mir geht es nicht gut', 'mir geht es gerade nicht gut', 'geht mir nicht gut', 'ich weine', 'antriebslos', 'nicht ich selbst']],
  ['hips', ['hüfte', 'hüften', 'hüftdysplasie', 'dysplasie', 'hüftreifung', 'spreizhose', 'spreizschiene', 'pavlik', 'hüftgelenk', 'o beine']],
  ['hernia', ['nabelbruch', 'bruch', 'hernie', 'bauchnabel', 'nabel', 'leistenbruch']],
  ['soft-spot', ['fontanelle', 'weiche stelle', 'weichen stelle', 'oben am kopf', 'den kopf', 'kopf', 'schädel']],
  ['skin', ['neurodermitis', 'ekzem', 'trockene haut', 'trockener haut', 'trockene stellen', 'haut', 'milchschorf', 'ausschlag', 'pickel', 'babyakne', 'windeldermatitis', 'wunder po', 'empfindliche haut', 'rote stellen', 'pusteln']],
  ['premature', ['frühchen', 'frühgeboren', 'frühgeborene', 'frühgeborenen', 'frühgeburt', 'zu früh', 'wochen zu früh', 'neonatologie', 'intensivstation', 'brutkasten', 'inkubator']],
  ['vaccinations', ['impfung', 'impfungen', 'impfen', 'geimpft', 'nach dem impfen', 'nach der impfung', 'spritze', 'piks', 'pieks', 'impftermin', 'sechsfachimpfung']],
  ['newborn', ['neugeboren', 'neugeborene', 'neugeborenes', 'neugeborenen', 'erst zwei wochen', 'erst eine woche', 'tage alt', 'eine woche alt', 'zwei wochen alt', 'nabelschnurrest', 'nabelschnur', 'nabelstumpf']],
  ['oil', ['öl', 'öle', 'olivenöl', 'mandelöl', 'kokosöl', 'sonnenblumenöl', 'babyöl', 'massageöl', 'jojobaöl', 'ätherische', 'ätherische öle', 'creme', 'lotion', 'babylotion', 'bodylotion', 'vaseline', 'wundschutzcreme', 'pflegeöl', 'ghee']],
  ['reflux', ['reflux', 'spuckt', 'spucken', 'spuckkind', 'sodbrennen', 'speikind', 'bricht']],
  ['feeding', ['nach dem stillen', 'nach dem fläschchen', 'nach dem essen', 'nach der mahlzeit', 'stillen', 'gestillt', 'fläschchen', 'flasche', 'trinken', 'getrunken', 'mahlzeit', 'essen', 'gegessen', 'satt', 'voller bauch', 'vollem bauch', 'hungrig', 'hunger']],
  ['bath', ['baden', 'bad', 'gebadet', 'badewanne', 'badezeit', 'waschen', 'nach dem baden', 'vor dem baden']],
  ['sleeping', ['im schlaf', 'einschläft', 'eingeschlafen', 'schlafend', 'schlafendes', 'während sie schläft', 'während er schläft', 'wenn sie schläft', 'wenn er schläft', 'mittagsschlaf', 'schläfrig', 'müde']],
  ['how-often', ['wie oft', 'oft', 'jeden tag', 'täglich', 'pro woche', 'pro tag', 'mal am tag', 'mal die woche', 'mal pro woche', 'häufig', 'jeden abend', 'jeden morgen']],
  ['age', ['ab wann', 'bis wann', 'alter', 'welchem alter', 'wie alt', 'zu alt', 'zu jung', 'zu klein', 'kleinkind', 'ein jahr', 'einem jahr', 'älter', 'ältere', 'wann aufhören', 'anfangen', 'wann anfangen', 'krabbelkind']],
  ['others', ['papa', 'vater', 'mann', 'partner', 'partnerin', 'oma', 'opa', 'großeltern', 'geschwister', 'schwester', 'bruder', 'tagesmutter', 'babysitter', 'babysitterin', 'mama', 'mutter', 'frau', 'jemand anders', 'jemand anderes', 'tante', 'onkel', 'mitmachen']],
  ['pressure', ['drücken', 'drücke', 'druck', 'fest', 'fester', 'zu fest', 'zu sanft', 'zu leicht', 'sanft', 'weh tun', 'wehtun', 'weh', 'verletzen', 'kräftig', 'doll', 'wie stark', 'schaden']],
  ['setting', ['zimmer', 'raum', 'raumtemperatur', 'temperatur', 'warm', 'wickeltisch', 'wickelauflage', 'bett', 'boden', 'handtuch', 'unterlage', 'was brauche ich', 'brauche ich für', 'tageszeit', 'beste zeit', 'uhrzeit', 'sofa', 'couch', 'krabbeldecke', 'ausziehen', 'nackt']],
  ['crying', ['weint', 'weinen', 'schreit', 'schreien', 'nicht mag', 'mag es nicht', 'mag das nicht', 'gefällt', 'wegdreht', 'dreht sich weg', 'quengelt', 'meckert', 'unruhig', 'wehrt sich', 'protestiert']],
  ['when-not', ['fieber', 'krank', 'erkältet', 'erkältung', 'schnupfen', 'husten', 'unwohl', 'gelbsucht', 'gelb', 'wann nicht', 'nicht massieren', 'lieber nicht', 'durchfall', 'blauer fleck', 'wunde', 'fersenblut']],
  ['digestion', ['blähungen', 'blähung', 'koliken', 'kolik', 'dreimonatskoliken', 'bauchweh', 'bauchschmerzen', 'verstopfung', 'verstopft', 'verdauung', 'pupsen', 'pups', 'luft im bauch', 'stuhlgang', 'bäuerchen', 'richtung', 'uhrzeigersinn', 'welche richtung', 'andersherum']],
  // The teething answer covers a blocked nose too (the same face strokes).
  ['teething', ['zahnen', 'zahnt', 'zähne', 'zähnchen', 'zahn', 'zahnfleisch', 'verstopfte nase', 'nase zu', 'verschnupft', 'schnupfnase']],
  ['breathing', ['atmung', 'atmen', 'atemwege', 'asthma', 'lunge']],
  ['immunity', ['immunsystem', 'abwehrkräfte', 'abwehr', 'immun', 'seltener krank', 'infekte', 'abwehrkraft']],
  ['brain', ['gehirn', 'gehirnentwicklung', 'entwicklung', 'schlauer', 'klüger', 'intelligenz', 'intelligent', 'lernen', 'nervensystem']],
  ['growth', ['gewicht', 'zunehmen', 'gewichtszunahme', 'nimmt sie', 'nimmt er', 'wachstum', 'wachsen', 'muskeln', 'muskelspannung', 'gedeihen', 'größer']],
  ['bonding', ['bindung', 'beziehung', 'nähe', 'verbindung', 'bonding', 'näher', 'verbunden', 'vertrauen']],
  ['relaxation', ['ruhiger', 'ruhig', 'beruhigt', 'beruhigen', 'entspannt', 'entspannung', 'entspannen', 'stress', 'gelassener', 'ausgeglichen', 'ausgeglichener']],
  ['awareness', ['körperwahrnehmung', 'wahrnehmung', 'koordination', 'körpergefühl', 'motorik', 'sinne']],
  ['circulation', ['durchblutung', 'kreislauf', 'blutkreislauf', 'sauerstoff', 'blut']],
  ['autonomy', ['erlaubnis', 'um erlaubnis', 'einverständnis', 'selbstbestimmung', 'zustimmung', 'nein sagen', 'respekt']],
  ['sleep', ['schlaf', 'schlafen', 'schläft', 'durchschlafen', 'einschlafen', 'nachts', 'nacht', 'schlafrhythmus', 'zu bett', 'zubettgehen', 'abendritual']],
  ['how-long', ['lange', 'dauern', 'dauert', 'dauer', 'minuten', 'wie viele minuten']],
];

/**
 * What parents say about the baby, by what the guide does about it (guide/statements.ts). Schluckauf,
 * Niesen and Wegdrehen are signs of enough for now; a held finger, Lächeln, Glucksen signs of yes; a
 * Windel, a feed or Spucken all mean: see to the baby, the place is kept; Zahnen is comforted like crying.
 */
export const STATEMENT_CUES: Cues<StatementKind> = [
  ['fever', ['fieber', 'fiebert', 'temperatur', 'erhöhte temperatur', 'heiß', 'glüht', 'ganz warm']],
  ['jaundice', ['gelbsucht', 'gelb', 'gelblich', 'ganz gelb']],
  ['hiccups', ['schluckauf', 'hickser', 'niest', 'niesen', 'nieste', 'geniest']],
  ['unwell', ['krank', 'erkältet', 'erkältung', 'schnupfen', 'husten', 'hustet', 'ausschlag', 'neurodermitis', 'ekzem', 'durchfall', 'nicht gut', 'unwohl', 'kränkelt', 'geimpft', 'impfung', 'impfen', 'spritze', 'laufende nase', 'rotznase', 'verschnupft']],
  ['feeding', ['hunger', 'hungrig', 'stillen', 'gestillt', 'trinken', 'flasche', 'fläschchen', 'sucht die brust', 'an die brust', 'milch', 'nuckelt', 'schmatzt', 'saugt an', 'sucht']],
  ['needs', ['windel', 'volle windel', 'in die windel', 'wickeln', 'frische windel', 'gepinkelt', 'pinkelt', 'angepinkelt', 'pipi', 'gekackt', 'kacka', 'groß gemacht', 'stinkt', 'nass', 'gespuckt', 'spuckt', 'übergeben', 'erbrochen', 'spuckt mich an', 'angespuckt', 'auf den arm', 'kuscheln', 'braucht mich']],
  ['asleep', ['eingeschlafen', 'schläft', 'weggedöst', 'eingedöst', 'eingenickt', 'pennt', 'schlummert', 'weggeschlummert']],
  ['tired', ['müde', 'gähnt', 'gähnen', 'reibt sich die augen', 'augen reiben', 'schläfrig', 'kaputt', 'platt', 'erschöpft']],
  ['crying', ['weint', 'weinen', 'schreit', 'schreien', 'quengelt', 'quengelig', 'unruhig', 'meckert', 'jammert', 'brüllt', 'heult', 'knatschig', 'nölt', 'zahnt', 'zahnen', 'zähne', 'zähnchen', 'sabbert', 'kaut', 'unleidlich', 'motzt']],
  ['dislikes', ['mag das nicht', 'mag es nicht', 'nicht mag', 'dreht den kopf weg', 'dreht sich weg', 'schaut weg', 'guckt weg', 'wegdrehen', 'ganz rot', 'rot', 'blass', 'fleckig', 'steif', 'macht sich steif', 'überstreckt', 'findet das doof', 'doof', 'blöd', 'gefällt ihr nicht', 'gefällt ihm nicht', 'gefällt nicht', 'fäuste', 'zieht weg', 'will nicht', 'nicht gern']],
  ['happy', ['lächelt', 'lacht', 'gluckst', 'strahlt', 'toll', 'genießt', 'mag das', 'gefällt ihr', 'gefällt ihm', 'findet das schön', 'zufrieden', 'entspannt', 'ruhig', 'gurrt', 'brabbelt', 'quietscht', 'hält meinen finger', 'hält meine hand', 'greift', 'hält', 'glücklich', 'liebt', 'schön', 'gut drauf', 'wach']],
  ['moving', ['umgedreht', 'dreht sich', 'gedreht', 'rollt', 'gerollt', 'zappelt', 'zappelig', 'strampelt', 'nicht still', 'hält nicht still', 'bleibt nicht liegen', 'krabbelt', 'krabbelt weg', 'robbt', 'rutscht weg', 'windet sich']],
  ['wind', ['blähungen', 'blähung', 'bauchweh', 'bauchschmerzen', 'koliken', 'kolik', 'pupst', 'pupsen', 'pups', 'luft im bauch', 'verstopft', 'bäuerchen', 'harter bauch', 'drückt']],
];

/** Body parts inside words Alexa could not resolve as a part ("ihr Gesicht, das mag sie nicht"). */
export const PART_CUES: Cues<MassagePart> = [
  ['movements', ['bewegungen', 'bewegung', 'dehnen', 'strecken', 'fahrrad', 'radfahren', 'turnen']],
  ['legs', ['bein', 'beine', 'beinchen', 'fuß', 'füße', 'füßchen', 'zehen', 'oberschenkel', 'wade']],
  ['tummy', ['bauch', 'bäuchlein', 'bauchi']],
  ['chest', ['brust', 'oberkörper', 'brustkorb']],
  ['arms', ['arm', 'arme', 'ärmchen', 'hand', 'hände', 'händchen', 'finger']],
  ['face', ['gesicht', 'kopf', 'stirn', 'wange', 'wangen', 'gesichtchen']],
  ['back', ['rücken', 'wirbelsäule', 'schultern', 'po']],
];

/** The guide's commands inside other words: "okay was kommt jetzt", "moment, was hast du gesagt". Longer cues win. */
export const COMMAND_CUES: Cues<CommandKind> = [
  ['start-over', ['von vorne', 'von vorn', 'neu anfangen', 'neu starten', 'ganz von vorne', 'vom anfang', 'nochmal von vorne', 'von anfang an']],
  ['previous', ['zurück', 'der davor', 'den davor', 'vorherige', 'vorherigen', 'letzten griff', 'einen schritt zurück', 'eins zurück']],
  ['repeat', ['nochmal', 'noch mal', 'noch einmal', 'wiederholen', 'wiederhole', 'wie bitte', 'was hast du gesagt', 'nicht verstanden', 'sag das nochmal', 'wie ging das']],
  ['pause', ['pause', 'moment', 'warte', 'warten', 'sekunde', 'augenblick', 'halt', 'stopp mal', 'kurz warten']],
  ['resume', ['fortsetzen', 'wieder da', 'es geht wieder', 'bereit', 'weitermachen']],
  ['next', ['weiter', 'nächste', 'nächster', 'nächsten', 'fertig', 'geschafft', 'was kommt jetzt']],
];

/**
 * Routines by what they are for, inside words Alexa could not resolve as a routine ("sie hat Koliken,
 * welche Massage"). Read only when the words are not a question (QUESTION_STARTS).
 */
export const ROUTINE_CUES: Cues<Exclude<RoutineId, `just-${string}`>> = [
  ['newborn', ['neugeboren', 'neugeborene', 'neugeborenes', 'neugeborenen', 'wochen alt', 'tage alt', 'ganz klein', 'ganz kleine', 'winzig']],
  ['bedtime', ['einschlafen', 'schlafen', 'schlaf', 'abend', 'abends', 'nacht', 'bett', 'zubettgehen', 'gute nacht', 'runterkommen', 'müde']],
  ['colic', ['kolik', 'koliken', 'blähungen', 'blähung', 'bauchweh', 'bauchschmerzen', 'pupsen', 'luft im bauch', 'verstopfung', 'verstopft']],
  ['quick', ['kurz', 'kurze', 'schnell', 'schnelles', 'kurzmassage', 'wenig zeit', 'eilig', 'fünf minuten']],
  ['full', ['ganz', 'ganze', 'ganzkörper', 'ganzkörpermassage', 'alles', 'komplett', 'vollständig', 'lange']],
];

/**
 * Words near a topic without being about it: a question that has them and no cue ("kann ich Puder
 * nehmen?") has no answer of its own, and this topic is offered as the nearest.
 */
export const NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic> = [
  ['oil', ['puder', 'seife', 'feuchttücher', 'shampoo', 'balsam', 'salbe', 'produkt', 'produkte']],
  ['setting', ['musik', 'lied', 'singen', 'licht', 'dunkel', 'nägel', 'ringe', 'schmuck', 'handy', 'fernseher', 'leise']],
  ['bath', ['schwimmen', 'babyschwimmen', 'wasser', 'dusche', 'duschen']],
  ['brain', ['sprechen', 'sprache', 'reden', 'wörter', 'blickkontakt']],
  ['others', ['kita', 'krippe', 'zwillinge', 'kurs', 'kurse', 'hebamme', 'kursleiterin']],
  ['when-not', ['operation', 'verletzung', 'medikamente', 'krankenhaus', 'gebrochen', 'arzt', 'ärztin']],
  ['age', ['monate', 'monaten', 'krabbeln', 'laufen', 'sitzen', 'jahr', 'jahre']],
  ['crying', ['quengelig', 'zappelig', 'knatschig', 'schlecht gelaunt']],
];

/** Words too common to say what a question is about ("kann ich das mit meinem Baby machen?"), as stems. */
export const COMMON_WORDS: readonly string[] = germanStems(
  'der die das den dem des ein eine einen einem einer und oder aber für mit von bei nach vor zu zum zur im in an am auf aus ' +
    'ich du er sie es wir ihr mein meine meinem meinen meiner dein deine sein seine ihre ihrem ihren unser unsere man ' +
    'baby babys massage massagen massieren massiere massiert babymassage kann können darf dürfen soll sollte sollen muss müssen ' +
    'will wollen ist sind war hat haben habe hatte wird werden was wann wo welche welcher welches wer warum wieso wie ' +
    'das dies diese dieser dieses okay ok gut schlecht sicher hilft helfen brauche braucht nehmen machen mache macht tun ' +
    'noch schon auch sehr mehr viel viele ganz nur immer so dann da hier jetzt mal nicht kein keine etwas bisschen ' +
    'geht gibt bringt überhaupt eigentlich wirklich denn ja nein weiß wissen sagen sag',
);

/** How a question starts: words that begin with one are asked, and never start a routine. */
export const QUESTION_STARTS: readonly string[] = [
  'kann', 'kannst', 'können', 'darf', 'dürfen', 'soll', 'sollte', 'sollen', 'muss', 'müssen', 'ist', 'sind', 'hilft', 'helfen', 'wie', 'was', 'wann',
  'warum', 'wieso', 'weshalb', 'welche', 'welcher', 'welches', 'wo', 'wer', 'gibt', 'macht', 'bringt', 'geht', 'brauche', 'braucht', 'stimmt', 'wirkt',
];
