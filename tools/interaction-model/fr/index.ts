import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { FrenchVocabulary } from '../../../lambda/content/fr/vocabulary';
import { BENEFIT_SLOT_TYPE, SAFETY_SLOT_TYPE } from '../../../lambda/content/topics';
import { IntentSource, ModelPhrases, SlotTypeSource } from '../types';

/**
 * The French interaction model's phrase sets (fr-FR and fr-CA): every intent and slot type of the
 * English sources, by the same names, slots and value ids, written from the way French-speaking
 * parents talk to Alexa with oily hands: "suivant", "attends", "on continue", "c'est bon", and in
 * Québec "correct", "pis", "la bedaine", "c'est tu correct". Parents mostly say "tu" to Alexa, so the
 * commands are in the "tu" form, with the "vous" form beside the common ones.
 */

type W = FrenchVocabulary;

// ---------------------------------------------------------------------------------------------
// Fillers: the words around what parents ask for, generated rather than listed.

/** Said before a short request: "bon, les jambes", "ok, on fait le dos". */
const HEADS = ['ok', 'bon', 'bon ben', 'alors', 'et', 'allez', 'ben'];
/** Said after one. */
const TAILS = ["s'il te plaît", "s'il vous plaît", 'maintenant', 'là', 'merci'];

/** Short samples with a word before and after; longer ones as they are and with "s'il te plaît". */
function around(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => {
    if (/^\{\w+\}$/.test(sample)) return [sample];
    if (sample.split(' ').length > 4) return politely([sample]);
    return [sample, ...HEADS.map((head) => `${head} ${sample}`), ...TAILS.map((tail) => `${sample} ${tail}`)];
  });
}

/** Each sample as it is, and with "s'il te plaît" / "s'il vous plaît" after it. */
function politely(samples: readonly string[]): string[] {
  return samples.flatMap((sample) => [sample, `${sample} s'il te plaît`, `${sample} s'il vous plaît`]);
}

/** Said before a command by a parent with their hands full: "ok suivant", "c'est bon on continue". */
const BEFORE = ['oui', 'ok', "d'accord", 'bon', 'bon ben', 'ben', 'alors', 'allez', 'voilà', "c'est bon", "c'est beau", 'correct', 'pardon', 'et'];
/** The fewer said before a long command. */
const BEFORE_LONG = ['oui', 'ok', 'bon', 'alors', "c'est bon", "c'est beau", 'correct', 'pardon'];
/** Said after one: "suivant s'il te plaît", "répète donc", "continue là". */
const AFTER = ["s'il te plaît", "s'il vous plaît", 'maintenant', 'là', 'donc'];

/** A command's base forms with the words parents put around them. */
function withFillers(bases: readonly string[]): string[] {
  return bases.flatMap((base) => {
    if (base.split(' ').length > 3) return [base, ...BEFORE_LONG.map((before) => `${before} ${base}`), `${base} s'il te plaît`];
    return [base, ...BEFORE.map((before) => `${before} ${base}`), ...AFTER.map((after) => `${base} ${after}`), ...['ok', 'pardon'].map((before) => `${before} ${base} s'il te plaît`)];
  });
}

/** How a parent names the baby, with the agreement an adjective needs after it ("fatigué", "fatiguée"). */
const BABIES: readonly (readonly [subject: string, e: '' | 'e'])[] = [
  ['il', ''],
  ['elle', 'e'],
  ['bébé', ''],
  ['le bébé', ''],
  ['mon bébé', ''],
  ['ma fille', 'e'],
  ['mon fils', ''],
  ['ma puce', 'e'],
  ['mon petit', ''],
  ['ma petite', 'e'],
  // Québec, as speech recognition writes "y" (il) and "a" (elle).
  ['y', ''],
];
const babies = (build: (subject: string, e: string, object: string, possessive: string) => string[]): string[] =>
  BABIES.flatMap(([subject, e]) => build(subject, e, e ? 'la' : 'le', subject === 'elle' || e ? 'sa' : 'son'));

// ---------------------------------------------------------------------------------------------
// Commands.

const NEXT = (): string[] => [
  ...withFillers([
    'suivant', 'suivante', 'le suivant', 'la suivante', 'au suivant', 'mouvement suivant', 'le mouvement suivant', 'étape suivante', "l'étape suivante",
    'prochain', 'le prochain', 'prochain mouvement', 'le prochain mouvement', 'prochaine étape', 'la prochaine étape', 'la suite', 'la suite du massage',
    'on passe à la suite', 'passe à la suite', 'on passe au suivant', 'passe au suivant', 'on passe au prochain', 'passe au prochain', 'on passe au mouvement suivant',
    "on passe à l'étape suivante", 'et après', 'et ensuite', 'et maintenant', 'pis après', 'pis ensuite', "c'est fait", 'fait', 'fini', "j'ai fini", "j'ai fini celui là",
    "j'ai fini celle là", 'on a fini celui là', 'celui là est fait', "c'est fait pour celui là", 'on avance', 'avance', 'on enchaîne', 'enchaîne', 'on y va', 'au suivant',
    'et maintenant on fait quoi', 'on fait quoi maintenant', 'on fait quoi après', "qu'est ce qu'on fait maintenant", "qu'est ce qu'on fait après", "c'est quoi la suite",
    "c'est quoi le prochain", "c'est quoi le prochain mouvement", 'on est prêts', 'je suis prête', 'je suis prêt', 'prêt', 'prête', 'le prochain s\'il te plaît', 'saute',
    'saute ce mouvement', 'saute celui là', 'on saute ce mouvement', 'on saute celui là', 'passe celui là', 'mouvement suivant s\'il te plaît', "c'est fait pis après",
    "c'est beau le prochain", 'ça y est', "ça y est c'est fait", "c'est bon c'est fait", "j'ai terminé", 'on continue avec le suivant', 'le prochain mouvement s\'il te plaît',
  ]),
  ...["l'autre jambe", "l'autre bras", "l'autre côté", "maintenant l'autre jambe", "maintenant l'autre bras", "maintenant l'autre côté", 'on passe à l\'autre jambe', 'on passe à l\'autre bras', "on fait l'autre côté", 'on change de côté', 'on change de jambe', 'on change de bras'].flatMap(
    (base) => [base, `ok ${base}`, `bon ${base}`, `et ${base}`, `alors ${base}`, `${base} maintenant`],
  ),
];

const REPEAT = (): string[] => [
  ...withFillers([
    'répète', 'répète ça', 'répète le', 'répète la', 'répétez', 'répète moi ça', 'tu peux répéter', 'tu peux répéter ça', 'peux tu répéter', 'peux tu répéter ça',
    'vous pouvez répéter', 'pouvez vous répéter', 'redis', 'redis ça', 'redis le', 'redis moi ça', 'redis moi', 'tu peux redire', 'tu peux le redire', 'encore une fois',
    'une autre fois', 'encore', 'encore un coup', 'une fois de plus', 'pardon', "j'ai pas compris", "je n'ai pas compris", "j'ai pas entendu", "je n'ai pas entendu", "j'ai rien compris",
    "j'ai pas bien compris", 'hein', 'quoi', "t'as dit quoi", 'tu as dit quoi', "qu'est ce que tu as dit", "qu'est ce que t'as dit", 'comment', 'comment on fait', 'comment je fais',
    'comment je fais ça', 'comment on fait celui là', 'comment on fait celui là déjà', 'comment on fait déjà', "c'est quoi déjà", "c'était quoi déjà", 'je comprends pas', 'je ne comprends pas',
    'explique encore', 'réexplique', 'réexplique moi', 'explique moi encore', 'refais', 'refais le', 'on le refait', 'on refait', 'on refait celui là', 'recommence ce mouvement',
    'dans quel sens', 'dans quel sens je tourne', 'je tourne dans quel sens', 'quel sens', "c'est dans quel sens", 'comment je le tiens', 'comment je la tiens', 'je le tiens comment',
    'je la tiens comment', 'je mets mes mains où', 'où je mets mes mains', 'répète donc', 'redis le donc',
  ]),
];

const PREVIOUS = (): string[] =>
  withFillers([
    'reviens en arrière', 'retourne en arrière', 'en arrière', 'retour', 'retour en arrière', 'précédent', 'le précédent', 'la précédente', 'mouvement précédent',
    'le mouvement précédent', 'étape précédente', "l'étape précédente", "celui d'avant", "le mouvement d'avant", "on revient au mouvement d'avant", "reviens au mouvement d'avant",
    'on revient en arrière', 'reviens au dernier', 'retourne au dernier', 'reviens au précédent', 'retourne au précédent', "reviens d'un cran", 'recule', 'on recule', 'recule un peu',
    'on revient au précédent', "on revient à celui d'avant", 'refais le précédent', "refais celui d'avant", "on refait celui d'avant", 'revenez en arrière', 'on retourne en arrière',
    "reviens à l'étape précédente", 'le dernier encore', 'reviens un peu en arrière',
  ]);

const START_OVER = (): string[] =>
  withFillers([
    'recommence', 'recommence tout', 'recommence au début', 'recommence depuis le début', 'on recommence', 'on recommence depuis le début', 'on recommence au début',
    'on recommence tout', 'on recommence à zéro', 'recommence à zéro', 'reprends depuis le début', 'reprends au début', 'reprends tout', 'on reprend depuis le début',
    'on reprend tout', 'on reprend du début', 'on reprend tout depuis le début', 'depuis le début', 'du début', 'retour au début', 'retourne au début', 'reviens au début',
    'on repart de zéro', 'on repart du début', 'redémarre', 'redémarre le massage', 'recommencer', 'tout recommencer', 'on reprend à zéro', 'reprends à zéro',
    'recommencez', 'recommence le massage', 'on recommence le massage', 'reprends le massage depuis le début', 'on refait tout', 'on refait tout depuis le début',
  ]);

const PAUSE = (): string[] =>
  withFillers([
    'pause', 'mets en pause', 'mets pause', 'mets le en pause', 'fais une pause', 'on fait une pause', 'on fait pause', 'petite pause', 'une petite pause',
    'attends', 'attendez', 'attends attends', 'attends un peu', 'attends une minute', 'attends une seconde', 'attends deux secondes', 'attends un instant', 'attends un moment',
    'attendez un peu', 'attendez une minute', 'une minute', 'une seconde', 'deux secondes', 'un instant', 'un moment', 'minute', 'minute là', 'deux minutes', 'une petite minute',
    'donne moi une minute', 'donne moi une seconde', 'donne moi deux minutes', 'donne moi deux secondes', 'laisse moi une minute', 'laisse moi deux minutes', 'juste une minute',
    'juste une seconde', 'un petit instant', 'stop deux secondes', 'arrête deux secondes', 'arrête une minute', 'arrête une seconde', 'tais toi', 'chut', 'silence', 'attends moi',
    'je reviens', 'je reviens tout de suite', 'bouge pas', 'ne bouge pas', 'on arrête deux minutes', 'on souffle un peu', 'on fait une petite pause', 'pause deux minutes',
  ]);

const RESUME = (): string[] =>
  withFillers([
    'reprends', 'reprenez', 'reprends le massage', 'on reprend', 'on reprend le massage', 'reprendre', 'reprise', 'on peut reprendre', 'tu peux reprendre', 'vous pouvez reprendre',
    'on repart', "c'est reparti", 'on est de retour', 'je suis revenu', 'je suis revenue', 'je suis là', 'on est là', 'on est revenus', 'me revoilà', 'nous revoilà', 'on est de nouveau prêts',
    'on est prêts on reprend', 'je suis prête on reprend', 'je suis prêt on reprend', 'je suis revenue on peut reprendre', 'je suis revenu on peut reprendre', "il s'est calmé",
    "elle s'est calmée", 'bébé est calme', 'bébé est calmé', 'relance', 'relance le massage', 'remets en route', 'on peut y retourner', 'on reprend où on était',
    "reprends là où on s'était arrêtés", 'on reprend là où on en était', 'enlève la pause', 'fin de la pause', 'on reprend là',
  ]);

