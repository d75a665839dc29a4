import { Questions } from '../types';
import { classifiersFor } from '../understand';
import * as understanding from './understanding';
import { FrenchVocabulary } from './vocabulary';

/**
 * Answers to the questions parents ask aloud, graded as the English ones are (lambda/content/topics.ts
 * `Evidence`) and written in French:
 * - "la recherche suggère" only where the grade is `research` (le lien, le sommeil, le poids des
 *   prématurés à l'hôpital, le moral des mères);
 * - ailleurs "certains parents trouvent", ou simplement qu'il y a peu ou pas de recherches;
 * - jamais que le massage guérit, soigne ou prévient quoi que ce soit;
 * - a health answer ends with the short not-medical-advice line (added by the handler).
 */
export function questions(words: FrenchVocabulary): Questions {
  const asked: Questions = {
    benefits: {
      sleep: {
        evidence: 'research',
        health: true,
        sentences: [
          'La recherche suggère que le massage peut aider certains bébés à mieux dormir.',
          "Dans une petite étude, un massage donné par la mère au coucher a aidé les bébés à trouver plus vite leur rythme jour-nuit.",
          "Les études sont petites, mais un massage court et calme avant le coucher, c'est une chose douce à essayer.",
        ],
      },
      bonding: {
        evidence: 'research',
        health: true,
        sentences: [
          "C'est là que la recherche suggère que le massage aide le plus : il peut vous rapprocher, votre bébé et vous, avec plus de regards, de sourires et d'échanges.",
          'Des études ont vu des mères au moral bas échanger plus chaleureusement avec leur bébé, et des pères qui massent se sentir plus proches et moins stressés.',
          "C'est aussi, tout simplement, un moment calme ensemble, pour qui que ce soit à la maison.",
        ],
      },
      relaxation: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Certains parents trouvent leur bébé plus calme et plus apaisé après un massage.',
          "Quelques petites études ont vu baisser les hormones du stress ensuite, mais les preuves sont limitées.",
          'Votre voix calme et vos mains y sont pour beaucoup.',
        ],
      },
      digestion: {
        evidence: 'mixed',
        health: true,
        sentences: [
          `Certains parents trouvent que les mouvements ${words.ofTummy} dans le sens des aiguilles d'une montre, et les genoux ramenés sur le ventre, soulagent un bébé qui a des gaz.`,
          "Les études sur les coliques sont partagées : dans l'une, le massage n'a pas fait mieux qu'un lit qui vibre doucement, et il y a peu de recherches sur la constipation des bébés.",
          `Le massage anti-coliques dure environ neuf minutes ici ; évitez ${words.tummy} juste ${words.afterFeed}.`,
        ],
      },
      reflux: {
        evidence: 'none',
        health: true,
        sentences: [
          "Aucune étude n'a porté sur le massage et le reflux, donc rien ne dit que ça aide.",
          `Les régurgitations sont fréquentes et s'atténuent en général avec le temps. Laissez les mouvements ${words.ofTummy} pour bien après ${words.feed}, et faites plutôt les jambes ou le dos.`,
          "S'il rejette beaucoup, semble avoir mal, ou ne prend pas de poids, faites-le examiner.",
        ],
      },
      teething: {
        evidence: 'none',
        health: true,
        sentences: [
          'Il y a peu de recherches sur le massage pour les poussées dentaires ou le nez bouché.',
          "Certains parents trouvent apaisants de petits cercles le long de la mâchoire, ou de légères caresses sur les joues, et frotter les gencives douloureuses avec un doigt propre est un réconfort courant.",
        ],
      },
      breathing: {
        evidence: 'not-for-babies',
        health: true,
        sentences: [
          "L'étude souvent citée portait sur des enfants asthmatiques de 4 à 14 ans, pas sur des bébés : elle ne nous apprend donc rien sur les nourrissons.",
          "Aucune recherche ne montre que le massage change la respiration d'un bébé.",
        ],
      },
      immunity: {
        evidence: 'little',
        health: true,
        sentences: [
          'Il y a peu de recherches là-dessus.',
          "Une étude sur des prématurés à l'hôpital a vu un type de cellules immunitaires devenir plus actif, mais ces bébés n'ont pas eu moins d'infections.",
          "Ce n'est donc pas sur le massage qu'il faut compter pour ça.",
        ],
      },
      brain: {
        evidence: 'little',
        health: true,
        sentences: [
          "Il y a peu de recherches là-dessus, et les études n'ont pas montré que le massage change l'apprentissage ou le développement des bébés en bonne santé.",
          "Quelques petites études sur des prématurés ont vu le cerveau mûrir plus vite, ce qui est loin d'être une preuve.",
          "Mais les paroles, les chansons et les regards qui vont avec le massage, c'est merveilleux pour tous les bébés.",
        ],
      },
      growth: {
        evidence: 'research',
        health: true,
        sentences: [
          "Pour un bébé né avant terme, parlez-en d'abord à l'équipe qui le suit.",
          "La recherche suggère un bénéfice possible seulement pour les prématurés : dans certaines études à l'hôpital, les bébés massés ont pris du poids un peu plus vite et sont rentrés plus tôt à la maison.",
          "Pour les bébés en bonne santé à la maison, peu de recherches montrent un effet sur la croissance ou le tonus.",
        ],
      },
      awareness: {
        evidence: 'none',
        health: false,
        sentences: [
          "Il n'y a pas de recherche directe sur la conscience du corps ou la coordination.",
          "Mais nommer chaque partie au fur et à mesure, ta jambe, tes orteils, ton ventre, fait du massage un beau moment de jeu et de premiers mots.",
        ],
      },
      circulation: {
        evidence: 'none',
        health: true,
        sentences: [
          "Aucune étude chez les bébés ne montre que le massage améliore la circulation ou l'oxygénation.",
          "Profitez-en surtout pour la proximité et le calme qu'il vous apporte à tous les deux.",
        ],
      },
      autonomy: {
        evidence: 'value',
        health: false,
        sentences: [
          "Demander la permission à votre bébé, et attendre sa réponse, c'est le cœur du massage bébé.",
          "S'il détourne la tête ou grogne, vous arrêtez : vous lui montrez dès le début que son corps lui appartient.",
          "C'est une valeur, plutôt qu'un effet sur la santé.",
        ],
      },
    },

    safety: {
      'when-not': {
        evidence: 'practice',
        health: true,
        sentences: [
          "Pas de massage si votre bébé a de la fièvre, semble malade, ou a des boutons, la peau abîmée ou de l'eczéma qui suinte.",
          `Attendez deux jours après des vaccins, évitez le moment juste ${words.afterFeed}, et ne massez jamais un bébé qui dort ou qui pleure beaucoup.`,
          `Laissez ${words.tummy} de côté s'il a la diarrhée, et demandez d'abord l'avis de ${words.healthProfessional} après une opération ou une fracture, ou s'il a la jaunisse.`,
        ],
      },
      vaccinations: {
        evidence: 'practice',
        health: true,
        sentences: [
          "Attendez au moins 48 heures après des vaccins avant de masser, et évitez l'endroit de la piqûre tant qu'il n'est pas remis.",
          'Masser avant les vaccins, aucun problème.',
        ],
      },
      feeding: {
        evidence: 'practice',
        health: false,
        sentences: [
          `Attendez environ trois quarts d'heure ${words.afterFeed}, le temps que son ventre se pose.`,
          "Un bébé qui a faim n'appréciera pas non plus : visez un moment calme et éveillé entre deux repas.",
        ],
      },
      oil: {
        evidence: 'practice',
        health: true,
        sentences: [
          "L'huile est facultative, et les recherches sur les huiles sont incertaines : dans un grand essai au Népal, l'huile de tournesol et l'huile de moutarde ont fait peu de différence pour la peau, et le tournesol est la mieux étudiée.",
          "Si vous en utilisez une, choisissez une huile végétale sans parfum, de préférence pressée à froid et comestible, puisque les bébés sucent leurs mains, et testez-la d'abord sur un petit bout de peau.",
          "Évitez les huiles de fruits à coque, l'huile d'olive et l'huile chauffée ou chaude, pas d'huiles essentielles avant six mois, et attendez au moins un mois avec un nouveau-né.",
          "Ne mettez jamais d'huile dans le nez, la bouche ou les oreilles de votre bébé, jamais sur le visage, et massez par terre : un bébé huilé, ça glisse.",
        ],
      },
      'how-long': {
        evidence: 'practice',
        health: false,
        sentences: [
          "Commencez par environ cinq minutes, comme le massage du coucher ou celui du nouveau-né ici, et allez jusqu'au massage complet, environ vingt-six minutes, si votre bébé aime ça.",
          'Vous pouvez arrêter à tout moment : suivez les signaux de votre bébé.',
        ],
      },
      'how-often': {
        evidence: 'practice',
        health: false,
        sentences: [
          "Une fois par jour, c'est largement suffisant si votre bébé aime ça, et quelques fois par semaine, c'est très bien aussi.",
          'Pour un bébé qui a des gaz, le massage anti-coliques peut se faire deux ou trois fois par jour pendant environ deux semaines.',
        ],
      },
      sleeping: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Un bébé qui dort, on le laisse dormir : pour le massage, il doit être éveillé et calme, pour pouvoir vous dire oui ou non.',
          "S'il s'endort pendant un massage, c'est très bien : arrêtez-vous là, et continuez un autre jour.",
        ],
      },
      age: {
        evidence: 'practice',
        health: false,
        sentences: [
          "Un toucher doux est possible dès la naissance, et il n'y a pas d'âge où il faut arrêter.",
          "Attendez au moins un mois avant d'utiliser de l'huile. Beaucoup d'ateliers commencent vers quatre à six semaines.",
        ],
      },
      newborn: {
        evidence: 'practice',
        health: true,
        sentences: [
          "Oui, en douceur. Faites court pour un nouveau-né, cinq ou six minutes, avec un toucher tout léger, même à travers les vêtements ou dans vos bras : c'est exactement ce que fait le premier massage ici.",
          "Les nouveau-nés protègent souvent leur ventre, l'intérieur des cuisses et leurs paumes : contournez-les au début, et évitez le cordon jusqu'à ce que le nombril soit cicatrisé.",
          "Pas d'huile avant au moins un mois.",
        ],
      },
      premature: {
        evidence: 'practice',
        health: true,
        sentences: [
          "Pour un bébé né avant terme, parlez-en d'abord à l'équipe qui le suit : le massage commence en général vers la date prévue de l'accouchement.",
          "D'ici là, beaucoup de prématurés préfèrent un toucher immobile et enveloppant, comme une main posée sur eux, aux caresses.",
        ],
      },
      crying: {
        evidence: 'practice',
        health: false,
        sentences: [
          "S'il pleure, détourne la tête ou se cambre, c'est non pour l'instant : arrêtez, prenez-le dans vos bras et consolez-le.",
          "Réessayez un autre jour, peut-être plus court, avec une autre pression, ou juste les jambes : dites juste les jambes pour ce massage-là.",
          'Beaucoup de bébés mettent quelques semaines à apprendre à aimer ça.',
        ],
      },
      others: {
        evidence: 'practice',
        health: false,
        sentences: [
          "Oui. Le papa, les grands-parents et les autres personnes qui s'occupent régulièrement de bébé peuvent tous le faire, et beaucoup y trouvent une belle façon de se rapprocher.",
          'Les grands frères et les grandes sœurs peuvent aider aussi, avec de douces caresses sur les jambes ou le dos, et vous juste à côté.',
        ],
      },
      bath: {
        evidence: 'practice',
        health: false,
        sentences: [
          "Les deux marchent. Après un bain chaud, beaucoup de bébés sont détendus, et la serviette est déjà là.",
          'Veillez simplement à ce que la pièce soit chaude.',
        ],
      },
      setting: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Une pièce chaude sans courant d\'air, une lumière douce, une serviette par terre, et une couche propre à portée de main.',
          `Déshabillez votre bébé jusqu'à la couche, ou laissez-lui son ${words.vest} si la pièce est fraîche ou s'il est tout petit.`,
          'Lavez et réchauffez vos mains, gardez les ongles courts, et enlevez bagues et bracelets.',
        ],
      },
      pressure: {
        evidence: 'practice',
        health: true,
        sentences: [
          "Aucun tort n'a été signalé avec un massage bébé doux, et un toucher doux mais ferme vaut mieux qu'un effleurement, qui peut chatouiller.",
          "Un bon repère : appuyez sur votre propre paupière fermée jusqu'à ce que ce soit à peine inconfortable, puis relâchez un peu, et encore plus léger sur le visage.",
          "N'appuyez jamais sur la fontanelle ni sur la colonne, et évitez l'endroit d'une piqûre récente.",
        ],
      },
      hips: {
        evidence: 'practice',
        health: true,
        sentences: [
          "Les hanches d'un bébé sont encore en formation : ne tirez jamais sur les jambes et ne les forcez jamais à se tendre ; laissez-les se plier vers le haut et l'extérieur, et s'allonger d'elles-mêmes.",
          'Dans les mouvements des jambes, tenez la jambe souplement et glissez, plutôt que de tirer dessus.',
          "Si votre bébé a une dysplasie ou une luxation de la hanche et porte un harnais ou une attelle, demandez à l'équipe qui le suit avant tout mouvement des jambes, et gardez le reste.",
        ],
      },
      skin: {
        evidence: 'practice',
        health: true,
        sentences: [
          "On peut masser autour des plaques de peau sèche, avec un peu d'huile végétale simple et sans parfum, si votre bébé ne réagit pas au test sur un petit bout de peau.",
          "Évitez toute zone avec des boutons, des plaies, des bleus ou de l'eczéma qui suinte, et massez les parties où il est à l'aise.",
          `Si l'eczéma est en poussée ou si vous avez un doute sur une crème ou une huile, demandez d'abord l'avis de ${words.healthProfessional}.`,
        ],
      },
      'soft-spot': {
        evidence: 'practice',
        health: true,
        sentences: [
          "La fontanelle, sur le dessus de la tête, est bien protégée, et un toucher léger ne l'abîme pas, mais n'appuyez jamais dessus.",
          'Pour les mouvements du visage, restez sur le front, les joues et autour des oreilles, tout en légèreté.',
        ],
      },
      hernia: {
        evidence: 'practice',
        health: true,
        sentences: [
          `Avec une hernie ombilicale, faites très attention sur ${words.tummy} : des mouvements légers, autour du nombril, sans jamais appuyer dessus.`,
          "Tant que le cordon n'est pas tombé et que le nombril n'est pas cicatrisé, laissez-le complètement de côté.",
          `Si la bosse est dure, douloureuse ou change de couleur, il faut voir ${words.healthProfessional} tout de suite, pas masser.`,
        ],
      },
      postnatal: {
        evidence: 'research',
        health: true,
        sentences: [
          "Je suis désolée que ce soit difficile. La recherche suggère que les ateliers de massage bébé peuvent un peu alléger le moral bas d'une mère et rapprocher parent et bébé, mais ça ne remplace pas un suivi.",
          `Si vous vous sentez déprimée ou angoissée depuis plus de deux semaines, parlez-en à ${words.healthProfessional} : c'est fréquent, et l'aide, ça marche.`,
          'Et soyez indulgente avec vous-même : quelques minutes de massage ensemble, c\'est bien assez.',
        ],
      },
    },

    benefitsOverview: {
      evidence: 'research',
      health: true,
      sentences: [
        'La recherche suggère que le bénéfice le plus net, c\'est la proximité : le massage peut renforcer le lien entre votre bébé et vous, et certaines études ont trouvé un meilleur sommeil.',
        "Dans certaines études à l'hôpital, les prématurés ont pris du poids un peu plus vite.",
        'Pour les autres promesses, comme les coliques ou le système immunitaire, les preuves sont minces.',
      ],
    },
    safetyOverview: {
      evidence: 'practice',
      health: true,
      sentences: [
        "Un massage bébé doux est sans danger pour la plupart des bébés, et les études n'ont signalé aucun tort.",
        "Évitez-le si votre bébé est malade, a de la fièvre ou des boutons, ou a eu des vaccins ces deux derniers jours, et n'allez jamais plus loin que ce qui lui plaît.",
      ],
    },
    ...classifiersFor(understanding, understanding.frenchStems, () => asked),
    unknownTopic: "Je suis désolée, je n'ai pas d'information là-dessus.",
    topicList:
      'Vous pouvez me poser des questions sur les bienfaits, comme le sommeil, le lien, les coliques, le reflux ou les dents, ' +
      "et sur la sécurité, comme les huiles, les vaccins, les nouveau-nés, combien de temps ou combien de fois masser, ou quand ne pas masser.",
    notMedicalAdvice: `Ceci n'est pas un avis médical : parlez-en à ${words.healthProfessional}.`,
    carryOn: 'On reprend le massage ?',
    carryOnVariants: ['On continue ?', 'On retourne au massage ?'],
    startOffer: 'Voulez-vous commencer un massage ?',
    routineOffer: 'Voulez-vous essayer {routine} ?',
    topicNames: topicNames(words),
    nearestOffer: "Je n'ai pas de réponse sur exactement ça. Ce qui s'en rapproche le plus, c'est : {topic}. Vous voulez l'entendre ?",
  };
  return asked;
}

