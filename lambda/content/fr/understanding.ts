import type { MassagePart, RoutineId } from '../../routine/types';
import type { BenefitTopic, SafetyTopic } from '../topics';
import { stemsWith } from '../understand';
import type { CommandKind, Cues, StatementKind } from '../understand';

/**
 * Words that lose a final s or x to nothing: "mois" is not "moi", "fois" is not "foi". Short words
 * (three letters or fewer) are never cut.
 */
const KEEP = new Set(['mois', 'fois', 'dois', 'bras', 'corps', 'temps', 'poids', 'repas', 'jamais', 'mais', 'puis', 'depuis', 'alors', 'pendant', 'toux', 'doux', 'deux', 'trois', 'six', 'dix', 'choix', 'voix', 'prix', 'noix', 'anglais', 'francais']);

/** Endings cut from longer words, longest first: adverbs, nouns in -ation, participles, infinitives, feminine and plural. */
const ENDINGS = ['issements', 'issement', 'ements', 'ement', 'ations', 'ation', 'antes', 'ante', 'ants', 'ant', 'ees', 'ee', 'es', 'er', 'ez', 'e'];

/**
 * A rough French stem: no accents (œ as oe), no plural s or x, and the common endings off a word
 * long enough to keep three letters: "massez", "massée", "masser" and "masse" all meet "mass";
 * "vaccins", "vacciné" and "vaccination" meet "vaccin". Elisions (l', d', qu') are split off as
 * words of their own by `stemsWith`, which turns apostrophes into spaces.
 */
export function stem(word: string): string {
  let w = word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae');
  if (w.length <= 3 || KEEP.has(w)) return w;
  if (/[sx]$/.test(w) && !w.endsWith('ss')) w = w.slice(0, -1);
  for (const ending of ENDINGS) {
    if (w.endsWith(ending) && w.length - ending.length >= 3) return w.slice(0, -ending.length);
  }
  return w;
}

/** French words to the classifier's stems (content/understand.ts): every classifier call in the pack takes it. */
export const frenchStems = stemsWith(stem);

/**
 * The words French-speaking parents use for each question topic, France's and Québec's. Listed most
 * specific first: a tie goes to the earlier topic.
 */