const CONTINUE = (): string[] =>
  withFillers([
    'continue', 'continuez', 'on continue', 'vas y continue', 'allez continue', 'vas y', 'allez vas y', 'envoie', 'envoie on continue', 'envoie continue', 'on poursuit', 'poursuis',
    'vas y poursuis', 'tu peux continuer', 'on peut continuer', 'continue comme ça', 'on continue comme ça', 'continuer', 'continue le massage', 'on continue le massage',
    'on continue alors', 'tu continues', 'je continue', 'je peux continuer', 'est ce que je continue', 'on garde le rythme', 'go', 'let\'s go',
  ]);

// ---------------------------------------------------------------------------------------------
// Routines, parts and pace.

/** Whose part, by the part's gender and number: "son dos", "sa bedaine", "ses jambes". */
const PART_VALUES: Readonly<Record<string, { name: string; forms: readonly (readonly [word: string, article: 'le' | 'la' | 'les' | "l'"])[]; extra?: readonly string[] }>> = {
  legs: { name: 'jambes', forms: [['jambes', 'les'], ['jambe', 'la'], ['pieds', 'les'], ['pied', 'le'], ['cuisses', 'les'], ['petons', 'les'], ['orteils', 'les'], ['petites jambes', 'les'], ['jambes et les pieds', 'les'], ['jambes et pieds', 'les']] },
  tummy: { name: 'ventre', forms: [['ventre', 'le'], ['bedaine', 'la'], ['bedon', 'le'], ['bidon', 'le'], ['petit ventre', 'le'], ['estomac', "l'"], ['abdomen', "l'"]] },
  chest: { name: 'poitrine', forms: [['poitrine', 'la'], ['torse', 'le'], ['thorax', 'le'], ['buste', 'le']] },
  arms: { name: 'bras', forms: [['bras', 'les'], ['mains', 'les'], ['main', 'la'], ['bras et les mains', 'les'], ['bras et mains', 'les'], ['doigts', 'les'], ['petits bras', 'les']] },
  face: { name: 'visage', forms: [['visage', 'le'], ['tête', 'la'], ['front', 'le'], ['joues', 'les'], ['figure', 'la'], ['frimousse', 'la'], ['face', 'la'], ['petit visage', 'le']] },
  back: { name: 'dos', forms: [['dos', 'le'], ['colonne', 'la'], ['épaules', 'les'], ['nuque', 'la'], ['petit dos', 'le']] },
  movements: { name: 'mouvements doux', forms: [['mouvements doux', 'les'], ['mouvements', 'les'], ['étirements', 'les'], ['vélo', 'le'], ['gym', 'la'], ['gymnastique', 'la'], ['exercices', 'les'], ['petits mouvements', 'les']] },
};

const POSSESSIVE: Readonly<Record<string, string>> = { le: 'son', la: 'sa', les: 'ses', "l'": 'son' };
const PART_SLOT_VALUES = () =>
  Object.entries(PART_VALUES).map(([id, v]) => ({
    id,
    name: v.name,
    synonyms: [
      ...new Set(
        v.forms.flatMap(([word, article]) => [word, article === "l'" ? `l'${word}` : `${article} ${word}`, `${POSSESSIVE[article]} ${word}`]).filter((w) => w !== v.name),
      ),
    ],
  }));

const ROUTINE_VALUES: Readonly<Record<'full' | 'colic' | 'bedtime' | 'newborn' | 'quick', { name: string; synonyms: string[] }>> = {
  full: { name: 'complet', synonyms: ['au complet', 'en entier', 'entier', 'complète', 'tout le corps', 'corps entier', 'du corps entier', 'normal', 'habituel', 'classique', 'long', 'le long', 'de la tête aux pieds', 'intégral', 'le complet', 'tout', 'le grand'] },
  colic: {
    name: 'coliques',
    synonyms: [
      'colique', 'les coliques', 'ses coliques', 'des coliques', 'gaz', 'les gaz', 'ses gaz', 'des gaz', 'anti coliques', 'anti colique', 'anticoliques', 'anticolique', 'mal au ventre',
      'le mal au ventre', 'maux de ventre', 'les maux de ventre', 'mal de ventre', 'mal à la bedaine', 'mal de bedaine', 'ballonnements', 'les ballonnements', 'constipation',
      'la constipation', 'les rots', 'faire son rot', 'un bébé qui a des gaz', 'un bébé qui a des coliques', 'digestion', 'la digestion', 'le transit', 'le ventre dur',
    ],
  },
  bedtime: {
    name: 'coucher',
    synonyms: [
      'du coucher', 'le coucher', 'dodo', 'le dodo', 'du dodo', 'au dodo', 'dormir', "l'endormir", 'endormir', 'le faire dormir', 'la faire dormir', "l'aider à dormir", 'le sommeil',
      'sommeil', 'soir', 'du soir', 'le soir', 'la nuit', 'de nuit', 'avant de dormir', 'avant le dodo', 'avant le coucher', 'calmer', 'le calmer', 'la calmer', 'apaiser', "l'apaiser",
      'relaxant', 'détente', 'la détente', 'bonne nuit', 'le sommeil de bébé', 'mieux dormir', 'faire ses nuits',
    ],
  },
  newborn: {
    name: 'nouveau né',
    synonyms: [
      'nouveau nés', 'nouveaux nés', 'un nouveau né', 'du nouveau né', 'les nouveau nés', 'naissance', 'premier', 'premier massage', 'le premier', 'débutant', 'tout petit', 'un tout petit',
      'un tout petit bébé', 'bébé tout petit', 'petit bébé', 'un petit bébé', 'un bébé de quelques jours', 'quelques jours', 'quelques semaines', "un bébé d'une semaine", "d'une semaine",
      'dix jours', 'un bébé de dix jours', 'nourrisson', 'un nourrisson',
      ...['deux', 'trois', 'quatre', 'cinq', 'six', '2', '3', '4', '5', '6'].flatMap((n) => [`un bébé de ${n} semaines`, `${n} semaines`, `bébé de ${n} semaines`, `de ${n} semaines`]),
    ],
  },
  quick: { name: 'rapide', synonyms: ['court', 'courte', 'plus court', 'petit', 'vite fait', 'express', 'de cinq minutes', 'cinq minutes', 'éclair', 'mini', 'vite', 'le rapide', 'le court', 'plus rapide', 'de 5 minutes', '5 minutes'] },
};

/** Routines by what they are for: "quelque chose pour les gaz", "celui pour le dodo". */
const BY_PURPOSE = [
  'quelque chose pour {routine}', 'quelque chose contre {routine}', "t'as quelque chose pour {routine}", 'tu as quelque chose pour {routine}', 'as tu quelque chose pour {routine}',
  'est ce que tu as un massage pour {routine}', 'tu as un massage pour {routine}', "t'as un massage pour {routine}", 'il y a un massage pour {routine}', 'y a tu un massage pour {routine}',
  'y a t il un massage pour {routine}', "est ce qu'il y a un massage pour {routine}", 'celui pour {routine}', 'celui du {routine}', 'le massage pour {routine}', 'un massage pour {routine}',
  'massage pour {routine}', 'le massage contre {routine}', 'un massage contre {routine}', 'le massage anti {routine}', 'un massage anti {routine}', 'quel massage pour {routine}',
  'lequel pour {routine}', 'je veux quelque chose pour {routine}', "qu'est ce que tu as pour {routine}", "qu'est ce qui aide pour {routine}", 'un massage pour les {routine}',
  'un massage pour le {routine}', 'le massage pour le {routine}', 'le massage pour les {routine}',
];

const ROUTINE_CARRIERS = [
  'le massage {routine}', 'un massage {routine}', 'massage {routine}', 'le massage du {routine}', 'un massage du {routine}', 'massage du {routine}', 'le {routine}',
  'fais le massage {routine}', 'fais un massage {routine}', 'fais le massage du {routine}', 'fais le massage pour {routine}', 'fais nous le massage {routine}',
  'on fait le massage {routine}', 'on fait un massage {routine}', 'on fait le massage du {routine}', 'on fait le massage pour {routine}', 'on fait un massage pour {routine}',
  'lance le massage {routine}', 'lance un massage {routine}', 'lance le massage du {routine}', 'lance le massage pour {routine}', 'commence le massage {routine}',
  'commence un massage {routine}', 'commence le massage du {routine}', 'démarre le massage {routine}', 'je veux le massage {routine}', 'je veux un massage {routine}',
  'je voudrais le massage {routine}', 'je voudrais un massage {routine}', 'je veux faire le massage {routine}', 'je voudrais faire un massage {routine}',
  'juste un petit massage {routine}', 'un petit massage {routine}', 'juste un massage {routine}', 'on fait juste un massage {routine}', 'on peut faire le massage {routine}',
  'on peut faire un massage {routine}', 'aide mon bébé avec {routine}', 'le massage {routine} aujourd\'hui', 'un massage {routine} aujourd\'hui', 'plutôt le massage {routine}',
  'plutôt un massage {routine}',
];

/** "juste le ventre", "seulement ses jambes", "le massage des bras". */
const PART_ROUTINE_CARRIERS = [
  'juste {part}', 'seulement {part}', 'uniquement {part}', 'que {part}', 'juste {part} aujourd\'hui', 'seulement {part} aujourd\'hui', 'juste {part} cette fois',
  'masse juste {part}', 'masse seulement {part}', 'on fait juste {part}', 'on fait seulement {part}', 'fais juste {part}', 'on masse juste {part}', 'je veux juste masser {part}',
  'le massage des {part}', 'le massage du {part}', 'le massage de la {part}', 'un massage des {part}', 'un massage du {part}', 'un massage de la {part}', 'massage des {part}',
  'massage du {part}', 'massage de la {part}', 'on peut faire juste {part}', 'on fait que {part}', 'juste un massage des {part}', 'juste un massage du {part}',
];

const START = (): string[] => [
  ...around([
    'commence', 'commence un massage', 'commence le massage', 'lance le massage', 'lance un massage', 'on commence', 'on commence le massage', 'on commence un massage',
    'je veux masser mon bébé', 'on fait un massage', 'fais un massage', 'un massage', 'je voudrais faire un massage', 'guide moi pour un massage', 'démarre le massage',
    "c'est parti pour le massage", 'on masse bébé', 'massons bébé', 'on y va pour le massage', 'commencer le massage', 'comment masser mon bébé', 'montre moi comment masser mon bébé',
  ]),
  ...politely([...ROUTINE_CARRIERS, ...BY_PURPOSE, ...PART_ROUTINE_CARRIERS]),
];

const GO_TO = (): string[] =>
  around([
    'on passe aux {part}', 'on passe au {part}', 'on passe à la {part}', 'on passe à {part}', 'passe aux {part}', 'passe au {part}', 'passe à la {part}', 'va aux {part}',
    'va au {part}', 'va à la {part}', 'va à {part}', 'on va aux {part}', 'on va au {part}', 'on va à la {part}', 'allons aux {part}', 'allons au {part}', 'allons à la {part}',
    'on fait {part}', 'fais {part}', 'on fait {part} maintenant', 'maintenant {part}', 'et maintenant {part}', 'on masse {part}', 'masse {part}', 'je masse {part}',
    'on peut faire {part}', 'je veux faire {part}', 'on fait {part} là', 'saute aux {part}', 'saute au {part}', 'saute à la {part}', 'directement aux {part}', 'directement au {part}',
    'directement à la {part}', 'reviens aux {part}', 'reviens au {part}', 'reviens à la {part}', 'retourne aux {part}', 'retourne au {part}', 'retourne à la {part}',
    'on revient aux {part}', 'on revient au {part}', 'on revient à la {part}', 'on recommence {part}', 'refais {part}', 'on refait {part}', 'comment on fait {part}',
    'montre moi {part}', 'on commence par {part}', 'commence par {part}', 'on retourne bébé et on fait {part}', 'on le retourne et on fait {part}', 'on la retourne et on fait {part}',
    'les mouvements pour {part}', 'on passe maintenant aux {part}', 'on passe maintenant au {part}', 'on passe maintenant à la {part}',
  ]);

