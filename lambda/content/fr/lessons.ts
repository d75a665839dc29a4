import { Line, StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { FrenchVocabulary } from './vocabulary';

/**
 * The course's own words (routine/lessons.ts): each lesson's opening, its reviews and practice passes,
 * and what a lesson adds the first time it teaches a stroke.
 */
export function lessonSteps(words: FrenchVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);
  const ask = 'Réchauffez vos mains, montrez-les à votre bébé, et demandez : je peux te masser ?';
  const returning = (extra: string): StepScript['returning'] => ({
    how: [`${checkInBrief} ${extra}`, pause(2)],
    practice: ['Expirez lentement, réchauffez vos mains, et demandez : je peux te masser ?', pause(9)],
    watch: '',
  });
  const called = (name: string, how: string, watch: string): StepScript => ({ name, how: [how], practice: [], watch });
  /** The opening of lessons two to five: the full check for a first-timer, what today brings, the asking. */
  const later = (today: string, watch: string, todayInBrief = today): StepScript => ({
    name: 'On se prépare',
    how: [check, setting, oil, today],
    practice: ['Relâchez vos épaules, et expirez lentement.', pause(8), ask, pause(10), 'Guettez son oui.', pause(6)],
    watch,
    returning: returning(todayInBrief),
  });

  return {
    // La première semaine enseigne le début lui-même : se détendre, demander, lire la réponse. Toujours en entier.
    'lesson-1-opening': {
      name: 'Bienvenue dans le cours',
      how: [
        'En cinq leçons, une par semaine si vous voulez, vous allez apprendre tout le massage, une partie à la fois, et vous entraîner à la maison entre deux leçons.',
        check,
        setting,
        oil,
        "Aujourd'hui : comment commencer, puis les jambes et les pieds. Les bébés ont l'habitude d'être touchés là : c'est l'endroit le plus facile pour débuter.",
      ],
      practice: [
        "D'abord, détendez-vous. Relâchez vos épaules, et expirez lentement.",
        pause(8),
        "Frottez un peu d'huile entre vos mains, près de votre bébé, pour qu'il l'entende.",
        pause(6),
        'Maintenant, demandez-lui. Montrez vos mains ouvertes, regardez-le dans les yeux, et dites doucement : je peux te masser ?',
        pause(9),
        "Un oui, ce sont des yeux brillants, des bras qui se tendent, des petits mouvements souples. S'il détourne la tête, pleure ou se cambre, c'est non pour l'instant.",
        pause(8),
        'Posez vos mains chaudes sur ses jambes, et continuez à respirer lentement.',
        pause(8),
      ],
      watch: "Demandez-lui à chaque fois, même tout petit : demander fait partie du massage.",
    },

    'lesson-2-opening': later(`Aujourd'hui : un rappel des jambes, puis ${words.tummy}.`, "Si votre bébé n'est pas d'humeur aujourd'hui, un câlin, c'est très bien. Il y aura demain."),
    'lesson-3-opening': later(
      `Aujourd'hui : un rappel des jambes et ${words.ofTummy}, puis la poitrine, les bras et les mains.`,
      "Au début, les bras restent souvent serrés. C'est normal : on y va doucement.",
    ),
    'lesson-4-opening': later(
      "Gardez un linge à portée de main pour vous essuyer les mains avant le visage. Aujourd'hui : le visage, puis le dos.",
      "Certains bébés adorent qu'on leur masse le visage, d'autres pas : les deux sont normaux.",
      "Un linge pour vos mains. Aujourd'hui : le visage, puis le dos.",
    ),
    'lesson-5-opening': later(
      "Aujourd'hui : tout le massage dans l'ordre, chaque mouvement par son nom, et les mouvements doux pour finir.",
      "Le massage complet, c'est beaucoup pour certains bébés. On peut toujours s'arrêter en cours de route.",
      "Aujourd'hui : tout le massage, et les mouvements doux pour finir.",
    ),

    'legs-review': called('Rappel des jambes', 'Les mouvements des jambes de la semaine dernière : chacun sur une jambe, puis sur l\'autre. Je vous les annonce.', "Si votre bébé s'agite, dites : on saute cette partie."),
    'tummy-review': called(`Rappel ${words.ofTummy}`, `Les mouvements ${words.ofTummy}, dans le sens des aiguilles d'une montre, tout en légèreté. Je vous les annonce.`, `Si ${words.tummy} se crispe ou s'il fronce les sourcils, plus léger, ou laissez ça pour aujourd'hui.`),
    'tummy-practice': {
      ...called('On s\'entraîne', `Maintenant les trois mouvements ${words.ofTummy}, dans l'ordre, sans les explications. Je vous annonce chacun.`, `Si ${words.tummy} est dur et tendu, ou s'il pleure, on arrête, et on fait un câlin.`),
      connect: 'Chantez ou fredonnez doucement en même temps.',
    },
    'face-practice': called('On s\'entraîne', 'Les deux mouvements du visage, tout doucement, sans les explications. Je vous les annonce.', "S'il détourne la tête, gardez le visage pour un autre jour."),
    'back-practice': called('On s\'entraîne', 'Les deux mouvements du dos, sans les explications. Je vous les annonce.', 'Gardez toujours une main sur votre bébé.'),
    'whole-legs': called('Le massage complet', "À partir de maintenant, tout le massage dans l'ordre, chaque mouvement par son nom : d'abord les jambes et les pieds, une jambe puis l'autre.", 'Suivez votre bébé : pour sauter une partie, dites simplement : on saute cette partie.'),
    'whole-tummy': called(capitalised(words.tummy), `Les mouvements ${words.ofTummy}, dans le sens des aiguilles d'une montre, tout en légèreté. Je vous les annonce.`, `Si ${words.tummy} se crispe, plus léger, ou passez à la suite.`),
    'whole-chest-and-arms': called('La poitrine, les bras et les mains', 'Le livre ouvert, puis les mouvements des bras et des mains, un bras puis l\'autre.', 'Si un bras reste serré, secouez-le tout doucement, et dites : détends-toi.'),
    'whole-face': called('Le visage', 'Essuyez-vous les mains. Les mouvements du visage, tout légers. Je vous les annonce.', "S'il détourne la tête, laissez le visage pour aujourd'hui."),
    'whole-back': called('Le dos', 'Les mouvements du dos, une main toujours posée sur votre bébé. Je vous les annonce.', "S'il relève la tête et s'énerve, remettez-le sur le dos et faites-lui un câlin."),
  };
}