export const QUESTION_CUES: Cues<BenefitTopic | SafetyTopic> = [
  ['postnatal', ["depuis l'accouchement", 'depuis la naissance', 'depuis que j ai accouché', 'dépression post partum', 'dépression postnatale', 'dépression du post partum', 'baby blues', 'déprimée', 'déprime', 'mon moral', 'le moral', 'à bout', 'épuisée', 'anxieuse', 'angoissée', 'je file pas', 'je me sens mal', 'je me sens seule', 'je pleure tout le temps', 'dépassée', 'santé mentale', 'triste', 'je vais pas bien']],
  ['hips', ['hanche', 'hanches', 'dysplasie', 'luxation', 'harnais', 'pavlik', "culotte d'abduction", 'attelle', 'coussin d abduction']],
  ['hernia', ['hernie', 'nombril', 'ombilic', 'ombilical', 'ombilicale']],
  ['soft-spot', ['fontanelle', 'fontanelles', 'le mou', 'mou de la tête', 'dessus de la tête', 'haut de la tête', 'haut du crâne', 'crâne']],
  ['skin', ['eczéma', 'peau sèche', 'croûtes de lait', 'croûte de lait', 'dermatite', 'acné', 'peau sensible', 'plaques', 'rougeurs', 'boutons', 'érythème', 'irritation', 'fesses rouges', 'peau', 'atopique']],
  ['premature', ['prématuré', 'prématurée', 'préma', 'prema', 'grand prématuré', "semaines d'avance", 'trop tôt', 'avant terme', 'néonat', 'néonatalogie', 'couveuse', 'soins intensifs', 'né à 3', 'kangourou']],
  ['vaccinations', ['vaccin', 'vaccins', 'vacciné', 'vaccination', 'piqûre', 'piqûres', 'injection', 'immunisation']],
  ['newborn', ['nouveau né', 'nouveau-né', 'nouveaux nés', 'naissant', 'une semaine', 'deux semaines', 'trois semaines', 'quelques jours', 'jours de vie', 'semaines de vie', 'cordon', 'tout juste né', 'à la naissance']],
  ['oil', ['huile', 'huiles', 'coco', 'olive', 'amande', 'amande douce', 'tournesol', 'moutarde', 'crème', 'lait hydratant', 'lotion', 'vaseline', 'baume', 'pommade', 'liniment', 'huile essentielle', 'onguent', 'karité', 'calendula', 'sésame', 'pépins de raisin', 'beurre']],
  ['feeding', ['tétée', 'téter', 'biberon', 'bouteille', 'son boire', 'boire', 'allaitement', 'allaiter', 'sein', 'repas', 'manger', 'mangé', 'avoir mangé', 'ventre plein', 'le lait', 'digérer', 'après le lait', 'boisson']],
  ['bath', ['bain', 'baigner', 'bain de bébé', 'douche', 'laver', 'lavé']],
  ['sleeping', ["pendant qu'il dort", "pendant qu'elle dort", 'quand il dort', 'quand elle dort', "s'endort pendant", "s'il s'endort", "si elle s'endort", "s'endort", 'il dort', 'elle dort', 'qui dort', 'en dormant', 'sieste', 'endormi', 'endormie', 'à moitié endormi']],
  ['how-often', ['à quelle fréquence', 'combien de fois', 'tous les jours', 'chaque jour', 'une fois par jour', 'deux fois par jour', 'par semaine', 'par jour', 'fréquence', 'souvent', 'tous les soirs', 'chaque soir', 'quotidien', 'tous les matins']],
  ['how-long', ['combien de temps doit', 'combien de temps je', 'combien de temps il faut', 'combien de temps masser', 'combien de temps le masser', 'combien de temps la masser', 'combien de minutes', 'durer', 'dure', 'durée', 'longtemps', 'une séance']],
  ['age', ['âge maximum', 'âge minimum', 'quel âge', 'à partir de quel âge', "jusqu'à quel âge", 'âge', 'trop vieux', 'trop vieille', 'trop grand', 'trop grande', 'trop petit', 'trop petite', 'trop jeune', 'quand commencer', 'commencer à masser', 'commencer le massage', 'quand arrêter', 'arrêter le massage', 'bambin', 'il marche', 'elle marche', 'quatre pattes', 'mois', 'ans', 'un an', 'plus vieux', 'plus grand']],
  ['others', ['papa', 'père', 'conjoint', 'conjointe', 'mon mari', 'ma femme', 'mon chum', 'ma blonde', 'chum', 'grand mère', 'mamie', 'mémé', 'grand père', 'papi', 'pépé', 'grands parents', 'frère', 'sœur', 'tante', 'oncle', 'nounou', 'gardienne', 'assistante maternelle', 'baby sitter', "quelqu'un d'autre", 'une autre personne', 'maman', 'mère', 'la famille', 'partenaire', 'mon copain', 'ma copine', 'marraine', 'parrain']],
  ['pressure', ['appuyer', 'appuie', 'pression', 'fort', 'trop fort', 'faire mal', 'lui faire mal', 'douleur', 'doucement', 'fermement', 'pèse', 'peser', 'trop doux', 'assez fort', 'quelle force', 'blesser']],
  ['setting', ['pièce', 'chambre', 'quelle température', 'température de la pièce', 'chaud', 'chaleur', 'serviette', 'tapis', 'table à langer', 'par terre', 'sur le lit', 'canapé', 'sofa', 'divan', 'où est ce que', 'installer', 'déshabiller', 'tout nu', 'habillé', 'vêtements', 'moment de la journée', 'meilleur moment', 'quelle heure', 'au sol']],
  ['crying', ['pleure', 'pleurer', 'pleurs', 'hurle', 'crie', 'aime pas', "n'aime pas", 'déteste', 'apprécie pas', 'chigne', 'braille', 'se débat', 'refuse', 'énervé', "s'énerve", 'supporte pas', 'grogne', 'chiale']],
  ['when-not', ['fièvre', 'température', 'malade', 'rhume', 'grippe', 'infection', 'quand ne pas', 'pas masser', 'il ne faut pas', 'faut pas masser', 'jaunisse', 'ictère', 'jaune', 'bleu', 'ecchymose', 'fracture', 'opéré', 'opération', 'chirurgie', 'diarrhée', 'gastro', 'contre indication', 'éviter', 'dangereux', 'danger', 'sécuritaire', 'risque', 'bronchiolite', 'otite']],
  ['reflux', ['reflux', 'rgo', 'régurgite', 'régurgitation', 'régurgiter', 'renvoie', 'renvois', 'rejette', 'vomit', 'vomissement', 'crache du lait']],
  ['digestion', ['coliques', 'colique', 'gaz', 'ballonnement', 'constipation', 'constipé', 'digestion', 'transit', 'mal au ventre', 'mal de ventre', 'maux de ventre', 'mal à la bedaine', 'mal de bedaine', 'caca', 'selles', 'rot', 'roter', 'pets', 'sens des aiguilles', 'dans quel sens', 'quel sens', 'je tourne']],
  // La réponse sur les dents couvre aussi le nez bouché (les mêmes mouvements du visage).
  ['teething', ['dents', 'dent', 'poussée dentaire', 'poussées dentaires', 'gencive', 'gencives', 'nez bouché', 'congestion', 'congestionné', 'sinus']],
  ['breathing', ['respiration', 'respirer', 'respire', 'asthme', 'poumons', 'souffle']],
  ['immunity', ['immunité', 'immunitaire', 'défenses', 'défenses immunitaires', 'moins malade', 'tomber malade', 'moins souvent malade']],
  ['brain', ['cerveau', 'intelligent', 'intelligence', 'développement', 'développer', 'éveil', 'apprentissage', 'neurologique', 'cognitif', 'psychomoteur', 'myélinisation']],
  ['growth', ['poids', 'prendre du poids', 'grossir', 'grandir', 'croissance', 'muscles', 'musclé', 'tonus', 'plus fort']],
  ['bonding', ['lien', 'attachement', 'complicité', 'relation', 'rapprocher', 'proche', 'connexion', 'créer un lien']],
  ['relaxation', ['détendre', 'détente', 'détendu', 'calme', 'calmer', 'apaiser', 'apaise', 'stress', 'relaxer', 'relaxation', 'relaxant', 'cortisol', 'ocytocine', 'endorphines']],
  ['awareness', ['conscience de son corps', 'conscience', 'coordination', 'schéma corporel', 'motricité', 'équilibre']],
  ['circulation', ['circulation', 'sang', 'sanguine', 'oxygène', 'oxygénation']],
  ['autonomy', ['permission', 'consentement', 'son accord', 'lui demander', 'demander son accord', 'autonomie', 'respect', 'confiance en soi']],
  ['sleep', ['dormir', 'sommeil', 'nuits', 'faire ses nuits', 'dodo', 'endormir', 'coucher', 'le soir', 'la nuit', 'mieux dormir', 'dort mieux', 'réveils', 'se réveille']],
];