const SKIP_REASONS: readonly string[] = [
  ...(['il', 'elle', 'y', 'a'] as const).flatMap((s) => {
    const e = s === 'elle' || s === 'a' ? 'e' : '';
    return [
      ...['aime pas ça', "n'aime pas ça", 'déteste ça', 'veut pas', 'pleure', 'gigote', 'vient de manger', 'vient de boire', 'vient de téter', 'en a assez', 'en a marre', 'a des boutons', 'se débat'].map((why) => `${s} ${why}`),
      ...[`est fatigué${e}`, `est chatouilleu${e ? 'se' : 'x'}`, `est grognon${e ? 'ne' : ''}`, `a mangé`, `dort à moitié`, `est pas d'humeur`, `a mal là`].map((why) => `${s} ${why}`),
    ];
  }),
];

const SKIP = (): string[] => [
  ...politely([
    'saute {part}', 'on saute {part}', 'sautons {part}', 'pas {part}', 'pas {part} aujourd\'hui', 'sans {part}', 'on laisse tomber {part}', 'laisse tomber {part}', 'on laisse faire {part}',
    'laisse faire {part}', 'on oublie {part}', 'oublie {part}', 'on évite {part}', 'évite {part}', 'on ne fait pas {part}', 'on fait pas {part}', 'fais pas {part}', 'ne fais pas {part}',
    'on zappe {part}', 'zappe {part}', 'on passe {part}', 'on saute {part} aujourd\'hui', 'saute {part} aujourd\'hui', 'on saute {part} pour aujourd\'hui', 'pas de {part} aujourd\'hui',
    'on peut sauter {part}', 'on peut tu sauter {part}', 'je veux sauter {part}', 'il aime pas qu\'on touche {part}', 'elle aime pas qu\'on touche {part}', 'il déteste {part}', 'elle déteste {part}',
    'il aime pas {part}', 'elle aime pas {part}', "il n'aime pas {part}", "elle n'aime pas {part}",
    'on saute cette partie', 'saute cette partie', 'sautons cette partie', 'saute ce bout là', 'saute ce bout', 'on saute ce bout', 'on saute ce bout là', 'passe cette partie',
    'passe cette partie là', 'on passe cette partie', 'partie suivante', 'la partie suivante', 'on passe à la partie suivante', 'passe à la partie suivante', 'on saute ça', 'saute ça',
    'on laisse tomber cette partie', 'laisse tomber cette partie', 'on laisse faire cette partie', 'on saute cette partie là', 'il aime pas cette partie', 'elle aime pas cette partie',
    'on saute cette partie du corps',
  ]),
  ...['saute {part}', 'on saute {part}', 'pas {part}', 'on laisse tomber {part}', 'on évite {part}', 'on fait pas {part}'].flatMap((carrier) => SKIP_REASONS.map((why) => `${carrier} ${why}`)),
];

const PACE_VALUES: Readonly<Record<string, { name: string; synonyms: string[] }>> = {
  slower: { name: 'plus lentement', synonyms: ['plus lent', 'moins vite', 'plus doucement', 'ralentis', 'ralentir', 'trop vite', 'trop rapide', 'trop rapidement', 'lentement', 'moins rapide', 'moins rapidement', 'ralentissez'] },
  faster: { name: 'plus vite', synonyms: ['plus rapide', 'plus rapidement', 'accélère', 'accélérer', 'accélérez', 'trop lent', 'trop lentement', 'moins lentement', 'vite', 'rapidement', 'trop lente'] },
  'longer-pauses': { name: 'des pauses plus longues', synonyms: ['pauses plus longues', 'plus de temps', 'plus longtemps', 'plus de temps pour chaque mouvement', 'plus de temps entre les mouvements', 'plus de pause', 'des silences plus longs', 'plus de temps pour masser', 'des pauses plus longues'] },
  'shorter-pauses': { name: 'des pauses plus courtes', synonyms: ['pauses plus courtes', 'moins de temps', 'moins longtemps', 'moins de pause', 'des silences plus courts', "moins d'attente", 'moins de temps entre les mouvements'] },
  brief: { name: 'mode court', synonyms: ['moins de blabla', 'moins de paroles', 'parle moins', 'moins parler', 'juste le nom des mouvements', 'juste les noms', 'moins de détails', "moins d'explications", 'mode bref', 'version courte', 'tu parles trop', 'trop de blabla', 'moins de mots', 'plus bref', 'moins bavard', 'moins bavarde'] },
  detail: { name: 'plus de détails', synonyms: ['plus de détail', "plus d'explications", 'plus détaillé', 'mode détaillé', 'explique plus', 'version longue', 'toutes les explications', 'plus de précisions', 'avec les détails'] },
  normal: { name: 'rythme normal', synonyms: ['normal', 'vitesse normale', 'le rythme normal', 'la vitesse normale', 'comme avant', 'rythme habituel', 'le rythme habituel', 'par défaut', 'normalement', 'le rythme de départ'] },
};

const PACE = (): string[] =>
  around([
    '{pace}', "{pace} s'il te plaît", "{pace} s'il vous plaît", '{pace} maintenant', '{pace} là', 'parle {pace}', 'parle un peu {pace}', 'parlez {pace}', 'va {pace}', 'vas y {pace}', 'un peu {pace}', '{pace} un peu', 'tu peux parler {pace}', 'tu peux aller {pace}',
    'peux tu parler {pace}', 'vous pouvez parler {pace}', 'tu vas {pace}', 'tu parles {pace}', 'tu vas un peu {pace}', 'tu parles un peu {pace}', 'je voudrais {pace}', 'je veux {pace}',
    'mets {pace}', 'passe en {pace}', 'reviens au {pace}', 'reviens à la {pace}', 'reviens à {pace}', 'on revient au {pace}', 'donne moi {pace}', 'laisse moi {pace}',
    'il me faut {pace}', 'j\'ai besoin de {pace}', "c'est un peu {pace}", "c'est trop {pace}", 'un petit peu {pace}', 'encore un peu {pace}', 'beaucoup {pace}',
    'tu peux {pace}', 'tu pourrais {pace}', 'tu pourrais parler {pace}', 'passe en mode {pace}',
  ]);

// ---------------------------------------------------------------------------------------------
// Questions.

type Values<T extends string> = readonly { readonly id: T; readonly name: string; readonly synonyms: readonly string[] }[];

const BENEFIT_VALUES: Values<string> = [
  { id: 'sleep', name: 'le sommeil', synonyms: ['sommeil', 'dormir', 'mieux dormir', 'le dodo', 'dodo', 'les nuits', 'ses nuits', 'faire ses nuits', "l'endormissement", "s'endormir", 'le coucher', 'les siestes', 'dormir plus longtemps', 'la nuit', 'dormir la nuit', 'bien dormir'] },
  { id: 'bonding', name: 'le lien', synonyms: ['lien', 'le lien avec bébé', 'le lien avec mon bébé', 'le lien avec le bébé', "l'attachement", 'attachement', 'la relation', 'notre relation', 'la complicité', 'se rapprocher', 'nous rapprocher', 'le lien parent enfant', 'la confiance', 'le contact', 'créer un lien', 'le lien mère enfant', 'le lien père enfant'] },
  { id: 'relaxation', name: 'la détente', synonyms: ['détente', 'le calmer', 'la calmer', 'le calme', 'la calme', 'le détendre', 'la détendre', 'le détend', 'la détend', 'se détendre', 'le stress', 'stress', 'calmer', 'apaiser', "l'apaiser", 'les pleurs', 'relaxer', 'le relaxer', 'la relaxer', 'la relaxation', "l'ocytocine", 'les endorphines', 'les hormones du stress', "l'apaise"] },
  { id: 'digestion', name: 'les coliques', synonyms: ['coliques', 'colique', 'les gaz', 'gaz', 'la digestion', 'digestion', 'la constipation', 'constipation', 'les maux de ventre', 'le mal de ventre', 'mal au ventre', 'le mal au ventre', 'le mal de bedaine', 'mal à la bedaine', 'les ballonnements', 'le transit', 'faire caca', 'les rots', 'faire son rot', 'les bébés qui ont des gaz', 'les selles'] },
  { id: 'reflux', name: 'le reflux', synonyms: ['reflux', 'les régurgitations', 'régurgitations', 'quand il régurgite', 'quand elle régurgite', 'quand il régurgite beaucoup', 'quand elle régurgite beaucoup', 'le rgo', 'les renvois', 'quand il vomit', 'quand elle vomit', 'les vomissements', 'le reflux gastrique'] },
  { id: 'teething', name: 'les dents', synonyms: ['dents', 'les poussées dentaires', 'les poussées de dents', 'ses dents', 'la poussée dentaire', 'faire ses dents', 'les gencives', 'le nez bouché', 'nez bouché', 'la congestion', 'les sinus', 'la douleur des dents'] },
  { id: 'breathing', name: 'la respiration', synonyms: ['respiration', 'respirer', 'mieux respirer', "l'asthme", 'asthme', 'les poumons', 'le souffle'] },
  { id: 'immunity', name: "l'immunité", synonyms: ['immunité', 'son immunité', 'le système immunitaire', 'son système immunitaire', 'les défenses immunitaires', 'ses défenses', 'ses défenses immunitaires', 'tomber moins malade', 'être moins malade', 'les infections'] },
  { id: 'brain', name: 'le développement du cerveau', synonyms: ['le cerveau', 'cerveau', 'son cerveau', 'le développement', 'son développement', "l'éveil", 'le développement psychomoteur', "l'intelligence", 'être plus intelligent', 'plus intelligent', 'le rendre plus intelligent', 'la rendre plus intelligente', 'le système nerveux', 'la myélinisation', "l'apprentissage", 'le développement de bébé'] },
  { id: 'growth', name: 'la croissance', synonyms: ['croissance', 'prendre du poids', 'la prise de poids', 'le poids', 'grossir', 'grandir', 'les muscles', 'ses muscles', 'le tonus', 'le tonus musculaire', 'la force', 'prendre des forces'] },
  { id: 'awareness', name: 'la conscience du corps', synonyms: ['prendre conscience de son corps', 'conscience de son corps', 'la coordination', 'coordination', "l'équilibre", 'la motricité', 'le schéma corporel', 'les sens', 'le langage', 'les premiers mots'] },
  { id: 'circulation', name: 'la circulation', synonyms: ['circulation', 'la circulation du sang', 'la circulation sanguine', "l'oxygénation", "l'oxygène"] },
  { id: 'autonomy', name: 'le consentement', synonyms: ['consentement', 'la permission', 'la permission au bébé', 'la permission à bébé', 'demander la permission', 'son accord', "l'autonomie", 'le respect', 'son consentement'] },
];