/** "Le ventre" as a heading. */
function capitalised(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * What a lesson says the first time it teaches each stroke (RoutineStep.teach), after the usual how-to:
 * why it is done, and what the hands should feel. Claims stay with what the reference supports.
 */
export const TEACHING: Readonly<Record<string, readonly Line[]>> = {
  'leg-indian-milking': ["La traite indienne s'éloigne du corps, vers les pieds. Toute la main touche : la paume et les doigts, pas seulement le bout des doigts."],
  'leg-hug-and-glide': ["Serrer et glisser, c'est comme essorer tout doucement. La torsion est minuscule : pensez à tourner un robinet, pas à essorer un linge."],
  'foot-sole': ["Les pieds sont souvent le moment préféré. Vos pouces restent à plat et avancent l'un après l'autre, comme de petits pas."],
  'foot-top-and-ankle': ["Sur le dessus du pied, vos pouces appuient légèrement, sans jamais repousser les orteils vers l'arrière. Les cercles autour de la cheville sont minuscules."],
  'leg-swedish-milking': ["La traite suédoise va dans l'autre sens, du pied vers la cuisse. Elle termine la jambe par un long mouvement calme."],
  'legs-integration': ["Ce mouvement relie tous les autres, pour que les jambes forment un tout. C'est une bonne façon de finir les jambes à chaque fois."],
  'tummy-water-wheel': ["Vos mains pagaient l'une après l'autre, comme une roue à aubes, toujours vers le bas, en s'éloignant des côtes. Restez sous les côtes, et à l'écart du nombril s'il n'est pas encore cicatrisé."],
  'tummy-sun-and-moon': ["Le soleil, c'est un cercle complet avec une main ; la lune, un demi-cercle avec l'autre. Dans le sens des aiguilles d'une montre, comme tous les mouvements du ventre."],
  'tummy-i-love-you': ["Dites je t'aime en traçant les lettres : I, L, puis un U à l'envers. Les bébés finissent par les reconnaître."],
  'chest-open-book': ["Vos mains à plat s'ouvrent vers l'extérieur, comme on tourne les pages d'un livre, et reviennent en arrondi, comme un cœur. Pas plus de pression que sur le ventre."],
  'arm-milking': ["Les bras restent souvent serrés contre le corps. Ne tirez jamais dessus pour les tendre : si un bras reste plié, caressez-le tel quel."],
  'hand-palm-and-fingers': ["Les bébés agrippent souvent un doigt : c'est très bien. N'ouvrez la main que si elle s'ouvre facilement."],
  'face-forehead-and-nose': ['Ce sont vos pouces qui travaillent, tout légèrement. Beaucoup de bébés ferment les yeux à ce moment-là.'],
  'face-smile-and-jaw': ['Certains parents font ces petits cercles sur la mâchoire quand bébé fait ses dents. Gardez un toucher très léger.'],
  'back-back-and-forth': ["Vos mains vont et viennent en sens opposé sur le dos, comme pour poncer une planche, lentement. N'appuyez jamais sur la colonne."],
  'back-circles-and-combing': ["Les cercles se font de chaque côté de la colonne, jamais dessus. Le peigne, c'est le toucher le plus léger de tout le massage."],
  'gentle-movements': ["C'est un jeu, pas de la gymnastique. N'allez que jusqu'où votre bébé bouge facilement, et arrêtez à la moindre résistance."],
};