/**
 * What parents say about the baby, by what the guide does about it (guide/statements.ts): hiccups and
 * sneezes mean enough for now; a held finger and smiles mean yes; a nappy, a feed or spit-up mean see
 * to the baby, the place is kept; teething is comforted like crying.
 */
export const STATEMENT_CUES: Cues<StatementKind> = [
  ['fever', ['fièvre', 'de la température', 'fait de la température', 'brûlant', 'brûlante', 'il est chaud', 'elle est chaude', 'fiévreux', 'fiévreuse', '38', '39']],
  ['jaundice', ['jaunisse', 'ictère', 'jaune', 'teint jaune']],
  ['hiccups', ['hoquet', 'éternue', 'éternuer', 'éternuement', 'éternué']],
  ['unwell', ['malade', 'pas bien', 'pas en forme', 'rhume', 'enrhumé', 'enrhumée', 'toux', 'tousse', 'nez qui coule', 'morve', 'boutons', 'plaques', 'rougeurs', 'eczéma', 'diarrhée', 'gastro', 'vaccin', 'vaccins', 'vacciné', 'piqûre', 'piqûres', 'injection', 'otite', 'bronchiolite', 'infection']],
  ['feeding', ['faim', 'a faim', 'manger', 'tétée', 'téter', 'tète', 'sein', 'biberon', 'bouteille', 'boire', 'son boire', 'allaiter', 'réclame', 'suce son poing', 'suce ses doigts', 'le lait', 'fouille']],
  ['needs', ['couche', 'caca', 'pipi', 'selles', 'changer', 'la changer', 'le changer', 'mouillé', 'mouillée', 'fait dessus', 'vomi', 'régurgité', 'renvoyer', 'renvoyé', 'recraché', 'craché', 'besoin de moi', 'veut les bras', 'dans mes bras', 'pot', 'pipi partout']],
  ['asleep', ['dort', 'endormi', 'endormie', "s'est endormi", 'dodo', 'fait dodo', 'roupille', 'assoupi', 'assoupie']],
  ['tired', ['fatigué', 'fatiguée', 'sommeil', 'a sommeil', 'bâille', 'bâiller', 'baille', 'se frotte les yeux', 'frotte les yeux', 'cogne des clous', 'somnole', 'crevé', 'crevée', 'épuisé', 'épuisée']],
  ['crying', ['pleure', 'pleurer', 'pleurs', 'hurle', 'crie', 'chigne', 'braille', 'grognon', 'grognonne', 'grogne', 'râle', 'marabout', 'ronchon', 'chouine', 'pleurniche', 'chiale', 'dents', 'fait ses dents', 'perce une dent', 'bave', 'mâchouille', 'mordille', 'gencives', 'énervé', 'énervée', 'de mauvaise humeur', 'pas content', 'pas contente', 'agité', 'agitée']],
  ['dislikes', ['aime pas', "n'aime pas", 'déteste', 'tourne la tête', 'détourne', 'regarde ailleurs', 'se cambre', 'cambre', 'se raidit', 'tanné', 'tannée', 'repousse ma main', 'tout rouge', 'rouge', 'pâle', 'marbré', 'marbrée', 'serre les poings', 'apprécie pas', 'veut pas', 'en a assez', 'en a marre', 'pantoute']],
  ['happy', ['sourit', 'sourire', 'souriant', 'rit', 'rigole', 'gazouille', 'gazouiller', 'babille', 'adore', 'aime ça', 'aime ben ça', 'aime bien', 'aime beaucoup', 'apprécie', 'content', 'contente', 'heureux', 'heureuse', 'calme', 'détendu', 'détendue', 'tient mon doigt', 'me tient le doigt', 'attrape mon doigt', "m'attrape le doigt", 'serre mon doigt', 'me serre le doigt', 'serre le doigt', 'tient le doigt', 'me tient la main', 'agrippe', 'me regarde', 'bien réveillé', 'éveillé', 'éveillée', 'tout va bien']],
  ['moving', ['retourné', 'retournée', "s'est retourné", 'se retourne', 'roulé', 'sur le ventre', 'sur la bedaine', 'gigote', 'gigoter', 'bouge', 'bouger', 'grouille', 'se tortille', 'rampe', 'quatre pattes', 'tenir en place', 'tient pas en place', 'reste pas en place', "s'en va", 'donne des coups de pied']],
  ['wind', ['gaz', 'des gaz', 'coliques', 'colique', 'pet', 'pets', 'prout', 'rot', 'rots', 'roter', 'constipé', 'constipée', 'constipation', 'mal au ventre', 'mal de ventre', 'mal à la bedaine', 'mal de bedaine', 'ballonné', 'ventre dur', 'bedaine dure']],
];