const SAFETY_VALUES: Values<string> = [
  { id: 'when-not', name: 'quand ne pas masser', synonyms: ['malade', 'quand il est malade', 'quand elle est malade', "s'il est malade", 'si elle est malade', "s'il a de la fièvre", 'si elle a de la fièvre', "s'il fait de la fièvre", 'si elle fait de la fièvre', 'avec de la fièvre', 'la fièvre', 'fièvre', 'quand il a le rhume', 'quand elle a le rhume', "s'il a le rhume", 'si elle a le rhume', 'avec un rhume', 'la jaunisse', 'avec la jaunisse', "s'il a la jaunisse", 'si elle a la jaunisse', 'la diarrhée', 'les contre indications', 'quand il ne faut pas', 'les dangers'] },
  { id: 'vaccinations', name: 'les vaccins', synonyms: ['vaccins', 'vaccin', 'après les vaccins', 'après ses vaccins', 'après le vaccin', 'après son vaccin', 'après la vaccination', 'la vaccination', 'les piqûres', 'après les piqûres', 'après ses piqûres', 'après la piqûre', 'le jour de la piqûre', 'le jour des vaccins', 'ses vaccins', 'son vaccin', 'les injections', 'ses piqûres', 'la piqûre'] },
  { id: 'feeding', name: 'après la tétée', synonyms: ['après le biberon', 'après un biberon', 'après une tétée', 'juste après la tétée', 'juste après le biberon', 'juste après son boire', 'après son boire', 'après un boire', 'le biberon', 'la tétée', 'le boire', 'son boire', 'la bouteille', 'après la bouteille', 'le repas', 'après le repas', 'après manger', 'après avoir mangé', 'le ventre plein', 'juste après manger', 'le meilleur moment', 'quel moment', 'son biberon', 'sa tétée'] },
  { id: 'oil', name: "l'huile", synonyms: ['huile', 'les huiles', 'quelle huile', "de l'huile", "l'huile de coco", "de l'huile de coco", "l'huile d'olive", "de l'huile d'olive", "l'huile d'amande douce", "de l'huile d'amande douce", "l'huile d'amande", "de l'huile d'amande", "l'huile de tournesol", "de l'huile de tournesol", "l'huile pour bébé", "de l'huile pour bébé", 'les huiles essentielles', 'des huiles essentielles', 'la crème', 'de la crème', 'une crème', 'du lait hydratant', 'de la lotion', 'la vaseline', 'du beurre de karité', "l'huile de massage", 'sans huile', "pas d'huile", "l'huile de moutarde", "de l'huile de moutarde", "l'huile de sésame", 'du talc', 'la meilleure huile', 'huile de coco', "huile d'olive", "huile d'amande douce", 'une huile'] },
  { id: 'how-long', name: 'temps', synonyms: ['de temps', 'minutes', 'de minutes', 'longtemps', 'durée', 'la durée'] },
  { id: 'how-often', name: 'fois', synonyms: ['souvent', 'fréquence', 'la fréquence', 'de fois', 'tous les jours', 'chaque jour', 'une fois par jour', 'deux fois par jour', 'quotidiennement', 'tous les soirs'] },
  { id: 'sleeping', name: 'un bébé qui dort', synonyms: ["pendant qu'il dort", "pendant qu'elle dort", 'quand il dort', 'quand elle dort', 'endormi', 'endormie', 'pendant son sommeil', 'pendant sa sieste', "s'il dort", 'si elle dort', "s'il s'endort", "si elle s'endort", "s'il s'endort pendant le massage", "si elle s'endort pendant le massage", 'qui dort', 'en train de dormir'] },
  { id: 'age', name: 'âge', synonyms: ['quel âge', "l'âge", 'à quel âge', 'trop vieux', 'trop vieille', 'trop jeune', 'trop petit', 'trop petite', 'dès la naissance', 'combien de mois', 'un bambin', 'un an', 'plus grand', 'plus vieux'] },
  { id: 'newborn', name: 'un nouveau né', synonyms: ['nouveau né', 'les nouveaux nés', 'nouveaux nés', "un bébé d'une semaine", 'un bébé de deux semaines', 'un bébé de quelques jours', 'un tout petit bébé', 'un tout petit', 'un nourrisson', 'les nouveau nés'] },
  { id: 'premature', name: 'un prématuré', synonyms: ['prématuré', 'prématurée', 'un bébé prématuré', 'les prématurés', 'les bébés prématurés', 'un préma', 'un grand prématuré', 'un bébé né avant terme', 'un bébé né trop tôt', 'une prématurée'] },
  { id: 'crying', name: "s'il pleure", synonyms: ['si elle pleure', 'il pleure', 'elle pleure', "s'il pleure pendant le massage", 'si elle pleure pendant le massage', "s'il aime pas ça", 'si elle aime pas ça', "s'il n'aime pas ça", "si elle n'aime pas ça", 'il aime pas ça', 'elle aime pas ça', 'elle déteste le massage', 'il déteste le massage', 'il déteste ça', 'elle déteste ça', 'il se cambre', 'elle se cambre', 'il se débat', 'elle se débat', "s'il se débat", 'si elle se débat', "s'il hurle", 'si elle hurle'] },
  { id: 'others', name: 'le papa', synonyms: ['papa', 'son papa', 'le père', 'son père', 'mon conjoint', 'ma conjointe', 'mon mari', 'ma femme', 'mon chum', 'ma blonde', 'mon copain', 'ma copine', 'la grand mère', 'sa grand mère', 'sa mamie', 'mamie', 'le grand père', 'son grand père', 'papi', 'les grands parents', 'ses grands parents', 'sa grande sœur', 'son grand frère', 'sa sœur', 'son frère', 'sa tante', 'son oncle', 'la nounou', 'la gardienne', "l'assistante maternelle", 'la baby sitter', "quelqu'un d'autre", 'une autre personne', 'les frères et sœurs', 'mon partenaire', 'la maman', 'sa maman'] },
  { id: 'bath', name: 'le bain', synonyms: ['bain', 'son bain', 'le moment du bain', 'le bain du soir', 'la douche'] },
  { id: 'setting', name: 'la préparation', synonyms: ['la pièce', 'la température de la pièce', 'la chambre', 'où le masser', 'où la masser', 'sur la table à langer', 'par terre', 'sur le lit', 'la serviette', 'les vêtements', 'le déshabiller', 'la déshabiller', 'déshabiller bébé', "l'installer", 'installer bébé', 'préparer la pièce', 'sur la table à langer ou par terre', 'la table à langer'] },
  { id: 'pressure', name: 'la pression', synonyms: ['pression', 'quelle pression', 'fort', 'appuyer fort', 'trop fort', 'lui faire mal', 'faire mal', 'assez fort', 'trop doucement', 'doucement'] },
  { id: 'hips', name: 'les hanches', synonyms: ['hanches', 'ses hanches', 'la hanche', 'sa hanche', 'la dysplasie de la hanche', 'une dysplasie de la hanche', 'la luxation de la hanche', 'une luxation de la hanche', 'un harnais', 'le harnais de pavlik', 'une attelle', 'la dysplasie'] },
  { id: 'skin', name: 'la peau', synonyms: ['peau', 'sa peau', "l'eczéma", "de l'eczéma", 'eczéma', 'la peau sèche', 'peau sèche', 'des boutons', 'des rougeurs', 'des plaques', 'les croûtes de lait', 'la dermatite', "l'acné du nourrisson", 'la peau sensible', "s'il a de l'eczéma", "si elle a de l'eczéma", "s'il a la peau sèche", 'si elle a la peau sèche'] },
  { id: 'soft-spot', name: 'la fontanelle', synonyms: ['fontanelle', 'les fontanelles', 'le mou', 'le mou sur sa tête', 'le mou de la tête', 'le dessus de la tête', 'le dessus de sa tête', 'sa tête', 'la tête', 'sa fontanelle'] },
  { id: 'hernia', name: 'la hernie', synonyms: ['hernie', 'une hernie', 'une hernie ombilicale', 'la hernie ombilicale', 'le nombril', 'son nombril', 'autour du nombril', 'autour de son nombril', 'le cordon', 'le bout de cordon'] },
  { id: 'postnatal', name: 'la dépression post partum', synonyms: ['dépression post partum', 'la dépression postnatale', 'le baby blues', 'baby blues', 'mon moral', 'le moral', 'la déprime', 'la santé mentale', 'ma santé mentale'] },
];

const BENEFITS = (): string[] => [
  ...[
    'est ce que le massage aide pour {topic}', 'est ce que ça aide pour {topic}', 'est ce que ça aide {topic}', 'ça aide tu pour {topic}', 'ça aide pour {topic}', 'ça aide tu {topic}',
    'est ce que le massage aide {topic}', 'est ce que le massage aide à {topic}', 'est ce que ça aide à {topic}', 'ça aide tu à {topic}', "est ce que ça l'aide à {topic}",
    "ça l'aide tu à {topic}", "ça l'aide à {topic}", "est ce que le massage l'aide à {topic}", 'est ce que ça aide bébé à {topic}', 'est ce que ça aide mon bébé à {topic}',
    "c'est bon pour {topic}", "c'est tu bon pour {topic}", "est ce que c'est bon pour {topic}", 'le massage est il bon pour {topic}', 'est ce que ça renforce {topic}',
    'ça renforce tu {topic}', 'est ce que ça améliore {topic}', 'ça améliore tu {topic}', 'est ce que le massage améliore {topic}', 'est ce que ça soulage {topic}',
    'ça soulage tu {topic}', 'est ce que le massage soulage {topic}', 'est ce que ça marche pour {topic}', 'ça marche tu pour {topic}', 'et pour {topic}', 'est ce que ça {topic}',
    'ça va tu {topic}', 'est ce que ça va {topic}', 'est ce que ça peut aider pour {topic}', 'ça peut tu aider pour {topic}', 'le massage aide til pour {topic}',
    "qu'est ce que le massage fait pour {topic}", 'est ce que ça aide vraiment pour {topic}', 'ça aide vraiment pour {topic}', "j'ai entendu que le massage aide pour {topic}",
    'il y a des preuves pour {topic}', 'pourquoi on demande {topic}', 'pourquoi demander {topic}', 'pourquoi faut lui demander {topic}', 'pourquoi il faut demander {topic}',
    'le massage et {topic}',
  ],
  'quels sont les bienfaits', 'quels sont les bienfaits du massage', 'quels sont les bienfaits du massage bébé', "c'est quoi les bienfaits", "c'est quoi les bienfaits du massage",
  'à quoi sert le massage', 'à quoi ça sert', 'à quoi sert le massage bébé', 'pourquoi masser mon bébé', 'pourquoi masser un bébé', 'est ce que ça marche vraiment',
  'est ce que le massage marche vraiment', 'ça marche tu vraiment', 'est ce que c\'est prouvé', 'que dit la recherche', "qu'est ce que dit la recherche", 'il y a des preuves',
  'est ce que ça sert à quelque chose', "qu'est ce que ça apporte", "qu'est ce que ça apporte à bébé", 'le massage ça fait quoi',
];

/** "combien de temps je dois le masser", "combien de fois par semaine": the topic is temps or fois. */
const HOW_SAMPLES = [
  'je dois le masser', 'je dois la masser', 'je devrais le masser', 'je devrais la masser', 'il faut masser', 'faut il masser', 'on doit masser', 'masser', 'masser bébé',
  'masser mon bébé', 'doit durer un massage', 'doit durer le massage', 'dure un massage', 'par semaine', 'par jour', 'on masse', 'je masse', 'je peux le masser', 'je peux la masser',
  'faire le massage', 'doit durer une séance',
].map((rest) => `combien de {topic} ${rest}`);

