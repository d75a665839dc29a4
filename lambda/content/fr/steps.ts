import { StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { strokes } from './strokes';
import { FrenchVocabulary } from './vocabulary';

/**
 * Every step of every routine, once, by step id (routine/routines.ts says which routine uses which),
 * the same ids and the same pauses as the English scripts. Most of each script is quiet practice:
 * short cues, then time to do the stroke. Tummy strokes go clockwise as the parent looks down, from
 * the baby's right to the baby's left. The whole French pack is one lazily loaded chunk, so the strokes
 * are simply built with the openings.
 */
export function steps(words: FrenchVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);

  const openings: Record<string, StepScript> = {
    opening: {
      name: 'On se prépare',
      how: [check, setting, oil, 'Une pression douce mais ferme : un effleurement trop léger chatouille.'],
      practice: [
        'Réchauffez vos mains en les frottant près de votre bébé, pour qu\'il entende.',
        pause(8),
        'Montrez-lui vos mains, regardez-le dans les yeux, et demandez doucement : je peux te masser ?',
        pause(10),
        'Guettez son oui : des yeux brillants, un sourire, des petits mouvements souples.',
        pause(12),
        'Respirez lentement, et relâchez vos épaules.',
        pause(12),
      ],
      watch: "S'il pleure, détourne la tête ou se cambre, c'est non pour aujourd'hui : un câlin, et vous essaierez une autre fois.",
      returning: {
        how: [`${checkInBrief} Réchauffez vos mains.`, pause(4)],
        practice: ['Demandez : je peux te masser ? Et guettez son oui.', pause(7)],
        watch: '',
      },
    },

    // Le visage seul : ni déshabillage ni huile, et les mains finissent sur la tête, prêtes pour le premier mouvement.
    'face-opening': {
      name: 'On se prépare',
      how: [
        check,
        'Bébé sur une serviette ou sur vos genoux, dans une pièce chaude ; il peut garder ses vêtements. Ongles courts, ni bagues ni bracelets.',
        "Pas d'huile pour le visage : des mains propres, sèches et chaudes.",
      ],
      practice: [
        'Montrez-lui vos mains, regardez-le dans les yeux, et demandez doucement : je peux te masser ?',
        pause(10),
        'Guettez son oui : des yeux brillants, un sourire, des petits mouvements souples.',
        pause(10),
        'Posez doucement vos paumes de chaque côté de sa tête, sans jamais appuyer sur la fontanelle.',
        pause(6),
      ],
      watch: "S'il pleure, détourne la tête ou se cambre, c'est non pour aujourd'hui : un câlin, et vous essaierez une autre fois.",
      returning: {
        how: [`${checkInBrief} Des mains propres et sèches, sans huile.`, pause(2)],
        practice: ['Demandez, guettez son oui, puis posez vos paumes de chaque côté de sa tête.', pause(6)],
        watch: '',
      },
    },

    'colic-opening': {
      name: 'On se prépare pour le massage anti-coliques',
      how: [
        check,
        `Certains parents trouvent que ces mouvements ${words.ofTummy} aident à évacuer les gaz, même si les études sont partagées. On les fait deux ou trois fois par jour pendant environ deux semaines, ` +
          'et pas pendant que bébé pleure fort.',
        "Avant six semaines environ, gardez un toucher très léger et arrêtez-vous après un tour, ou choisissez plutôt le massage du nouveau-né.",
        `Si les pleurs durent, ou si quelque chose vous inquiète, parlez-en à ${words.healthProfessional}.`,
        setting,
        oil,
      ],
      practice: [
        'Réchauffez vos mains.',
        pause(6),
        'Demandez à votre bébé : je peux te masser ? Et guettez son oui.',
        pause(10),
        'Respirez lentement, et relâchez vos épaules.',
        pause(10),
      ],
      connect: 'Parlez-lui doucement tout du long.',
      watch: "Restez sous les côtes, et évitez le nombril tant qu'il n'est pas cicatrisé.",
      returning: {
        how: [`${checkInBrief} Réchauffez vos mains.`, pause(2)],
        practice: ['Demandez, et guettez son oui. Pas pendant que bébé pleure fort.', pause(6)],
        watch: '',
      },
    },

    'bedtime-opening': {
      name: 'On se prépare',
      how: [check, 'Baissez la lumière, et parlez tout bas. Bébé sur une serviette, dans une pièce chaude. Ongles courts, pas de bagues.', oil],
      practice: [
        'Réchauffez vos mains.',
        pause(6),
        'Demandez tout bas : je peux te masser ?',
        pause(8),
        'Maintenant, mettez votre bébé sur le ventre, sur la serviette, une main toujours posée sur lui. Une main sur son dos, l\'autre sur sa tête.',
        pause(12),
      ],
      connect: 'Fredonnez un air lent.',
      watch: "S'il dort déjà, laissez-le dormir : pas besoin de massage.",
      returning: {
        how: [`${checkInBrief} Lumière tamisée.`, pause(2)],
        practice: ['Demandez tout bas, mettez bébé sur le ventre, et posez vos mains sur son dos.', pause(5)],
        watch: '',
      },
    },

    'newborn-opening': {
      name: 'On se prépare',
      how: [
        check,
        `Si votre bébé a le teint jaune, demandez l'avis de ${words.midwifeOrDoctor} avant de le masser.`,
        `Une pièce chaude, bébé sur une serviette ou sur vos genoux, en ${words.vest} ou juste en couche. Ongles courts, pas de bagues.`,
        "Quelques minutes suffisent, avec un toucher tout léger. Pas d'huile avant un mois au moins, et on évite le cordon.",
        "Les nouveau-nés protègent leur ventre, l'intérieur des cuisses et leurs paumes : on reste donc sur le bas des jambes et les pieds.",
      ],
      practice: [
        'Réchauffez vos mains.',
        pause(8),
        'Montrez vos mains à votre bébé, et demandez doucement : je peux te masser ?',
        pause(10),
        'Posez vos mains sur ses jambes.',
        pause(10),
      ],
      connect: "Pour un nouveau-né, votre voix compte plus que tout : parlez-lui sans arrêt.",
      watch: "Les nouveau-nés se fatiguent vite. Un bâillement, le hoquet ou un regard qui fuit : on arrête et on fait un câlin.",
      returning: {
        how: [`${checkInBrief} Tout léger, pas encore d'huile.`, pause(2)],
        practice: ['Demandez, et posez vos mains sur ses jambes.', pause(6)],
        watch: 'Un bâillement, le hoquet ou un regard qui fuit : on arrête et on fait un câlin.',
      },
    },
  };
  return { ...openings, ...strokes(words) };
}