/** Body parts inside words Alexa could not resolve as a part ("son visage, elle déteste ça"). */
export const PART_CUES: Cues<MassagePart> = [
  ['movements', ['mouvements doux', 'mouvement', 'étirement', 'étirer', 'gym', 'vélo', 'pédaler', 'exercices']],
  ['legs', ['jambe', 'jambes', 'pied', 'pieds', 'orteil', 'orteils', 'cuisse', 'mollet', 'cheville', 'genou', 'petons']],
  ['tummy', ['ventre', 'bedaine', 'bedon', 'estomac', 'bidon', 'abdomen', 'bide']],
  ['chest', ['poitrine', 'torse', 'thorax', 'buste']],
  ['arms', ['bras', 'main', 'mains', 'doigt', 'doigts', 'poignet', 'coude']],
  ['face', ['visage', 'tête', 'front', 'joue', 'joues', 'figure', 'frimousse', 'menton', 'face']],
  ['back', ['dos', 'colonne', 'épaules', 'nuque']],
];

/**
 * The guide's commands inside other words: "bon ben on fait quoi après", "attends, t'as dit quoi".
 * Longer cues win over shorter ones ("on recommence" over "encore").
 */
export const COMMAND_CUES: Cues<CommandKind> = [
  ['start-over', ['recommence', 'recommencer', 'on recommence', 'depuis le début', 'du début', 'au début', 'à zéro', 'tout reprendre']],
  ['previous', ['reviens en arrière', 'en arrière', 'retour', 'précédent', 'précédente', "celui d'avant", "d'avant", 'le dernier', 'retourne']],
  ['repeat', ['répète', 'répéter', 'répétez', 'redis', 'redire', 'encore une fois', 'une autre fois', 'pardon', 'pas compris', 'pas entendu', 'tu as dit quoi', 'encore']],
  ['pause', ['pause', 'attends', 'attendez', 'une minute', 'une seconde', 'deux secondes', 'un instant', 'un moment', 'minute']],
  ['resume', ['reprends', 'reprendre', 'on reprend', 'je suis revenu', 'je suis revenue', 'on est revenus', 'on est prêts', 'continuer', 'on repart']],
  ['next', ['suivant', 'suivante', 'la suite', 'prochain', 'prochaine', "c'est fait", 'fini', 'terminé', 'on passe', 'après']],
];