const SAFETY = (): string[] => [
  ...HOW_SAMPLES,
  'à quelle {topic} masser', 'à quelle {topic} masser bébé', 'à quelle {topic} faire le massage', 'à quelle {topic} je dois masser',
  'combien de temps après {topic}', 'combien de temps après {topic} je peux le masser', 'combien de temps après {topic} je peux la masser', 'combien de temps après {topic} on peut masser',
  'combien de temps attendre après {topic}', 'je dois attendre combien de temps après {topic}',
  'je peux le masser {topic}', 'je peux la masser {topic}', 'je peux tu le masser {topic}', 'je peux tu la masser {topic}', 'on peut masser {topic}', 'on peut tu masser {topic}',
  'est ce que je peux le masser {topic}', 'est ce que je peux la masser {topic}', "est ce qu'on peut masser {topic}", "est ce qu'on peut le masser {topic}", "est ce qu'on peut la masser {topic}",
  'je peux masser {topic}', 'peut on masser {topic}', "c'est correct de masser {topic}", "c'est tu correct de masser {topic}", "c'est dangereux de masser {topic}",
  'le massage {topic} c\'est correct', 'masser bébé {topic}', 'est ce que je peux masser bébé {topic}', 'je peux masser bébé {topic}',
  'quelle {topic} utiliser', 'quelle {topic} je dois utiliser', 'quelle {topic} prendre', 'quelle {topic} mettre', 'quelle {topic} choisir', 'je mets quelle {topic}', 'on met quelle {topic}',
  'je peux utiliser {topic}', 'je peux mettre {topic}', 'je peux prendre {topic}', 'est ce que je peux utiliser {topic}', 'est ce que je peux mettre {topic}', 'est ce que je peux prendre {topic}',
  'on peut utiliser {topic}', 'on peut mettre {topic}', 'je peux tu utiliser {topic}', 'je peux tu mettre {topic}', "{topic} c'est correct", "{topic} c'est tu correct", "{topic} c'est bon",
  "{topic} c'est dangereux", "c'est quoi la meilleure {topic}", 'quelle est la meilleure {topic}', "c'est quoi la meilleure {topic} pour masser un bébé", 'faut il {topic}', 'faut tu mettre {topic}',
  'il faut mettre {topic}', 'faut il mettre {topic}', 'je mets {topic}', 'on met {topic}', 'est ce qu\'il faut {topic}', 'est ce qu\'il faut mettre {topic}', 'faut il utiliser {topic}',
  "c'est correct pour {topic}", "c'est tu correct pour {topic}", "c'est sans danger pour {topic}", "c'est sécuritaire pour {topic}", 'est ce que le massage est sans danger pour {topic}',
  'est ce que ça convient à {topic}', 'masser {topic}', 'comment masser {topic}',
  'à partir de {topic} on peut masser', 'à partir de {topic} je peux masser', 'à partir de {topic} on peut commencer', "jusqu'à {topic} je peux le masser", "jusqu'à {topic} je peux la masser",
  "jusqu'à {topic} on peut masser", "jusqu'à {topic} masser", 'à partir de {topic} masser', 'il est {topic} pour le massage', 'elle est {topic} pour le massage',
  "qu'est ce que je fais {topic}", 'que faire {topic}', 'je fais quoi {topic}', 'on fait quoi {topic}', 'et {topic}',
  'est ce que {topic} peut le faire', 'est ce que {topic} peut masser', 'est ce que {topic} peut masser le bébé', 'est ce que {topic} peut le masser', 'est ce que {topic} peut la masser',
  '{topic} peut tu le masser', '{topic} peut tu la masser', '{topic} peut tu faire le massage', '{topic} peut le faire', '{topic} peut faire le massage', 'est ce que {topic} peut faire le massage',
  'est ce que {topic} peut lui faire le massage', '{topic} peut aussi le faire', '{topic} peut il le faire',
  'avant ou après {topic}', "c'est mieux avant {topic} ou après", "c'est mieux avant ou après {topic}", 'on masse avant ou après {topic}', 'je masse avant ou après {topic}',
  '{topic} doit être à quelle température', 'je mets bébé où', 'où je mets bébé', 'où est ce que je l\'installe', 'je l\'installe où',
  "j'appuie {topic} comment", "j'appuie {topic}", 'je pèse {topic}', 'je pèse tu {topic}', "est ce que j'appuie {topic}", "j'appuie tu {topic}", 'je presse {topic}', 'est ce que je presse {topic}',
  'je peux toucher {topic}', 'est ce que je peux toucher {topic}', 'je peux tu toucher {topic}', 'on peut toucher {topic}',
  'est ce que le massage est sans danger', 'le massage est il sans danger', "c'est sans danger", "c'est tu sécuritaire", "c'est sécuritaire", 'est ce que le massage bébé est sans danger',
  "c'est dangereux le massage", 'est ce que le massage est dangereux', 'quelles précautions prendre', 'il y a des risques',
];

/** How parents start a question in their own words: the words before it (the classifier reads the rest). */
const QUESTION_CARRIERS = [
  'est ce que', 'est ce que je peux', "est ce qu'on peut", 'est ce que ça', "est ce qu'il faut", 'est ce que je dois', 'je peux', 'je peux tu', 'on peut', 'on peut tu', 'peut on',
  'puis je', 'ça aide tu', 'ça', "c'est tu", "c'est quoi", 'que faire si', "qu'est ce que je fais si", "qu'est ce qu'on fait si", 'je fais comment', 'comment', 'comment je fais',
  'comment on fait pour', 'pourquoi', 'quand', 'quand est ce que', 'quand est ce', 'quelle', 'quel', 'quelles', 'quels', 'à quel', 'à quelle', 'combien', 'combien de temps après',
  'il faut', 'faut il', 'faut tu', 'dois je', 'je devrais', "j'ai une question", 'une question', 'dis moi', 'tu peux me dire', 'je voulais savoir', 'je me demandais',
  'je me sens', 'je suis', 'dans quel sens', 'je tourne', 'on tourne', 'je masse', 'je crois que', 'je pense que', "c'est mieux", 'sur', 'où', "j'ai peur", "j'ai lu que", "on m'a dit que", 'est il', 'y a tu', 'est ce normal',
  "c'est normal", 'et si', 'pis si', "est ce qu'il y a", "est ce qu'il", 'il y a', 'y a t il', "est ce qu'elle", 'est ce normal que', "c'est grave", 'à partir de quand', "jusqu'à quand", "jusqu'à", 'à partir de', 'avec', 'je file pas', 'est ce bon', 'est ce grave',
];
const QUESTION_HEADS = ['alors', 'et', 'bon', 'ok', 'dis', 'au fait', 'sinon', 'aussi', 'pis', 'dis moi'];
/** Questions that end with their carrier: "il a de l'eczéma, je peux le masser ?" */
const QUESTION_TAILS = [
  ...['je peux', 'je peux tu', 'est ce que je peux', 'on peut', 'on peut tu', "est ce qu'on peut"].flatMap((can) =>
    ['le masser', 'la masser', 'masser', 'masser bébé', 'masser les jambes', 'masser ses jambes', 'faire le massage', 'quand même le masser', 'quand même la masser', 'continuer'].map((verb) => `${can} ${verb}`),
  ),
  "c'est correct", "c'est tu correct", "c'est grave", "c'est dangereux", "c'est un problème", 'ça pose problème', "c'est possible", 'je fais comment', 'on fait comment', 'je fais quoi',
  'on fait quoi', 'est ce que ça peut aider', 'ça peut tu aider', 'ça aide tu', 'est ce que ça aide', "c'est normal", "c'est tu normal", 'est ce normal', 'ça va tu', "c'est ok",
];

// ---------------------------------------------------------------------------------------------
// What parents say about the baby.

const ASLEEP = (): string[] => [
  ...babies((s, e) => [`${s} s'est endormi${e}`, `${s} dort`, `${s} s'endort`, `${s} est endormi${e}`, `${s} dort déjà`, `${s} fait dodo`, `${s} roupille`, `${s} s'est assoupi${e}`, `${s} dort profondément`, `${s} est en train de s'endormir`]),
];

const UPSET = (): string[] => [
  ...babies((s, e) => [`${s} pleure`, `${s} pleure beaucoup`, `${s} hurle`, `${s} crie`, `${s} chigne`, `${s} braille`, `${s} chiale`, `${s} pleurniche`, `${s} est grognon${e ? 'ne' : ''}`,
    `${s} est en pleurs`, `${s} se met à pleurer`, `${s} commence à pleurer`, `${s} arrête pas de pleurer`, `${s} est de mauvaise humeur`, `${s} est marabout`, `${s} est énervé${e}`,
    `${s} fait ses dents`, `${s} perce une dent`, `${s} a mal aux dents`, `${s} a une dent qui perce`, `${s} bave partout`]),
];

const NEEDS = (words: W): string[] => [
  ...babies((s, e, o, p) => [`${s} a faim`, `${s} réclame le sein`, `${s} réclame à manger`, `${s} veut téter`, `${s} veut boire`, `${s} veut son biberon`, `${s} veut sa bouteille`,
    `${s} a fait caca`, `${s} a fait pipi`, `${s} a fait pipi partout`, `${s} m'a fait pipi dessus`, `${s} a vomi`, `${s} a régurgité`, `${s} vient de régurgiter`, `${s} vient de vomir`,
    `${s} vient de renvoyer`, `${s} a renvoyé`, `${s} a fait un renvoi`, `${s} est mouillé${e}`, `${s} a besoin d'être changé${e}`, `${s} a besoin de moi`, `${s} veut les bras`,
    `il faut que je ${o === 'la' ? 'la' : 'le'} change`, `faut que je change ${p} couche`, `je dois changer ${p} couche`, `${p} couche est pleine`]),
  'faut que je change sa couche', 'il faut changer la couche', 'changement de couche', `c'est l'heure ${words.feed.startsWith('le ') ? 'du' : 'de la'} ${words.feed.replace(/^(le|la) /, '')}`,
  "c'est l'heure de son boire", "c'est l'heure du biberon", "c'est l'heure de la tétée", 'je dois lui donner à manger', 'je dois le nourrir', 'je dois la nourrir', 'je dois allaiter',
];

const UNWELL = (): string[] => [
  ...babies((s, e, _o, p) => [`${s} est malade`, `${s} a de la fièvre`, `${s} fait de la fièvre`, `${s} a de la température`, `${s} fait de la température`, `${s} est brûlant${e}`,
    `${s} a le rhume`, `${s} est enrhumé${e}`, `${s} a le nez qui coule`, `${s} tousse`, `${s} a la diarrhée`, `${s} a la gastro`, `${s} a des boutons`, `${s} a des plaques`, `${s} a de l'eczéma`,
    `${s} est pas bien`, `${s} n'est pas bien`, `${s} est pas en forme`, `${s} a la jaunisse`, `${s} est tout jaune`, `${s} a le teint jaune`,
    `${s} a eu ${p === 'sa' || e ? 'ses' : 'ses'} vaccins`, `${s} a eu ses vaccins ce matin`, `${s} a eu ses vaccins hier`, `${s} a eu ses vaccins aujourd'hui`, `${s} a eu ses piqûres`,
    `${s} a eu ses piqûres hier`, `${s} a eu ses piqûres aujourd'hui`, `${s} a été vacciné${e}`, `${s} a été vacciné${e} hier`, `${s} a été vacciné${e} ce matin`, `${s} a eu son vaccin`]),
];

const DISLIKES = (): string[] => [
  ...babies((s, e) => [`${s} aime pas ça`, `${s} n'aime pas ça`, `${s} déteste ça`, `${s} aime pas ça du tout`, `${s} aime pas ça pantoute`, `${s} tourne la tête`, `${s} détourne la tête`,
    `${s} regarde ailleurs`, `${s} se cambre`, `${s} se raidit`, `${s} est tanné${e}`, `${s} a l'air tanné${e}`, `${s} repousse ma main`, `${s} est tout${e} rouge`, `${s} devient rouge`,
    `${s} est pâle`, `${s} devient pâle`, `${s} est marbré${e}`, `${s} serre les poings`, `${s} apprécie pas`, `${s} veut pas`, `${s} en a assez`, `${s} en a marre`, `${s} a le hoquet`,
    `${s} fait le hoquet`, `${s} éternue`, `${s} arrête pas d'éternuer`, `${s} n'arrête pas d'éternuer`, `${s} a éternué`, `${s} bâille`, `${s} baille beaucoup`]),
  "je crois qu'il aime pas ça", "je crois qu'elle aime pas ça", "je pense qu'il aime pas ça", "je pense qu'elle aime pas ça", "on dirait qu'il aime pas ça", "on dirait qu'elle aime pas ça",
];

const HAPPY = (): string[] => [
  ...babies((s, e) => [`${s} sourit`, `${s} me sourit`, `${s} rit`, `${s} rigole`, `${s} gazouille`, `${s} babille`, `${s} adore ça`, `${s} aime ça`, `${s} aime ben ça`, `${s} aime bien ça`,
    `${s} aime beaucoup ça`, `${s} apprécie`, `${s} est content${e}`, `${s} est heureu${e ? 'se' : 'x'}`, `${s} est calme`, `${s} est détendu${e}`, `${s} est tout${e} détendu${e}`,
    `${s} a l'air d'aimer ça`, `${s} me tient le doigt`, `${s} tient mon doigt`, `${s} me serre le doigt`, `${s} me tient la main`, `${s} attrape mes doigts`, `${s} m'attrape le doigt`, `${s} attrape mon doigt`, `${s} serre mon doigt`, `${s} agrippe mon doigt`,
    `${s} me regarde`, `${s} est bien réveillé${e}`, `${s} est tout sourire`, `${s} fait des sourires`, `${s} aime vraiment ça`]),
  "je crois qu'il aime ça", "je crois qu'elle aime ça", "je pense qu'il aime ça", "je pense qu'elle aime ça", "on dirait qu'il aime ça", "on dirait qu'elle aime ça",
];

const WIND = (words: W): string[] => [
  ...babies((s, e) => [`${s} a des coliques`, `${s} a des gaz`, `${s} a plein de gaz`, `${s} a mal au ventre`, `${s} a mal à la bedaine`, `${s} a mal ${words.toTummy}`, `${s} est constipé${e}`,
    `${s} a le ventre dur`, `${s} a la bedaine dure`, `${s} est ballonné${e}`, `${s} fait des pets`, `${s} pète`, `${s} a pas fait son rot`, `${s} doit faire son rot`]),
  "je crois qu'il a des coliques", "je crois qu'elle a des coliques", "je pense qu'il a des gaz", "je pense qu'elle a des gaz", 'mon bébé a des coliques', 'mon bébé a des gaz',
];