/** What each topic is called after "c'est :" ("Ce qui s'en rapproche le plus, c'est : les huiles"). */
function topicNames(words: FrenchVocabulary): Questions['topicNames'] {
  return {
    sleep: 'le massage et le sommeil',
    bonding: 'le massage et le lien avec votre bébé',
    relaxation: 'le massage et un bébé plus calme',
    digestion: 'le massage pour les coliques et les gaz',
    reflux: 'le massage et le reflux',
    teething: 'le massage et les dents',
    breathing: 'le massage et la respiration',
    immunity: 'le massage et le système immunitaire',
    brain: 'le massage et le développement de votre bébé',
    growth: 'le massage et la prise de poids',
    awareness: 'le massage et la conscience du corps',
    circulation: 'le massage et la circulation',
    autonomy: 'demander d\'abord à votre bébé',
    'when-not': 'quand ne pas masser',
    vaccinations: 'le massage et les vaccins',
    feeding: `le massage ${words.afterFeed}`,
    oil: 'les huiles',
    'how-long': 'combien de temps masser',
    'how-often': 'combien de fois masser',
    sleeping: 'un bébé qui a sommeil ou qui dort',
    age: "jusqu'à quel âge masser",
    newborn: 'masser un nouveau-né',
    premature: 'les bébés prématurés',
    crying: "un bébé qui pleure ou qui n'aime pas ça",
    others: 'qui d\'autre peut masser',
    bath: 'le massage et le bain',
    setting: 'préparer la pièce et vos mains',
    pressure: 'avec quelle pression masser',
    hips: 'les hanches et la dysplasie de la hanche',
    skin: "la peau sèche, les boutons et l'eczéma",
    'soft-spot': 'la fontanelle',
    hernia: 'une hernie ombilicale',
    postnatal: 'le moral des parents après la naissance',
  };
}