/**
 * Routines by what they are for, inside words Alexa could not resolve as a routine ("un massage pour
 * ses coliques", "celui pour le dodo"). Read only when the words are not a question (QUESTION_STARTS).
 */
export const ROUTINE_CUES: Cues<Exclude<RoutineId, `just-${string}`>> = [
  ['newborn', ['nouveau né', 'nouveau-né', 'nouveaux nés', 'semaines', 'quelques jours', 'tout petit', 'toute petite', 'naissance', 'premier massage']],
  ['bedtime', ['coucher', 'dodo', 'dormir', 'endormir', 'sommeil', 'nuit', 'soir', 'apaiser', 'calmer', 'détente', 'au lit']],
  ['colic', ['coliques', 'colique', 'gaz', 'rots', 'mal au ventre', 'mal de ventre', 'mal à la bedaine', 'constipation', 'constipé', 'ballonnements']],
  ['quick', ['rapide', 'court', 'courte', 'vite', 'vite fait', 'express', 'cinq minutes', 'pas le temps', 'pressé', 'pressée', 'petit massage']],
  ['full', ['complet', 'complète', 'au complet', 'entier', 'tout le corps', 'de la tête aux pieds', 'long', 'en entier']],
];

/**
 * Words near a topic without being about it: a question that has them and no cue ("je peux mettre
 * du talc ?") has no answer of its own, and this topic is offered as the nearest.
 */
export const NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic> = [
  ['oil', ['talc', 'poudre', 'savon', 'lingettes', 'shampoing', 'produit', 'produits', 'parfum']],
  ['setting', ['musique', 'chanson', 'chanter', 'lumière', 'lumières', 'ongles', 'bagues', 'bijoux', 'téléphone', 'télé', 'bruit', 'silence']],
  ['bath', ['piscine', 'nager', 'eau']],
  ['brain', ['parler', 'langage', 'mots', 'regard', 'yeux dans les yeux']],
  ['others', ['crèche', 'garderie', 'jumeaux', 'jumelles', 'cours', 'atelier', 'instructrice', 'monitrice']],
  ['when-not', ['opération', 'cassé', 'blessure', 'médicament', 'hôpital', 'urgences']],
  ['age', ['mois', 'ramper', 'marcher', 'assis', 'année']],
  ['crying', ['grognon', 'ronchon', 'agité', 'gigote']],
];

/** Words too common to say what a question is about ("est-ce que je peux faire ça à mon bébé ?"), as stems. */
export const COMMON_WORDS: readonly string[] = [
  'les', 'une', 'des', 'est', 'que', 'qui', 'quoi', 'quel', 'quell', 'comment', 'pourquoi', 'quand', 'pour', 'avec', 'dans', 'sur', 'pas', 'aux', 'ell', 'elle',
  'nous', 'vous', 'ils', 'mon', 'mes', 'ton', 'tes', 'son', 'ses', 'beb', 'bebe', 'mass', 'massag', 'peux', 'peut', 'pouvon', 'pouv', 'fair', 'fait', 'faut', 'dois',
  'doit', 'devr', 'devrai', 'plus', 'tre', 'tres', 'trop', 'tout', 'toute', 'aussi', 'alor', 'alors', 'mai', 'mais', 'oui', 'non', 'bien', 'bon', 'bonn', 'ben', 'cela', 'ceci',
  'cett', 'cet', 'ces', 'celui', 'cel', 'ici', 'la', 'voila', 'avoir', 'etre', 'ete', 'avant', 'apres', 'pendant', 'encor', 'deja', 'moi', 'toi', 'lui', 'leur',
  'sont', 'sera', 'mieux', 'chos', 'quelqu', 'genr', 'peu', 'beaucoup', 'vraiment', 'vrai', 'dir', 'dit', 'sai', 'sais', 'veux', 'veut', 'correct', 'normal',
  'bebes', 'petit', 'enfant', 'fille', 'fil', 'garcon', 'sûr', 'sur', 'ok', 'okay', 'tu', 'est-c',
];

/** How a question starts: words that begin with one are asked, and never start a routine. */
export const QUESTION_STARTS: readonly string[] = [
  'est-ce', 'est', "qu'est-ce", "qu'est", 'que', 'quoi', 'pourquoi', 'comment', 'quand', 'quel', 'quelle', 'quels', 'quelles', 'combien', 'où', 'qui', 'peux', 'puis', 'peut',
  'faut', 'dois', 'doit', 'devrais', 'y', 'ça', 'à', 'jusqu\'à',
];