const SLEEPY = (): string[] => [
  ...babies((s, e) => [`${s} est fatigué${e}`, `${s} a sommeil`, `${s} commence à avoir sommeil`, `${s} a l'air fatigué${e}`, `${s} est crevé${e}`, `${s} se frotte les yeux`,
    `${s} cogne des clous`, `${s} somnole`, `${s} s'endort presque`, `${s} est presque endormi${e}`, `${s} a les yeux qui se ferment`, `${s} est épuisé${e}`, `${s} a besoin d'une sieste`]),
];

const THANKS = (): string[] =>
  around([
    'merci', 'merci beaucoup', 'merci bien', 'merci alexa', "merci c'était super", "merci c'était génial", "merci c'était le fun", "merci c'était bien", 'merci là', 'mille mercis',
    'merci mille fois', "c'était super merci", "c'était très bien merci", 'un grand merci', 'merci pour tout', 'merci pour ça', 'super merci', 'génial merci', 'ok merci', "d'accord merci",
    'parfait merci', 'merci infiniment', "merci c'était parfait", "c'était parfait merci", 'merci pour le massage', "c'était le fun merci",
  ]);

/** How parents start saying something about the baby: the words before it (the classifier reads the rest). */
const STATEMENT_CARRIERS = [
  ...['attends', 'oh', 'oh non', 'pardon', 'minute', 'attends attends', 'bon', 'ah', 'oups', 'mince', 'zut', 'ok', 'pause', 'hop', 'aïe', 'oh là là', 'ben là'].flatMap((lead) =>
    ['il', 'elle', 'il a', 'elle a', 'il est', 'elle est', 'bébé', 'le bébé', 'y', "il s'est", "elle s'est"].map((who) => `${lead} ${who}`),
  ),
  'il', 'elle', 'y', 'a', 'il a', 'elle a', 'il est', 'elle est', "il s'est", "elle s'est", 'il fait', 'elle fait', 'il vient de', 'elle vient de', "il m'a", "elle m'a", 'il me', 'elle me',
  "il n'arrête pas de", "elle n'arrête pas de", 'il arrête pas de', 'elle arrête pas de', 'il commence à', 'elle commence à', 'bébé', 'le bébé', 'mon bébé', 'ma fille', 'mon fils',
  'mon garçon', 'ma puce', 'mon petit', 'ma petite', 'bébé est', 'bébé a', 'mon bébé est', 'mon bébé a', 'sa', 'son', 'ses', 'faut que je', 'il faut que je', 'je dois',
  "c'est l'heure de", "c'est l'heure du", "je crois qu'il", "je crois qu'elle", "je pense qu'il", "je pense qu'elle", "on dirait qu'il", "on dirait qu'elle", 'y a', 'y est',
];

// ---------------------------------------------------------------------------------------------
// The course and the companion.

const COURSE = (): string[] =>
  politely([
    'apprends moi le massage bébé', 'apprends moi à masser mon bébé', 'apprends moi le massage', 'apprends moi', 'enseigne moi le massage', 'enseigne moi le massage bébé',
    'je veux apprendre le massage bébé', 'je veux apprendre à masser mon bébé', 'je voudrais apprendre le massage bébé', 'je voudrais apprendre à masser mon bébé', 'je veux apprendre',
    'le cours', 'commence le cours', 'lance le cours', 'le cours de massage', 'le cours de massage bébé', 'on continue le cours', 'continue le cours', 'on reprend le cours', 'les leçons',
    'on est rendus à quelle leçon', 'on est rendu à quelle leçon', 'je suis à quelle leçon', 'on en est où dans le cours', "j'en suis où dans le cours", 'où en suis je dans le cours',
    'on est à quelle leçon', 'quelle leçon on fait', 'la leçon', 'une leçon',
    'leçon {lesson}', 'la leçon {lesson}', 'la {lesson} leçon', 'on fait la leçon {lesson}', 'on fait la {lesson} leçon', 'fais la leçon {lesson}', 'commence la leçon {lesson}',
    'lance la leçon {lesson}', 'on commence la leçon {lesson}', 'on passe à la leçon {lesson}', 'passe à la leçon {lesson}', 'va à la leçon {lesson}', 'on refait la leçon {lesson}',
    'refais la leçon {lesson}', 'la leçon {lesson} encore', 'encore la leçon {lesson}', 'répète la leçon {lesson}', 'je veux faire la leçon {lesson}', 'on peut faire la leçon {lesson}',
    'on passe à la {lesson} leçon', 'la leçon {lesson} du cours', 'la {lesson} leçon du cours', 'la semaine {lesson}', 'la séance {lesson}',
    // "Alexa, demande à massage bébé de m'apprendre le massage".
    "m'apprendre le massage", "m'apprendre le massage bébé", "m'apprendre à masser mon bébé", "m'enseigner le massage",
  ]);

const AGE_WHO: readonly (readonly [string, string])[] = [['il', ''], ['elle', 'e'], ['mon bébé', ''], ['le bébé', ''], ['bébé', ''], ['ma fille', 'e'], ['mon fils', ''], ['mon garçon', ''], ['ma puce', 'e'], ['mon petit', ''], ['ma petite', 'e']];

const BABY_AGE = (): string[] => [
  ...AGE_WHO.flatMap(([who, e]) => [
    `${who} a {number} {unit}`, `${who} a {number} {unit} aujourd'hui`, `${who} a juste {number} {unit}`, `${who} a presque {number} {unit}`, `${who} a environ {number} {unit}`,
    `${who} vient d'avoir {number} {unit}`, `${who} a eu {number} {unit}`, `${who} est né${e} en {born}`, `${who} est né${e} le {born}`, `${who} a un {unit}`, `${who} a une {unit}`,
  ]),
  'né en {born}', 'née en {born}', 'né le {born}', 'née le {born}', '{number} {unit}', "l'âge de mon bébé c'est {number} {unit}", 'sa date de naissance est le {born}',
  'son anniversaire est le {born}', 'on a eu notre bébé en {born}', 'je viens d\'accoucher en {born}', 'on a accouché en {born}',
];

const HOW_OLD = (): string[] =>
  politely([
    'quel âge a mon bébé', 'quel âge il a', 'quel âge elle a', 'il a quel âge', 'elle a quel âge', 'mon bébé a quel âge', 'tu sais quel âge il a', 'tu sais quel âge elle a',
    'tu sais quel âge a mon bébé', "tu connais l'âge de mon bébé", "c'est quoi l'âge de mon bébé", 'quand est né mon bébé', 'il est né quand', 'elle est née quand',
    "quand est ce qu'il est né", "quand est ce qu'elle est née", "qu'est ce que tu sais sur mon bébé", 'mon bébé a quel âge déjà', 'il a quel âge déjà', 'elle a quel âge déjà',
    "tu te souviens de l'âge de mon bébé", 'quel âge a le bébé', 'le bébé a quel âge',
  ]);

const FORGET_AGE = (): string[] =>
  politely([
    "oublie l'âge de mon bébé", "oublie l'âge du bébé", 'oublie son âge', "efface l'âge de mon bébé", "efface l'âge du bébé", 'efface son âge', "supprime l'âge de mon bébé",
    "supprime l'âge du bébé", 'supprime son âge', "ne retiens pas l'âge de mon bébé", "ne garde pas l'âge de mon bébé", 'oublie quand il est né', 'oublie quand elle est née',
    'oublie sa date de naissance', 'efface sa date de naissance', 'oublie son mois de naissance', 'efface son mois de naissance', "oublie l'âge",
  ]);

const LOG = (): string[] =>
  politely([
    'combien de massages {period}', 'combien de massages on a fait {period}', 'on a fait combien de massages {period}', 'on en a fait combien {period}', 'combien on en a fait {period}',
    'on a fait quoi {period}', "qu'est ce qu'on a fait {period}", 'quel massage on a fait {period}', 'on a fait quel massage {period}', 'on a massé combien de temps {period}',
    'combien de temps on a massé {period}', 'on a massé {period}', "est ce qu'on a massé {period}", 'on a fait un massage {period}', "est ce qu'on a fait un massage {period}",
    'combien de minutes {period}', 'combien de fois on a massé {period}', 'on a massé combien de fois {period}',
    'le dernier massage', "c'était quand le dernier massage", 'quand était le dernier massage', 'on a massé quand la dernière fois', "c'était quand la dernière fois",
    'combien de massages', 'combien de massages on a fait', 'mon journal', 'le journal', 'mon journal de massages', 'le journal de massages', 'montre mon journal', 'montre moi mon journal',
    'montre moi la semaine', 'montre moi notre semaine', 'mon historique', 'notre historique', 'mes massages', 'nos massages', 'comment on se débrouille', 'on en est où cette semaine',
  ]);

/** The times of day a parent says for a reminder, with the same ids as the English list (tools/interaction-model/companion-intents.ts). */
const HOURS = ['minuit', 'une', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'midi', 'treize', 'quatorze', 'quinze', 'seize', 'dix sept', 'dix huit', 'dix neuf', 'vingt', 'vingt et une', 'vingt deux', 'vingt trois'];

