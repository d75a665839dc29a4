import { StepScript, pause } from '../types';
import { slowCount } from './count';
import { TEACHING, lessonSteps } from './lessons';
import { FrenchVocabulary } from './vocabulary';

/**
 * Every step after the openings, by step id (content/fr/steps.ts has the openings). The stroke names
 * are the ones French-speaking infant massage classes use: traite indienne, roue à aubes, soleil et
 * lune, livre ouvert, papillon.
 */
export function strokes(words: FrenchVocabulary): Record<string, StepScript> {
  return { ...withTeaching(massageStrokes(words)), ...lessonSteps(words) };
}

/** The strokes of the massages, each with what a lesson adds when it teaches it. */
function withTeaching(scripts: Record<string, StepScript>): Record<string, StepScript> {
  return Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, TEACHING[id] ? { ...script, teach: TEACHING[id] } : script]));
}

function massageStrokes(words: FrenchVocabulary): Record<string, StepScript> {
  const cuddle: StepScript = {
    name: 'Le câlin de la fin',
    how: ['Prenez votre bébé dans vos bras, peau contre peau si vous voulez.'],
    practice: ['Respirez lentement, ensemble.', pause(10), 'Sentez comme il est chaud et détendu.', pause(10), 'Gardez-le simplement contre vous.', pause(10)],
    connect: 'Remerciez votre bébé pour ce massage.',
    watch: 'Il aura peut-être envie de manger ou de dormir maintenant. Suivez son rythme.',
  };

  return {
    'leg-indian-milking': {
      name: 'La traite indienne',
      how: [
        "Commencez par une jambe. Tenez la cheville, entourez le haut de la cuisse avec l'autre main, et glissez jusqu'au pied.",
        'Puis changez de main, comme si vous tiriez sur une corde.',
      ],
      times: 'Environ trois fois.',
      practice: ["La cuisse, jusqu'au pied.", pause(10), 'On change de main, et on descend.', pause(10), 'Encore une fois, lentement, tout en douceur.', pause(9)],
      connect: "Dites-lui : ça, c'est ta jambe.",
      watch: 'Si la jambe est raide, tenez-la sans bouger, secouez-la tout doucement, et dites : détends-toi.',
    },

    // La traite indienne du nouveau-né : il protège l'intérieur des cuisses, les mains restent à l'extérieur et plus bas.
    'newborn-leg-milking': {
      name: 'La traite indienne',
      how: [
        "Commencez par une jambe. Tenez la cheville, posez l'autre main le long de l'extérieur de la cuisse, et glissez jusqu'au pied. Restez sur l'extérieur de la cuisse et plus bas.",
        'Puis changez de main, comme si vous tiriez sur une corde.',
      ],
      times: 'Environ trois fois.',
      practice: ["L'extérieur de la cuisse, jusqu'au pied.", pause(10), 'On change de main, et on descend.', pause(10), 'Encore une fois, lentement, tout en douceur.', pause(9)],
      connect: "Dites-lui : ça, c'est ta jambe.",
      watch: 'Si la jambe est raide, tenez-la sans bouger, secouez-la tout doucement, et dites : détends-toi.',
    },

    'leg-hug-and-glide': {
      name: 'Serrer et glisser',
      how: [
        "Entourez le haut de la cuisse avec vos deux mains. Serrez doucement et tournez un peu les mains en sens opposé en glissant jusqu'à la cheville.",
        'Encore plus doucement autour du genou.',
      ],
      times: 'Environ trois fois.',
      practice: ['On serre, on tourne, on glisse.', pause(10), 'On remonte en haut, et encore.', pause(10), "Une dernière fois, jusqu'à la cheville.", pause(9)],
      connect: 'Une petite chanson douce va très bien ici.',
      watch: 'Regardez son visage pendant le mouvement : s\'il fronce les sourcils, allez plus léger.',
    },

    'foot-sole': {
      name: 'Pouce sur pouce, et les orteils',
      how: [
        "Tenez le pied. Avec vos pouces, l'un après l'autre, caressez la plante du talon jusqu'aux orteils.",
        'Puis roulez chaque orteil entre votre pouce et votre index, et laissez-le glisser.',
      ],
      times: 'Trois fois, puis chaque orteil une fois.',
      practice: ["Pouce sur pouce, du talon aux orteils.", pause(11), 'Maintenant chaque petit orteil, en partant du gros.', pause(15)],
      connect: 'Essayez une comptine, comme la petite bête qui monte.',
      watch: 'Si les orteils se recroquevillent, ralentissez et laissez-les se détendre.',
    },

    'foot-top-and-ankle': {
      name: 'Pressions du pouce, dessus du pied, et cheville',
      how: [
        'Faites de petites pressions du pouce sur toute la plante et sous les orteils.',
        "Puis caressez le dessus du pied, de la cheville aux orteils, et faites des petits cercles du bout des doigts autour de l'os de la cheville.",
      ],
      times: 'Quelques-uns de chaque.',
      practice: ['Petites pressions, sur toute la plante.', pause(10), 'Le dessus du pied, de la cheville aux orteils.', pause(9), 'Petits cercles autour de la cheville.', pause(9)],
      connect: 'Comptez les pressions à voix haute.',
      watch: 'S\'il retire son pied, laissez-le faire, et revenez doucement.',
    },

    'leg-swedish-milking': {
      name: 'La traite suédoise, et le roulement',
      how: [
        "Maintenant, glissez dans l'autre sens, de la cheville jusqu'à la hanche, une main après l'autre.",
        'Puis roulez la jambe souplement entre vos paumes à plat, de la cuisse à la cheville.',
      ],
      times: 'Trois fois chacun.',
      practice: ["De la cheville jusqu'à la hanche.", pause(10), 'Et encore.', pause(8), 'Maintenant on roule, de la cuisse à la cheville.', pause(10), 'Une dernière fois, bien souple.', pause(8)],
      connect: 'Dites-lui comme ses jambes sont fortes.',
      watch: 'Ne tirez jamais sur le genou et ne le tordez pas. Si la jambe se crispe, posez simplement votre main.',
    },

    'other-leg': {
      name: "L'autre jambe",
      how: ["Les mêmes mouvements sur l'autre jambe. Je vous les annonce un par un."],
      practice: ['Posez votre main dessus.', pause(4)],
      connect: 'Nommez chaque partie : la cuisse, le genou, la cheville, les orteils.',
      watch: "S'il s'agite, dites simplement : on saute cette partie.",
    },

    'other-leg-one-stroke': {
      name: "L'autre jambe",
      how: ["Le même mouvement sur l'autre jambe. Je vous l'annonce."],
      practice: ['Posez votre main dessus.', pause(4)],
      connect: 'Nommez chaque partie : la cuisse, le genou, la cheville, les orteils.',
      watch: "S'il s'agite, dites simplement : on saute cette partie.",
    },

    'legs-integration': {
      name: 'Cercles sur les fesses, et le grand balayage',
      how: [
        'Glissez vos mains sous les fesses de votre bébé, et faites de lents cercles.',
        "Puis balayez des hanches jusqu'aux pieds, les deux mains sur les deux jambes, en un seul long mouvement.",
      ],
      times: 'Quelques cercles, puis trois balayages.',
      practice: ['De lents cercles.', pause(10), "Un long balayage, jusqu'aux pieds.", pause(8), 'Encore.', pause(8), 'Et une dernière fois.', pause(6)],
      connect: 'Dites-lui : les jambes, c\'est fini.',
      watch: "Si la peau rougit, pâlit ou se marbre, ou s'il serre les poings, ça suffit pour l'instant : enveloppez-le bien au chaud.",
    },

    'tummy-water-wheel': {
      name: 'La roue à aubes',
      how: [
        `Pas juste ${words.afterFeed}, et évitez le nombril tant qu'il n'est pas cicatrisé.`,
        `Restez sous les côtes. Les mains comme des pagaies, l'une après l'autre, descendent doucement du bas des côtes jusqu'au bas ${words.ofTummy}.`,
      ],
      times: 'Environ six fois.',
      practice: ['Une main, puis l\'autre.', pause(10), 'Bien lentement.', pause(10), 'Une main après l\'autre.', pause(10)],
      connect: `Parlez-lui doucement : voilà ${words.yourTummy}.`,
      watch: `Si ${words.tummy} se contracte, laissez vos mains immobiles jusqu'à ce que ça se relâche.`,
    },

    'knees-up': {
      name: 'Les genoux sur le ventre',
      how: [`Tenez le bas des deux jambes, et ramenez doucement les genoux vers ${words.tummy}. Gardez-les là le temps de compter lentement jusqu'à six, puis allongez les jambes.`],
      practice: ['Les genoux remontent, et on tient.', ...slowCount(6), 'Et on allonge.', pause(5)],
      watch: "N'allez jamais plus loin que ce qui est confortable pour votre bébé.",
    },

    'tummy-sun-and-moon': {
      name: 'Soleil et lune',
      how: [
        "Dans le sens des aiguilles d'une montre, vu d'en haut : on monte par le côté droit de bébé, on traverse, et on descend par son côté gauche.",
        "Une main fait un cercle complet : le soleil. L'autre suit avec un demi-cercle, d'environ dix heures à cinq heures : la lune.",
      ],
      times: 'Environ six fois.',
      practice: ['Le cercle, et la lune.', pause(11), 'Le cercle, et la lune.', pause(11), 'Lentement, régulièrement.', pause(10)],
      connect: 'Fredonnez un air lent en tournant.',
      watch: `Le hoquet ou un petit renvoi veulent dire que ${words.tummy} en a assez : on arrête là, et on fait un câlin.`,
    },

    'tummy-i-love-you': {
      name: "Je t'aime, en trois lettres",
      how: [
        `Tracez trois lettres ${words.onTummy}. Le I : tout droit, le long du côté gauche de bébé.`,
        'Le L : en travers sous les côtes, du côté droit de bébé vers son côté gauche, puis on descend.',
        'Le U, à l\'envers : on monte par le côté droit de bébé, on traverse, et on descend à gauche.',
      ],
      times: 'Deux fois.',
      practice: ['Le I.', pause(5), 'Le L.', pause(6), 'Le U.', pause(6), "Et encore. I, L, U : je t'aime.", pause(15)],
      connect: "Dites je t'aime en traçant les lettres.",
      watch: "S'il fait un pet, c'est normal. Continuez doucement.",
    },

    'chest-open-book': {
      name: 'Le livre ouvert, et le papillon',
      how: [
        'Les mains à plat, jointes au milieu de la poitrine. Glissez vers l\'extérieur le long des côtes et revenez en arrondi, comme un cœur.',
        "Le papillon : une main à la fois, du côté des côtes jusqu'à l'épaule opposée, et retour.",
      ],
      times: 'Trois fois chacun.',
      practice: ['On ouvre le livre.', pause(10), 'Et encore.', pause(8), "Le papillon, d'un côté.", pause(9), "Et de l'autre.", pause(9)],
      connect: 'Regardez votre bébé dans les yeux.',
      watch: "Un bâillement ou un regard qui fuit, c'est une pause : gardez vos mains posées jusqu'à ce qu'il vous regarde à nouveau.",
    },

    'arm-milking': {
      name: "Sous le bras, et la traite",
      how: [
        "Commencez par un bras : quelques caresses douces sous l'aisselle.",
        "Puis tenez le poignet, et glissez de l'épaule jusqu'à la main, une main après l'autre. Puis serrer et glisser.",
      ],
      times: 'Environ trois fois chacun.',
      practice: ["Sous l'aisselle.", pause(6), "La traite, de l'épaule à la main.", pause(10), 'Et encore.', pause(8), 'Serrer et glisser.', pause(10)],
      connect: 'Nommez-les : ton bras, ton coude, ta main.',
      watch: "Si le bras reste serré contre la poitrine, faites-le rebondir doucement et dites : détends-toi. Ne tirez jamais dessus pour le tendre.",
    },

    'hand-palm-and-fingers': {
      name: 'La paume, les doigts et le poignet',
      how: ['Ouvrez la main avec vos pouces, de la base de la paume vers les doigts. Roulez chaque doigt. Caressez le dos de la main, puis faites des cercles autour du poignet.'],
      times: 'Trois fois, et chaque doigt une fois.',
      practice: ['On ouvre la paume.', pause(9), 'Chaque petit doigt.', pause(11), 'Le dos de la main.', pause(8), 'Des cercles autour du poignet.', pause(8)],
      connect: 'Comptez ses doigts à voix haute.',
      watch: "Des poings serrés, c'est qu'il n'est pas sûr : caressez le dos de la main, et laissez-la s'ouvrir toute seule.",
    },

    'other-arm': {
      name: "L'autre bras",
      how: ["D'abord, finissez ce bras : remontez du poignet jusqu'à l'épaule, puis roulez-le entre vos paumes."],
      practice: ["Jusqu'à l'épaule.", pause(9), 'Et on roule.', pause(8), "Maintenant l'autre bras. Je vous annonce les mouvements.", pause(2)],
      after: ["Jusqu'à l'épaule, et on roule.", pause(12)],
      connect: 'Chantez en même temps, si vous voulez.',
      watch: "Essuyez l'huile sur ses mains avant qu'il ne les mette à la bouche.",
    },

    'face-forehead-and-nose': {
      name: 'Le front, les sourcils et les joues',
      how: [
        'Ici, votre toucher le plus léger.',
        "Du bout des doigts, du milieu du front vers les tempes. Les pouces le long des sourcils, vers l'extérieur. Puis du haut du nez, le long de ses côtés, et vers l'extérieur sur les joues.",
      ],
      times: 'Trois fois chacun.',
      practice: ['Le front, vers les côtés.', pause(9), 'Les sourcils.', pause(8), 'Le nez, et les joues.', pause(9), 'Encore une fois, les trois.', pause(11)],
      connect: 'Gardez le sourire. Votre bébé vous regarde.',
      watch: "Certains bébés adorent ça, d'autres pas. S'il détourne la tête, laissez le visage pour aujourd'hui.",
    },

    'face-smile-and-jaw': {
      name: 'Le sourire, la mâchoire et les oreilles',
      how: [
        'Avec vos pouces, dessinez un sourire au-dessus de la lèvre du haut, puis sous la lèvre du bas.',
        "Tout légèrement, de minuscules cercles à l'articulation de la mâchoire. Puis caressez derrière les oreilles, et sous le menton.",
      ],
      times: 'Trois fois chacun.',
      practice: ['Le sourire du haut.', pause(8), 'Le sourire du bas.', pause(8), 'Petits cercles sur la mâchoire.', pause(9), 'Les oreilles, et le menton.', pause(9)],
      connect: 'Souriez-lui en retour.',
      watch: "S'il détourne la tête, c'est assez pour le visage aujourd'hui.",
    },

    'back-back-and-forth': {
      name: 'Les va-et-vient',
      how: [
        'Continuez à lui parler : il ne vous voit plus.',
        "Les mains en travers du dos, qui vont et viennent en sens opposé, en descendant jusqu'aux fesses, puis en remontant.",
        "Puis le balayage : une main reste posée sur les fesses, l'autre descend depuis la nuque.",
      ],
      times: 'Trois fois chacun.',
      practice: ['Va-et-vient, on descend.', pause(10), 'Et on remonte.', pause(9), 'On balaie.', pause(8), 'Et on balaie.', pause(8)],
      connect: 'Continuez à lui parler, doucement.',
      watch: "S'il se débat sur le ventre, arrêtez-vous là et faites-lui un câlin.",
    },

    'back-circles-and-combing': {
      name: 'Les cercles, et le peigne',
      how: [
        'De petits cercles du bout des doigts de chaque côté de la colonne, jamais dessus, des épaules jusqu\'aux fesses.',
        'Puis peignez légèrement le dos et les jambes du bout des doigts.',
      ],
      times: 'Un passage de cercles, puis trois coups de peigne.',
      practice: ['Petits cercles.', pause(11), 'On continue de descendre le long du dos.', pause(11), 'Maintenant, le peigne.', pause(8), 'Plus léger.', pause(6), 'Léger comme une plume.', pause(6)],
      connect: 'Une chanson chuchotée va bien avec ce moment.',
      watch: "S'il commence à s'endormir, ralentissez encore : c'est le signe qu'il est temps de finir.",
    },

    'gentle-movements': {
      name: 'Les mouvements doux',
      how: [
        'Lentement, comme un jeu, jamais plus loin que ce que votre bébé veut.',
        "Croisez ses bras sur la poitrine, puis ouvrez-les grand. Puis amenez un bras et la jambe opposée à se rejoindre au-dessus du ventre, et ouvrez. Puis l'autre bras et l'autre jambe.",
      ],
      times: 'Trois fois chacun.',
      practice: [
        'On croise les bras, et on ouvre grand.',
        pause(10),
        "Un bras vers la jambe opposée, et on ouvre. Puis de l'autre côté.",
        pause(12),
        'Les genoux remontent, et on tient.',
        ...slowCount(6),
        "On allonge. Maintenant, pédalez doucement avec ses jambes, puis laissez-les s'allonger toutes seules.",
        pause(11),
      ],
      connect: "Faites-en un jeu : un, deux, trois, on s'étire !",
      watch: "Ne forcez jamais et ne tendez jamais les jambes : si un membre résiste, suivez-le, ou laissez-le.",
    },

    'closing-cuddle': cuddle,

    // Le câlin du massage anti-coliques : un parent venu directement à l'ouverture courte entend ici,
    // une fois, les conseils sur les coliques, là où il prévoit la prochaine fois.
    'colic-closing': {
      ...cuddle,
      returning: {
        how: cuddle.how,
        practice: cuddle.practice,
        watch:
          'Pour les gaz, le massage anti-coliques se fait deux ou trois fois par jour, pendant environ deux semaines. ' +
          `Si les pleurs durent, ou si quelque chose vous inquiète, parlez-en à ${words.healthProfessional}.`,
      },
    },

    'once-more': {
      name: 'Encore une fois',
      how: ['Les mêmes mouvements, un peu plus lentement. Je vous les annonce.'],
      practice: [],
      watch: "Arrêtez dès que votre bébé en a assez.",
    },

    'colic-round-two': {
      name: 'Deuxième tour',
      how: ['Les quatre mêmes mouvements. Je vous les annonce.'],
      practice: [],
      watch: "Certains bébés lâchent des gaz à ce moment-là. Continuez doucement, et arrêtez dès que votre bébé en a assez.",
    },

    'colic-round-three': {
      name: 'Dernier tour',
      how: ['Les quatre mêmes mouvements, une dernière fois. Je vous les annonce.'],
      practice: [],
      watch: `Terminez avec les mains posées ${words.onTummy}.`,
    },

    'bedtime-settle': {
      name: "L'endormissement",
      how: ['Gardez une main immobile sur son dos, et l\'autre posée sur sa tête. Quand il somnole, couchez-le dans son lit, sur le dos.'],
      practice: ['Les mains immobiles.', pause(15), 'Respirez lentement.', pause(15), 'Et on se repose.', pause(10)],
      watch: 'Bonne nuit.',
    },
  };
}
