import { Phrases } from '../types';
import { FrenchVocabulary } from './vocabulary';

/**
 * Everything the guide says around the steps, in French. The guide says "vous" to the parent; the
 * commands it suggests are the ones the model knows (tools/interaction-model/fr): suivant, répète,
 * reviens en arrière, pause, reprends, on saute cette partie.
 */
export function phrases(words: FrenchVocabulary): Phrases {
  return {
    welcome:
      'Bienvenue dans massage bébé. Je vous guide mouvement par mouvement, et je me tais pendant que vous massez. Dites pause à tout moment.',
    welcomeBack: 'Rebonjour.',
    routineStart: 'Voici {routine}.',
    shorterRoutines: 'Pour quelque chose de plus court, demandez : quels massages tu proposes ?',
    resumeOffer: 'Bon retour. La dernière fois, vous vous êtes arrêtés ici : {place}. On reprend à partir de là ?',
    resumeOfferMidStroke:
      'Bon retour. La dernière fois, on s\'est arrêtés au milieu de ce mouvement : {place}. Dites on continue pour le refaire, ou suivant pour passer au prochain.',
    chosenOffer: 'Bon retour. La dernière fois, vous aviez choisi {routine}. On le commence ?',
    chosenOfferReprompt: 'Dites oui pour {routine}, ou non pour le massage complet.',
    resumeOfferReprompt: 'On reprend ici : {step} ? Dites oui, suivant, ou recommence.',
    stepOnPart: '{step}, sur {part}',
    placeInRoutine: '{place}, dans {routine}',
    startFresh: "D'accord, on commence depuis le début.",
    stateReset: "Je n'ai pas pu retrouver où vous en étiez la dernière fois, alors on recommence depuis le début.",
    resuming: 'On reprend au début de ce mouvement.',
    carryingOn: 'On revient là où on en était.',
    keepPlace: "D'accord, on continue d'ici.",
    repeating: ['Encore une fois.', 'Je le redis.'],
    alreadyAtStart: "On est à la toute première étape : la voici de nouveau.",
    goOn: ['Dites suivant quand vous êtes prêts.', 'Quand vous êtes prêts tous les deux, dites suivant.', 'Dites suivant pour continuer.'],
    stepReprompt: 'Dites suivant pour continuer, ou répète pour réentendre.',
    finished: "C'est la fin du massage complet. Bravo à vous deux. Profitez de ce moment de calme ensemble.",
    finishedRoutine: 'Et voilà pour {routine}. Bravo à vous deux. Profitez de ce moment de calme ensemble.',
    finishedPartial: "Et voilà pour {routine}, avec une partie gardée pour un autre jour. Bravo à vous deux.",
    welcomeCount: "C'est votre {ordinal} massage cette semaine.",
    ordinals: ['deuxième', 'troisième', 'quatrième', 'cinquième', 'sixième', 'septième'],
    welcomeNewborn: 'Votre bébé a moins de six semaines : un massage court et tout léger lui convient le mieux.',
    welcomeMobile: "Quand les bébés commencent à bouger partout, un massage plus court convient souvent mieux : dites massage rapide quand vous voulez.",
    finishedLesson: "Bravo à vous deux : c'était {routine}.",
    finishedQuietly: 'Dors bien, petit cœur.',
    alreadyFinished: 'Ce massage est terminé. Dites recommence pour le refaire, ou stop pour finir.',
    alreadyFinishedReprompt: 'Dites recommence, ou stop.',
    paused: "En pause. On en était là : {part}. Prenez votre temps, et consolez votre bébé s'il a besoin de vous.",
    pausedReprompt: "Dites reprends quand vous êtes prêts. S'il vous faut plus de temps, ouvrez massage bébé plus tard : je me souviendrai où vous en étiez.",
    pausedRepromptNotSaved: 'Dites reprends quand vous êtes prêts.',
    placeNotSaved: "Je n'ai pas pu enregistrer où vous en êtes, alors la prochaine fois, il faudra peut-être recommencer depuis le début.",
    nothingToPause: "On n'a pas encore commencé de massage. Dites commence quand vous êtes prêts, votre bébé et vous.",
    nothingToResume: "Il n'y a rien à reprendre pour l'instant, alors on commence au début.",
    help:
      'Je vous guide dans un massage pour bébé, mouvement par mouvement, et je me tais pendant que vous massez. Dites suivant pour continuer, répète pour réentendre un mouvement, ' +
      `reviens en arrière, on saute cette partie, on passe ${words.toTummy}, ou pause si votre bébé a besoin de vous. Demandez on en est où, ou combien de temps il reste. ` +
      "Vous pouvez aussi poser des questions, comme : quelle huile utiliser, ou est-ce que le massage aide à dormir. Pour apprendre semaine après semaine, dites : apprends-moi le massage bébé.",
    helpShort: 'Dites suivant, répète, reviens en arrière, on saute cette partie, le nom d\'une partie du corps, ou pause. Ou posez-moi une question.',
    helpReprompt: 'Dites suivant pour continuer, ou posez-moi une question.',
    goodbyeWithPlace: "Au revoir. J'ai gardé votre place, on en était là : {part}. Ouvrez simplement massage bébé pour continuer.",
    goodbyePlaceNotSaved: "Au revoir. On en était là : {part}, mais je n'ai pas pu garder votre place, alors la prochaine fois, il faudra peut-être recommencer depuis le début.",
    goodbye: 'Au revoir, et profitez bien des câlins.',
    fallback: "Pardon, je n'ai pas compris. Vous pouvez dire suivant, répète, reviens en arrière, ou pause.",
    fallbackPaused: "Pardon, je n'ai pas compris. On est en pause : dites reprends quand vous êtes prêts, ou stop pour arrêter pour aujourd'hui.",
    fallbackNoRoutine: "Pardon, je n'ai pas compris. Dites commence un massage, ou posez-moi une question, comme : quelle huile utiliser.",
    fallbackQuestion: "Pardon, je n'ai pas compris. Répondez par oui ou par non, s'il vous plaît.",
    moving:
      "Les bébés adorent bouger. Ramenez-le doucement sur la serviette, ou continuez avec la partie qui est à portée de main, comme le dos s'il s'est retourné sur le ventre. Quand ils commencent à ramper, de petits massages en mouvement leur vont mieux. Suivez son rythme.",
    statementUnplaced: "Je ne suis pas sûre d'avoir compris. Si votre bébé a besoin de vous, dites pause et je garde votre place ; sinon, dites suivant pour continuer.",
    fallbackReprompt: 'Dites suivant, répète, reviens en arrière, ou pause.',
    notNow: "D'accord, j'attends. Dites reprends quand vous êtes prêts, ou posez-moi une autre question.",
    unexpectedAnswer: "Je ne sais pas à quoi ça répond. Dites suivant pour continuer, ou répète pour réentendre le mouvement.",
    unknownRequest: "Pardon, je ne peux pas faire ça ici. Dites suivant pour continuer, ou aide pour savoir ce que je sais faire.",
    error: "Pardon, j'ai eu un problème de mon côté, mais votre place est gardée. Dites répète pour réentendre le mouvement.",
    errorReprompt: 'Dites répète, ou suivant pour continuer.',
    skippingPart: 'On saute {part}.',
    partNotInRoutine: 'Ce massage ne comprend pas {part}, alors on reste où on est. Dites suivant pour continuer.',
    partSkippedLater: "D'accord, je laisserai de côté {part} le moment venu.",
    audioPartNotInRoutine: 'Ce massage ne comprend pas {part}, alors la lecture continue.',
    audioSkipLater: "D'accord, je laisserai de côté {part} le moment venu.",
    audioHelp:
      "Le massage se déroule tout seul. Dites Alexa, pause, reprends, suivant, précédent ou recommence, ou posez-moi une question, comme : quelle huile utiliser.",
    audioResumeHint: 'Dites Alexa, reprends, quand vous êtes prêts tous les deux.',
    audioPace: "La version lue d'une traite garde son propre rythme ; le guide parlé, lui, prendra le nouveau.",
    whichPart: `Quelle partie ? Vous pouvez dire les jambes, ${words.tummy}, la poitrine, les bras, le visage ou le dos.`,
    whichPartReprompt: `Dites une partie du corps, comme on passe ${words.toTummy}, ou dites suivant.`,
    checkAfterBreak:
      'Avant de continuer, une petite vérification : bébé en forme, pas de nouveaux boutons, pas de vaccins depuis deux jours, pas tout juste après avoir mangé. ' +
      'Puis redemandez-lui : je peux continuer ? Et guettez son oui.',
    partInFull: "Il n'y a pas de massage rien que pour {part}, alors voici le massage complet depuis le début : après la préparation, dites : on fait {part}.",
    fullWithout: "D'accord, le massage complet, sans {part}.",
    where: 'Nous en sommes là : {place}, dans {routine}.',
    whereNowhere: "On n'a pas encore commencé de massage.",
    timeLeft: 'Encore environ {minutes}, avec {strokes} mouvements restants, celui-ci compris.',
    timeLeftOneStroke: "Encore environ {minutes} : c'est le dernier mouvement.",
    timeLeftNoStrokes: 'Encore environ {minutes} : juste la fin du massage.',
    oneMinute: 'une minute',
    minutes: '{count} minutes',
    howLongRoutines:
      "Le massage complet dure environ vingt-six minutes, celui des coliques neuf, le massage rapide sept, celui du nouveau-né six, et celui du coucher cinq.",
    routineList:
      "Il y en a cinq : le massage complet, environ vingt-six minutes ; un massage rapide, sept ; un massage anti-coliques, neuf ; un massage du coucher, cinq ; " +
      `et un premier massage pour les nouveau-nés, six. Ou seulement les jambes, ${words.tummy}, les bras, le visage ou le dos. Pour apprendre semaine après semaine, dites : apprends-moi le massage bébé.`,
    unknownRoutine: 'Je ne connais pas celui-là.',
    noSinglePartRoutine: "Il n'y a pas de massage court pour cette partie seule, alors la voici dans le massage complet.",
    restartCheck: 'Nous en sommes là : {place}. On recommence depuis le tout début ?',
    restartCheckReprompt: 'Dites oui pour recommencer, ou non pour continuer.',
    asleep: "Alors laissez-le dormir : le massage peut attendre. J'ai gardé votre place, on en était là : {part}. Dors bien, petit cœur.",
    asleepNotSaved: "Alors laissez-le dormir : le massage peut attendre. Je n'ai pas pu garder votre place cette fois. Dors bien, petit cœur.",
    asleepNothingKept: 'Alors laissez-le dormir : le massage peut attendre. Dors bien, petit cœur.',
    upset: "En pause. Arrêtez-vous, et prenez votre bébé dans vos bras : quand il pleure, c'est non pour l'instant. Un câlin, à manger ou une couche propre, c'est peut-être tout ce qu'il lui faut.",
    upsetReprompt: "Dites reprends quand vous êtes prêts tous les deux, ou stop pour arrêter pour aujourd'hui.",
    needs: "Bien sûr, allez-y. J'ai mis en pause, on en était là : {part}.",
    feeding: `Bien sûr, donnez-lui à manger. J'ai mis en pause, on en était là : {part}. ${capital(words.afterFeed)}, attendez environ trois quarts d'heure avant de reprendre le massage.`,
    needsReprompt: 'Dites reprends quand vous revenez, ou ouvrez massage bébé plus tard : je me souviendrai où vous en étiez.',
    unwell: `Alors pas aujourd'hui. Pas de massage tant que votre bébé est malade, ni dans les deux jours qui suivent des vaccins. Si vous êtes inquiets, parlez-en à ${words.healthProfessional}.`,
    fever: `Alors pas de massage aujourd'hui. Un bébé de moins de trois mois qui a de la fièvre, 38 degrés ou plus, doit être vu aujourd'hui : appelez ${words.feverCall}. Pour un bébé plus grand qui a de la fièvre et semble malade, aussi.`,
    jaundice: `Alors demandez l'avis de ${words.midwifeOrDoctor} avant de le masser : les conseils sur la jaunisse varient, et ils connaissent votre bébé.`,
    unwellPlaceKept: "J'ai gardé votre place pour un autre jour.",
    dislikes:
      "Ce n'est pas grave, et vous pouvez arrêter à tout moment. S'il détourne la tête, se cambre, bâille, serre les poings, ou si sa peau rougit, pâlit ou se marbre, c'est assez pour l'instant. " +
      'Vous pouvez sauter cette partie, ou essayer juste les jambes un autre jour.',
    hiccups: "Le hoquet et les éternuements peuvent vouloir dire : assez pour cette partie. Gardez vos mains immobiles, laissez passer, et reprenez doucement s'il se calme, ou sautez cette partie.",
    dislikesAsk: 'On continue ?',
    sleepyAtBedtime: "C'est le but. Gardez des gestes lents et légers, et arrêtez dès qu'il s'endort.",
    sleepy: "Un bébé qui a sommeil en a à peu près assez pour l'instant. Vous pouvez finir par un câlin, et essayer le massage du coucher un autre soir.",
    thanks: 'Avec plaisir.',
    thanksGoodbye: 'Avec plaisir, et profitez bien des câlins.',
    happy: "C'est adorable. Les sourires, les gazouillis, les yeux brillants et les petits mouvements souples, c'est sa façon de vous dire oui.",
    pace: {
      slower: "D'accord, je vais parler plus lentement.",
      faster: "D'accord, je vais parler un peu plus vite.",
      'longer-pauses': "D'accord, plus de temps pour chaque mouvement.",
      'shorter-pauses': "D'accord, des pauses plus courtes.",
      brief: "D'accord, je parle moins : le nom du mouvement et le nombre de fois, puis le temps de masser.",
      detail: "D'accord, plus de détails, avec des idées pour parler et chanter en même temps.",
      normal: "D'accord, on revient au rythme habituel.",
    },
    paceAtLimit: 'Je ne peux pas aller plus loin dans ce sens.',
    whichPace: 'Vous pouvez dire plus lentement, plus vite, des pauses plus longues, des pauses plus courtes, parle moins, ou plus de détails.',
    audioStarting: "Voici {routine}, d'une traite. Dites Alexa, pause à tout moment, et Alexa, reprends pour continuer.",
    audioStartingAt: "Voici {routine}, d'une traite, à partir de ce mouvement : {step}. Dites Alexa, pause à tout moment, et Alexa, reprends pour continuer.",
    audioLesson: "Une leçon suit votre rythme, alors je continue à vous guider de vive voix. Pour écouter un massage d'une traite, dites : lance le massage complet en lecture.",
    audioNotSupported: "Cet appareil ne peut pas lire le massage d'une traite, alors je vous guide de vive voix.",
    audioNotSetUp: "La lecture du massage d'une traite n'est pas disponible ici, alors je vous guide de vive voix.",
    audioStopped: 'Arrêté. On en était là : {part}. Dites Alexa, reprends pour continuer, ou ouvrez massage bébé plus tard.',
    audioLoop: "Le massage lit chaque mouvement une fois, dans l'ordre : il n'y a pas de boucle. Dites Alexa, précédent pour réentendre un mouvement.",
    audioShuffle: "Les mouvements suivent leur ordre : il n'y a pas de lecture aléatoire. Dites Alexa, suivant pour en passer un.",
    audioRepeat: 'Voici de nouveau ce mouvement, depuis le début.',
    audioFailedOffer: "Bon retour. La dernière fois, la lecture s'est arrêtée ici : {place}. On continue à partir de là, de vive voix ?",
    audioCarryOn: 'On continue.',
    noLoopOrShuffle: "Le massage avance mouvement par mouvement, dans l'ordre : il n'y a ni boucle ni lecture aléatoire. Dites répète pour réentendre un mouvement.",
  };
}

/** "après un boire" at the head of a sentence. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