function clockTimes(): { id: string; name: string; synonyms: string[] }[] {
  const values: { id: string; name: string; synonyms: string[] }[] = [];
  /** "sept heures et demie", "7 heures 30": the same minutes on a clock of 1 to 12, or of 0 to 23. */
  const said = (h: number, minute: number): string[] => {
    const word = h === 0 ? 'minuit' : h === 12 ? 'midi' : `${HOURS[h]} heure${h === 1 ? '' : 's'}`;
    const digits = h === 0 ? 'minuit' : h === 12 ? 'midi' : `${h} heure${h === 1 ? '' : 's'}`;
    const nextH = (h + 1) % 24;
    const next = nextH === 0 ? 'minuit' : nextH === 12 ? 'midi' : `${HOURS[nextH]} heure${nextH === 1 ? '' : 's'}`;
    const nextDigits = nextH === 0 ? 'minuit' : nextH === 12 ? 'midi' : `${nextH} heure${nextH === 1 ? '' : 's'}`;
    if (minute === 0) return [word, digits, `${h} h`];
    if (minute === 15) return [`${word} et quart`, `${word} quinze`, `${digits} 15`, `${h} h 15`];
    if (minute === 30) return [`${word} et demie`, `${word} trente`, `${digits} 30`, `${h} h 30`];
    return [`${next} moins le quart`, `${word} quarante cinq`, `${digits} 45`, `${nextDigits} moins le quart`, `${h} h 45`];
  };
  const halves: readonly (readonly [suffix: string, half: 'am' | 'pm' | '', clock24: boolean])[] = [
    ['', '', false], [' du matin', 'am', false], [' le matin', 'am', false], [' du soir', 'pm', false], [" de l'après midi", 'pm', false], ['', 'pm', true],
  ];
  for (let hour = 1; hour <= 12; hour++) {
    for (const minute of [0, 15, 30, 45]) {
      for (const [suffix, half, clock24] of halves) {
        if (half === 'am' && suffix === ' le matin' && hour === 12) continue;
        const h24 = half === 'pm' ? (hour % 12) + 12 : half === 'am' ? hour % 12 : hour >= 1 && hour <= 5 ? hour + 12 : hour;
        const id = `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        // The 24-hour reading ("dix neuf heures trente") for the afternoon and evening; midi and minuit as they are.
        const names = clock24 ? said(h24, minute) : said(hour === 12 && half === 'am' ? 0 : hour, minute).map((w) => `${w}${suffix}`);
        values.push({ id: `${id}${half === '' ? '' : `-${half}`}`, name: names[0], synonyms: names.slice(1) });
      }
    }
  }
  return values;
}

const REMIND = (): string[] =>
  politely([
    'rappelle moi de masser bébé tous les {daypart} à {clock}', 'rappelle moi de masser mon bébé tous les {daypart} à {clock}', 'rappelle moi le massage tous les {daypart} à {clock}',
    'rappelle moi de faire le massage tous les {daypart} à {clock}', 'rappelle moi tous les {daypart} à {clock}', 'rappelle moi de masser bébé à {clock}', 'rappelle moi de masser mon bébé à {clock}',
    'rappelle moi de masser bébé tous les jours à {clock}', 'rappelle moi tous les jours à {clock}', 'rappelle moi chaque jour à {clock}', 'rappelle moi à {clock}', 'rappelle moi à {clock} tous les jours',
    'mets un rappel à {clock}', 'mets un rappel pour {clock}', 'mets un rappel tous les jours à {clock}', 'mets un rappel de massage à {clock}', 'crée un rappel à {clock}', 'un rappel à {clock}',
    'un rappel tous les jours à {clock}', 'programme un rappel à {clock}', 'mets un rappel tous les {daypart} à {clock}',
    'mets un rappel pour {time}', 'programme un rappel pour {time}', 'crée un rappel pour {time}',
    'rappelle moi de masser bébé tous les {daypart}', 'rappelle moi de masser mon bébé tous les {daypart}', 'rappelle moi le massage tous les {daypart}', 'rappelle moi tous les {daypart}',
    'fais moi penser au massage tous les {daypart}', 'fais moi penser de masser bébé tous les {daypart}', 'fais moi penser au massage', 'fais moi penser de masser bébé',
    'fais moi penser au massage à {clock}', 'fais moi penser au massage tous les {daypart} à {clock}',
    'rappelle moi de masser bébé', 'rappelle moi de masser mon bébé', 'rappelle moi de faire le massage', 'rappelle moi le massage', 'mets un rappel', 'mets un rappel pour le massage',
    'mets un rappel de massage', 'crée un rappel', 'programme un rappel', 'je veux un rappel', 'je voudrais un rappel', 'un rappel quotidien', 'mets un rappel quotidien',
    'tu peux me rappeler de masser bébé', 'tu peux me le rappeler', 'rappelle moi tous les jours', 'change mon rappel', 'change mon rappel pour {clock}', 'déplace mon rappel à {clock}',
    'mets mon rappel à {clock}',
    // The answer to "à quelle heure ?" (the question invites "à ..."), from the list of times (below). A
    // time alone would be the same sample as PaceIntent's "{pace}", which keeps it.
    'à {clock}', 'plutôt à {clock}', 'tous les jours à {clock}', 'tous les {daypart} à {clock}', 'vers {clock}', 'mettons {clock}', 'disons {clock}', 'pour {clock}',
    '{clock} tous les jours', '{clock} chaque jour', '{clock} tous les {daypart}', 'chaque jour à {clock}', 'le {daypart} à {clock}', 'à {clock} le {daypart}',
  ]);

const CANCEL_REMINDER = (): string[] =>
  politely([
    'annule mon rappel', 'annule mon rappel de massage', 'annule le rappel', 'annule le rappel de massage', 'supprime mon rappel', 'supprime le rappel', 'enlève le rappel',
    'enlève mon rappel', 'efface mon rappel', 'efface le rappel', 'désactive le rappel', 'désactive mon rappel', 'arrête les rappels', 'arrête de me le rappeler', 'plus de rappels',
    'je veux plus de rappel', 'je ne veux plus de rappel', 'annule tous mes rappels', 'annule les rappels', 'supprime mes rappels', 'enlève mes rappels',
  ]);

const CHECK_REMINDER = (): string[] =>
  politely([
    "est ce que j'ai un rappel", "j'ai un rappel", "j'ai tu un rappel", 'mon rappel est à quelle heure', "c'est à quelle heure mon rappel", 'à quelle heure est mon rappel',
    'quand est mon rappel', 'mon rappel est il activé', 'est ce que mon rappel est programmé', "quels rappels j'ai", 'vérifie mon rappel', 'il y a un rappel', "est ce qu'il y a un rappel",
    "j'ai un rappel de massage", 'mon rappel est tu activé', 'mon rappel est où',
  ]);

const FORGET_ME = (): string[] =>
  politely([
    'oublie tout ce que tu sais sur moi', 'oublie tout', 'oublie moi', 'efface mes données', 'supprime mes données', 'efface toutes mes données', 'supprime toutes mes données', 'supprime tout',
    'efface tout', 'supprime tout ce que tu sais sur moi', 'efface tout ce que tu sais sur moi', "qu'est ce que tu sais sur moi", 'quelles données tu gardes', "qu'est ce que tu gardes sur moi",
    'efface mon historique', 'supprime mon historique', 'supprime mon journal', 'efface mon journal', 'réinitialise tout', 'remets tout à zéro', 'oublie tout sur moi',
  ]);

const LIST = (): string[] =>
  around([
    'quels massages tu proposes', 'quels massages tu as', "c'est quoi les massages", "c'est quoi les massages que t'as", "c'est quoi les massages que tu as", 'quels sont les massages',
    'quels massages il y a', "qu'est ce que tu as comme massages", "qu'est ce que t'as comme massages", 'tu as quels massages', "t'as quels massages", 'la liste des massages',
    'donne moi la liste', 'liste les massages', "il y a d'autres massages", "y a tu d'autres massages", 'un autre massage', 'un massage différent', 'change de massage', 'il y a plus court',
    'tu as plus court', "t'as plus court", 'quels sont les choix', 'quelles sont les options', 'on a quoi comme choix', 'quel massage je devrais faire', 'quel massage choisir', 'lequel choisir',
    'quels massages on peut faire', 'tu proposes quoi', 'tu fais quels massages', 'les massages', 'quels massages', 'quels massages tu connais', 'tu as quoi comme massages',
    'il y a quoi comme massages', 'les différents massages', 'quels sont les différents massages', "c'est quoi les choix", 'autre chose',
  ]);

const WHERE = (): string[] =>
  around([
    'on en est où', 'où on en est', 'où en est on', 'on est rendus où', 'on est rendu où', 'on est où', "c'est quoi ce mouvement", "c'est quoi ce mouvement là", "c'est lequel",
    "c'est quel mouvement", "quel mouvement c'est", "comment s'appelle ce mouvement", "il s'appelle comment ce mouvement", "c'est quoi le nom de ce mouvement", 'on fait quoi là',
    "qu'est ce qu'on fait là", 'on est à quelle étape', 'quelle étape', "c'est quelle partie", 'on est à quelle partie', 'rappelle moi où on en est', 'on en était où', 'où on en était',
    'on était où', "c'était quoi ce mouvement", 'à quoi ça sert ce mouvement', "c'est quoi celui là", 'ce mouvement là il sert à quoi', "j'en suis où", 'où en suis je',
  ]);

const TIME_LEFT = (): string[] =>
  around([
    'il reste combien de temps', 'combien de temps il reste', 'il reste combien', 'encore combien de temps', 'ça dure encore combien de temps', 'ça dure combien de temps',
    'combien de temps ça dure', 'ça prend combien de temps', 'combien de temps ça prend', 'on a bientôt fini', 'on a presque fini', "c'est bientôt fini", "c'est presque fini",
    'bientôt fini', 'presque fini', 'il en reste beaucoup', 'il en reste tu beaucoup', 'il en reste combien', 'combien il en reste', 'combien de mouvements il reste',
    'il reste combien de mouvements', 'il reste combien de minutes', 'combien de minutes il reste', "c'est le dernier", "c'est le dernier mouvement", "est ce que c'est le dernier",
    'ça achève', 'ça achève tu', 'on achève', 'on achève tu', 'il reste combien de parties', 'il reste quoi', "qu'est ce qu'il reste", 'on a fini bientôt', 'il reste beaucoup',
    'il reste encore beaucoup', "c'est tu le dernier", 'on arrive à la fin', 'on est presque à la fin', 'combien de temps encore', 'ça va durer combien de temps',
  ]);

const HELP = (): string[] =>
  around([
    'aide', 'aide moi', "à l'aide", "j'ai besoin d'aide", "qu'est ce que je peux dire", "qu'est ce que je dis", 'je dis quoi', 'comment ça marche', 'comment ça fonctionne',
    'tu sais faire quoi', "qu'est ce que tu sais faire", 'quelles sont les commandes', 'je suis perdue', 'je suis perdu', 'je sais pas quoi dire', 'comment on utilise ça',
    "mode d'emploi", 'les instructions', 'je peux dire quoi', 'tu peux faire quoi', "qu'est ce que tu peux faire", 'explique moi comment ça marche',
  ]);

const STOP = (): string[] =>
  around([
    'stop', 'arrête', 'arrête ça', 'arrête le massage', 'arrête tout', 'on arrête', 'on arrête là', "on s'arrête là", 'on a fini', 'arrête on a fini', "c'est fini", "c'est fini pour aujourd'hui",
    "c'est tout pour aujourd'hui", "c'est assez", "c'est assez pour aujourd'hui", 'ça suffit', "ça suffit pour aujourd'hui", "ça ira pour aujourd'hui", 'terminé', 'termine', 'fin',
    'au revoir', 'bye', 'bye bye', 'salut', 'quitte', 'quitter', 'ferme', 'on arrête pour aujourd\'hui', "on va s'arrêter là", "je veux arrêter", 'arrêtons là', "c'est tout",
    'on a terminé', "c'est terminé", 'fin du massage', 'termine le massage', 'on termine', 'on termine là', "il en a eu assez pour aujourd'hui", "elle en a eu assez pour aujourd'hui",
    'bonne nuit alexa',
  ]);

const CANCEL = (): string[] =>
  around(['annule', 'annuler', 'laisse tomber', 'oublie ça', 'on laisse tomber', 'je dois y aller', "il faut que j'y aille", "faut que j'y aille", 'on doit y aller', 'tant pis', 'annule le massage', 'laisse faire']);

const YES = (): string[] => [
  'oui', 'ouais', 'ouep', 'oui oui', 'oui vas y', 'oui allez', 'oui merci', "oui s'il te plaît", "oui s'il vous plaît", "d'accord", 'ok', 'okay', "ok d'accord", 'bien sûr', 'volontiers',
  'avec plaisir', 'carrément', 'exactement', 'absolument', 'pourquoi pas', 'ça marche', 'allons y', "c'est parti", 'oui on continue', 'oui je veux bien', 'je veux bien', 'bonne idée',
  'parfait', 'super', 'oui on commence', 'oui c\'est correct', "c'est correct", 'ben oui', 'mets en', 'oui commence', 'oui lance le', 'oui vas y lance le', 'oui on y va', 'certainement',
  'ouais vas y', 'ouais envoie', 'oui envoie', 'ben oui envoie', "ben oui vas y", 'yes', 'oui on peut', 'oui bien sûr', "oui d'accord", 'oui ok', "oui s'il te plait", 'évidemment', 'tout à fait',
];

const NO = (): string[] => [
  'non', 'non merci', 'nan', 'pas maintenant', 'pas tout de suite', "pas aujourd'hui", 'pas encore', 'pas vraiment', 'plus tard', 'peut être plus tard', 'non pas maintenant',
  'non pas tout de suite', "non pas aujourd'hui", 'non ça va', 'non merci ça va', "non merci c'est correct", "non c'est correct", "non c'est bon", 'je pense pas', 'je ne pense pas',
  'non pas vraiment', 'pas question', "non on n'est pas prêts", 'on est pas prêts', "on n'est pas prêts", 'pas prêts', 'non pas encore', 'non non', 'ben non', 'non plus tard',
  "non merci pas aujourd'hui", 'pas pour le moment', 'non pas pour le moment', 'surtout pas', "non ça ira",
];

const PLAY = (): string[] =>
  politely([
    'lis le massage', 'joue le massage', 'lance le massage en lecture', 'lance la lecture', 'lecture du massage', 'mets le massage en lecture continue', 'lis tout', 'lis le massage en entier',
    "joue le massage d'une traite", "lis le massage d'une traite", "d'une traite", 'en continu', 'lecture continue', 'continue tout seul', 'continue toute seule', 'fais le tout seul',
    'fais le toute seule', 'joue tout le massage', 'lis le massage {routine}', 'joue le massage {routine}', 'lance le massage {routine} en lecture', "lis le massage {routine} d'une traite",
    'joue le massage du {routine}', 'lis le massage du {routine}', 'lance le massage du {routine} en lecture', 'lis juste {part}', 'joue juste {part}', 'lis le massage des {part}',
    'lis le massage du {part}', 'lis le massage de la {part}',
  ]);

// ---------------------------------------------------------------------------------------------
// The model: every intent once, and a sample under one intent only (the first listed keeps it).

const INTENTS: readonly IntentSource<W>[] = [
  { name: IntentName.Next, samples: NEXT },
  { name: IntentName.Repeat, samples: REPEAT },
  { name: IntentName.Previous, samples: PREVIOUS },
  { name: IntentName.StartOver, samples: START_OVER },
  { name: IntentName.Pause, samples: PAUSE },
  { name: IntentName.Resume, samples: RESUME },
  { name: IntentName.Continue, samples: CONTINUE },
  { name: IntentName.Help, samples: HELP },
  { name: IntentName.Stop, samples: STOP },
  { name: IntentName.Cancel, samples: CANCEL },
  { name: IntentName.Yes, samples: YES },
  { name: IntentName.No, samples: NO },
  { name: IntentName.NavigateHome, samples: () => [] },
  { name: IntentName.LoopOn, samples: () => [] },
  { name: IntentName.LoopOff, samples: () => [] },
  { name: IntentName.ShuffleOn, samples: () => [] },
  { name: IntentName.ShuffleOff, samples: () => [] },
  { name: IntentName.Fallback, samples: () => [] },
  {
    name: IntentName.StartRoutine,
    slots: [
      { name: SlotName.Routine, type: 'ROUTINE_NAME' },
      { name: SlotName.Part, type: 'BODY_PART' },
    ],
    samples: START,
  },
  {
    name: IntentName.PlayRoutine,
    slots: [
      { name: SlotName.Routine, type: 'ROUTINE_NAME' },
      { name: SlotName.Part, type: 'BODY_PART' },
    ],
    samples: PLAY,
  },
  { name: IntentName.ListRoutines, samples: LIST },
  { name: IntentName.GoToPart, slots: [{ name: SlotName.Part, type: 'BODY_PART' }], samples: GO_TO },
  { name: IntentName.SkipPart, slots: [{ name: SlotName.Part, type: 'BODY_PART' }], samples: SKIP },
  { name: IntentName.Where, samples: WHERE },
  { name: IntentName.TimeLeft, samples: TIME_LEFT },
  { name: IntentName.BabyAsleep, samples: ASLEEP },
  { name: IntentName.BabyUpset, samples: UPSET },
  { name: IntentName.BabyNeeds, samples: NEEDS },
  { name: IntentName.BabyUnwell, samples: UNWELL },
  { name: IntentName.BabyDislikes, samples: DISLIKES },
  { name: IntentName.BabyHappy, samples: HAPPY },
  { name: IntentName.BabyWind, samples: WIND },
  { name: IntentName.BabySleepy, samples: SLEEPY },
  { name: IntentName.Thanks, samples: THANKS },
  { name: IntentName.Pace, slots: [{ name: SlotName.Pace, type: 'PACE' }], samples: PACE },
  // AMAZON.SearchQuery's rules: a carrier phrase in every sample, one SearchQuery slot, nothing else beside it.
  { name: IntentName.Statement, slots: [{ name: SlotName.Statement, type: 'AMAZON.SearchQuery' }], samples: () => STATEMENT_CARRIERS.map((carrier) => `${carrier} {statement}`) },
  { name: IntentName.Benefits, slots: [{ name: SlotName.Topic, type: BENEFIT_SLOT_TYPE }], samples: BENEFITS },
  { name: IntentName.Safety, slots: [{ name: SlotName.Topic, type: SAFETY_SLOT_TYPE }], samples: SAFETY },
  {
    name: IntentName.Question,
    slots: [{ name: SlotName.Question, type: 'AMAZON.SearchQuery' }],
    samples: () => [
      ...[...QUESTION_CARRIERS, ...QUESTION_HEADS.flatMap((head) => QUESTION_CARRIERS.map((carrier) => `${head} ${carrier}`))].map((carrier) => `${carrier} {question}`),
      ...QUESTION_TAILS.map((tail) => `{question} ${tail}`),
    ],
  },
  { name: IntentName.Course, slots: [{ name: SlotName.Lesson, type: 'LESSON' }], samples: COURSE },
  {
    name: IntentName.BabyAge,
    slots: [
      { name: SlotName.Number, type: 'AMAZON.NUMBER' },
      { name: SlotName.Unit, type: 'AGE_UNIT' },
      { name: SlotName.Born, type: 'AMAZON.DATE' },
    ],
    samples: BABY_AGE,
  },
  { name: IntentName.HowOld, samples: HOW_OLD },
  { name: IntentName.ForgetAge, samples: FORGET_AGE },
  { name: IntentName.PracticeLog, slots: [{ name: SlotName.Period, type: 'LOG_PERIOD' }], samples: LOG },
  {
    name: IntentName.SetReminder,
    slots: [
      { name: SlotName.Time, type: 'AMAZON.TIME' },
      { name: SlotName.Daypart, type: 'DAYPART' },
      { name: SlotName.Clock, type: 'CLOCK_TIME' },
    ],
    samples: REMIND,
  },
  { name: IntentName.CancelReminder, samples: CANCEL_REMINDER },
  { name: IntentName.CheckReminder, samples: CHECK_REMINDER },
  { name: IntentName.ForgetMe, samples: FORGET_ME },
];

/**
 * Who keeps a sample two intents would both have: the more specific one. Commands and the baby's own
 * intents come first; the catch-all carriers (QuestionIntent, StatementIntent) give way to everything.
 */
const PRIORITY: readonly IntentName[] = [
  IntentName.Yes, IntentName.No, IntentName.Next, IntentName.Repeat, IntentName.Previous, IntentName.StartOver, IntentName.Pause, IntentName.Resume, IntentName.Continue,
  IntentName.Thanks, IntentName.Help, IntentName.Stop, IntentName.Cancel, IntentName.ListRoutines, IntentName.Where, IntentName.TimeLeft, IntentName.Course, IntentName.HowOld,
  IntentName.ForgetAge, IntentName.ForgetMe, IntentName.CancelReminder, IntentName.CheckReminder, IntentName.SetReminder, IntentName.PracticeLog, IntentName.BabyAge,
  IntentName.BabyAsleep, IntentName.BabyUpset, IntentName.BabyNeeds, IntentName.BabyUnwell, IntentName.BabyDislikes, IntentName.BabyHappy, IntentName.BabyWind, IntentName.BabySleepy,
  IntentName.PlayRoutine, IntentName.SkipPart, IntentName.GoToPart, IntentName.StartRoutine, IntentName.Pace, IntentName.Benefits, IntentName.Safety, IntentName.Question, IntentName.Statement,
];

const key = (sample: string): string => sample.replace(/\{\w+\}/g, '{}');

/** Each intent's samples for a locale's words, with every sample kept by one intent only. */
function owned(words: W): ReadonlyMap<IntentName, readonly string[]> {
  const taken = new Set<string>();
  const result = new Map<IntentName, string[]>();
  const ordered = [...INTENTS].sort((a, b) => rank(a.name) - rank(b.name));
  for (const intent of ordered) {
    const mine = [...new Set(intent.samples(words))].filter((sample) => !taken.has(key(sample)));
    mine.forEach((sample) => taken.add(key(sample)));
    result.set(intent.name, mine);
  }
  return result;
}
const rank = (name: IntentName): number => (PRIORITY.includes(name) ? PRIORITY.indexOf(name) : -1);

const cache = new WeakMap<W, ReadonlyMap<IntentName, readonly string[]>>();
const samplesOf = (name: IntentName, words: W): readonly string[] => {
  let all = cache.get(words);
  if (!all) cache.set(words, (all = owned(words)));
  return all.get(name) ?? [];
};

const SLOT_TYPES: readonly SlotTypeSource<W>[] = [
  { name: 'ROUTINE_NAME', values: () => Object.entries(ROUTINE_VALUES).map(([id, v]) => ({ id, ...v })) },
  { name: 'BODY_PART', values: PART_SLOT_VALUES },
  { name: 'PACE', values: () => Object.entries(PACE_VALUES).map(([id, v]) => ({ id, ...v })) },
  { name: BENEFIT_SLOT_TYPE, values: () => BENEFIT_VALUES },
  { name: SAFETY_SLOT_TYPE, values: () => SAFETY_VALUES },
  { name: 'CLOCK_TIME', values: () => clockTimes() },
  {
    name: 'LESSON',
    values: () => [
      { id: 'this-week', name: 'de la semaine', synonyms: ['de cette semaine', 'cette semaine', "d'aujourd'hui", 'du jour', 'actuelle', 'en cours', 'de cette semaine ci'] },
      { id: 'next', name: 'suivante', synonyms: ['prochaine', 'la prochaine', 'la suivante', 'nouvelle', 'une nouvelle', "d'après"] },
      { id: 'last', name: 'de la semaine dernière', synonyms: ['précédente', 'la précédente', 'dernière', 'la dernière', 'de la dernière fois', "d'avant", "celle d'avant", 'passée'] },
      { id: '1', name: 'un', synonyms: ['1', 'une', 'première', 'la première', 'numéro un', 'numéro 1'] },
      { id: '2', name: 'deux', synonyms: ['2', 'deuxième', 'la deuxième', 'seconde', 'numéro deux', 'numéro 2'] },
      { id: '3', name: 'trois', synonyms: ['3', 'troisième', 'la troisième', 'numéro trois', 'numéro 3'] },
      { id: '4', name: 'quatre', synonyms: ['4', 'quatrième', 'la quatrième', 'numéro quatre', 'numéro 4'] },
      { id: '5', name: 'cinq', synonyms: ['5', 'cinquième', 'la cinquième', 'finale', 'la finale', 'numéro cinq', 'numéro 5'] },
    ],
  },
  {
    name: 'AGE_UNIT',
    values: () => [
      { id: 'day', name: 'jours', synonyms: ['jour'] },
      { id: 'week', name: 'semaines', synonyms: ['semaine'] },
      { id: 'month', name: 'mois', synonyms: [] },
      { id: 'year', name: 'ans', synonyms: ['an', 'année', 'années'] },
    ],
  },
  {
    name: 'LOG_PERIOD',
    values: () => [
      { id: 'week', name: 'cette semaine', synonyms: ['la semaine', 'depuis une semaine', 'ces sept derniers jours', 'ces derniers jours', 'dernièrement', 'récemment', 'cette semaine ci', 'depuis lundi'] },
      { id: 'today', name: "aujourd'hui", synonyms: ['ce matin', 'ce soir', 'tantôt', "plus tôt aujourd'hui", 'cet après midi', "depuis ce matin"] },
      { id: 'yesterday', name: 'hier', synonyms: ['hier soir', 'hier matin', 'hier après midi'] },
      { id: 'last', name: 'la dernière fois', synonyms: ['dernière fois', "la fois d'avant", 'avant', 'la fois passée'] },
      { id: 'month', name: 'ce mois ci', synonyms: ['ce mois', 'le mois', 'depuis un mois', 'ce mois là', 'depuis le début du mois'] },
      { id: 'all', name: "jusqu'ici", synonyms: ['en tout', 'au total', 'depuis le début', 'en tout et pour tout', 'depuis toujours', "jusqu'à maintenant", 'à date'] },
    ],
  },
  {
    name: 'DAYPART',
    values: () => [
      { id: 'morning', name: 'matin', synonyms: ['matins', 'jours le matin'] },
      { id: 'afternoon', name: 'après midi', synonyms: ['après midis', "jours l'après midi"] },
      { id: 'evening', name: 'soir', synonyms: ['soirs', 'jours le soir', 'soirs avant le coucher'] },
      { id: 'night', name: 'nuit', synonyms: ['nuits', 'soirs au coucher', 'jours au coucher', 'jours à l\'heure du coucher'] },
    ],
  },
];

export const phrases: ModelPhrases<FrenchVocabulary> = {
  invocationName: 'massage bébé',
  intents: INTENTS.map((intent) => ({ ...intent, samples: (words: W) => samplesOf(intent.name, words) })),
  slotTypes: SLOT_TYPES,
};
