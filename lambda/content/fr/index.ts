import { PackLocale } from '../locales';
import { Content, pause } from '../types';
import { companionWords } from './companion';
import { phrases } from './phrases';
import { questions as answers } from './questions';
import { steps } from './steps';
import { VOCABULARY_FR } from './vocabulary';

/**
 * The French content, for France and Québec, with each one's own words (la sage-femme ou l'infirmière
 * du CLSC, le ventre ou la bedaine) filled in. The whole pack is one lazily loaded chunk: it imports
 * only its own modules and the shared, language-neutral ones.
 */
export function content(locale: PackLocale<'fr'>): Content {
  const words = VOCABULARY_FR[locale];
  let questions: Content['questions'] | undefined;
  let companion: Content['companion'] | undefined;
  return {
    locale,
    parts: {
      opening: 'la préparation',
      legs: 'les jambes et les pieds',
      tummy: words.tummy,
      chest: 'la poitrine',
      arms: 'les bras et les mains',
      face: 'le visage',
      back: 'le dos',
      movements: 'les mouvements doux',
      closing: 'le câlin de la fin',
    },
    partIntro: 'Maintenant, {part}.',
    partStart: {
      legs: ['Posez vos mains chaudes sur ses jambes, un instant.', pause(4)],
      tummy: [
        `Avant six semaines environ, gardez un toucher très léger ${words.onTummy}, ou choisissez plutôt le massage du nouveau-né.`,
        `Posez vos mains immobiles ${words.onTummy}, et laissez votre bébé se détendre.`,
        pause(6),
      ],
      chest: ['Posez vos mains sur sa poitrine, et sentez-la monter et descendre.', pause(4)],
      arms: ['Posez vos mains sur ses bras, un instant.', pause(3)],
      face: [
        "Essuyez d'abord l'huile sur vos mains : rien sur le visage. Posez doucement vos paumes de chaque côté de sa tête, et n'appuyez jamais sur la fontanelle.",
        pause(4),
      ],
      back: [
        "Mettez votre bébé sur le ventre, sur la serviette, en soutenant sa tête, une main toujours posée sur lui. Un bébé huilé reste sur la serviette, par terre : sur vos genoux seulement sans huile. Posez vos mains sur son dos.",
        pause(4),
      ],
      movements: ['Remettez votre bébé sur le dos, en soutenant sa tête, et tenez ses pieds un instant.', pause(3)],
    },
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    yourTurnSound: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_neutral_response_01',
    steps: steps(words),
    counts: {
      'six-each-hand': 'Six fois avec chaque main.',
      'about-six': 'Environ six fois.',
    },
    routines: {
      // French is spoken faster: the same guidance takes about twenty-six minutes, twenty-eight the first time.
      full: {
        label: 'Complet',
        name: 'le massage complet',
        minutes: 26,
        firstMinutes: 28,
        intro: "Le massage complet va des jambes jusqu'au dos, en vingt-six minutes environ.",
        introFirstTime: "Le massage complet va des jambes jusqu'au dos, en vingt-six minutes environ, vingt-huit cette première fois.",
      },
      colic: {
        label: 'Coliques',
        name: 'le massage anti-coliques',
        intro: `Voici le massage anti-coliques : des mouvements ${words.ofTummy} contre les gaz, trois tours, environ neuf minutes.`,
        introFirstTime: `Voici le massage anti-coliques : des mouvements ${words.ofTummy} contre les gaz, trois tours, environ neuf minutes, dix cette première fois.`,
      },
      bedtime: { label: 'Coucher', name: 'le massage du coucher', intro: 'Voici un massage pour le coucher : des gestes lents et calmes sur le dos, environ cinq minutes.' },
      newborn: { label: 'Nouveau-né', name: 'le premier massage', intro: 'Voici un premier massage pour un nouveau-né : les jambes et les pieds, environ six minutes.' },
      quick: {
        label: 'Rapide',
        name: 'le massage rapide',
        intro: `Voici un massage rapide : les jambes, ${words.tummy} et le dos, environ sept minutes.`,
        introFirstTime: `Voici un massage rapide : les jambes, ${words.tummy} et le dos, environ sept minutes, neuf cette première fois.`,
      },
      'just-legs': {
        label: 'Jambes',
        name: 'le massage des jambes',
        intro: 'Les jambes et les pieds seulement, alors : environ onze minutes.',
        introFirstTime: 'Les jambes et les pieds seulement, alors : environ onze minutes, douze cette première fois.',
      },
      'just-tummy': {
        label: capital(words.tummyWord),
        name: `le massage ${words.ofTummy}`,
        intro: `${capital(words.tummy)} seulement, alors : environ huit minutes.`,
      },
      'just-arms': {
        label: 'Bras',
        name: 'le massage des bras',
        intro: 'Les bras et les mains seulement, alors : environ six minutes.',
        introFirstTime: 'Les bras et les mains seulement, alors : environ six minutes, sept cette première fois.',
      },
      'just-face': {
        label: 'Visage',
        name: 'le massage du visage',
        intro: 'Le visage seulement, alors : environ six minutes.',
        introFirstTime: 'Le visage seulement, alors : environ six minutes, sept cette première fois.',
      },
      'just-back': {
        label: 'Dos',
        name: 'le massage du dos',
        intro: 'Le dos seulement, alors : environ six minutes.',
        introFirstTime: 'Le dos seulement, alors : environ six minutes, sept cette première fois.',
      },
      'lesson-1': {
        label: 'Leçon 1',
        name: 'la leçon un, les jambes et les pieds',
        intro: 'Leçon un : les jambes et les pieds, et comment commencer, en quatorze minutes environ.',
        homework: `Cette semaine, massez les jambes une fois par jour, quand votre bébé est calme et bien éveillé. La semaine prochaine, leçon deux : ${words.tummy}.`,
      },
      'lesson-2': {
        label: 'Leçon 2',
        name: `la leçon deux, ${words.tummy}`,
        intro: `Leçon deux : un rappel des jambes, puis ${words.tummy}, en onze minutes environ.`,
        homework: `Cette semaine, enchaînez les jambes et ${words.tummy}. La semaine prochaine, leçon trois : la poitrine, les bras et les mains.`,
      },
      'lesson-3': {
        label: 'Leçon 3',
        name: 'la leçon trois, la poitrine, les bras et les mains',
        intro: `Leçon trois : un rappel des jambes et ${words.ofTummy}, puis la poitrine, les bras et les mains, en treize minutes environ.`,
        homework: `Cette semaine, ajoutez la poitrine et les bras après ${words.tummy}, chaque fois que votre bébé a envie de continuer. La semaine prochaine, leçon quatre : le visage et le dos.`,
      },
      'lesson-4': {
        label: 'Leçon 4',
        name: 'la leçon quatre, le visage et le dos',
        intro: 'Leçon quatre : le visage et le dos, en douze minutes environ.',
        homework: "Cette semaine, essayez le visage et le dos seuls, ou après le reste quand votre bébé apprécie. La semaine prochaine, leçon cinq : le massage complet.",
      },
      'lesson-5': {
        label: 'Leçon 5',
        name: 'la leçon cinq, le massage complet',
        minutes: 13,
        firstMinutes: 14,
        intro: "Leçon cinq : tout le massage dans l'ordre, et les mouvements doux pour finir, en treize minutes environ.",
        introFirstTime: "Leçon cinq : tout le massage dans l'ordre, et les mouvements doux pour finir, en treize minutes environ, quatorze cette première fois.",
        homework: "Le cours est terminé : vous connaissez maintenant tout le massage. Dites lance massage bébé quand vous voulez, et je vous guiderai.",
      },
    },
    screen: {
      back: 'Retour',
      repeat: 'Répéter',
      pause: 'Pause',
      resume: 'Reprendre',
      next: 'Suivant',
      start: 'Commencer',
      startOver: 'Recommencer',
      carryOn: 'Continuer',
      startFresh: 'Repartir de zéro',
      startAgain: 'Recommencer',
      routinesHeading: 'Quel massage ?',
      routinesHint: 'Touchez-en un pour commencer, ou dites son nom.',
      routineMinutes: '{minutes} min',
      progress: 'Étape {n} sur {total} · encore {minutes} min environ',
      playingProgress: 'Étape {n} sur {total} · lecture en continu',
      paused: 'En pause',
      finished: 'Terminé',
      answer: 'Massage bébé',
      answerHeading: 'Votre question',
      help: 'Massage bébé',
      helpHeading: 'Vous pouvez dire',
      helpLines: [
        '« Suivant » · « Répète » · « Reviens en arrière »',
        '« Pause » · « Reprends » · « Recommence »',
        `« On passe ${words.toTummy} » · « On saute cette partie »`,
        '« Il reste combien de temps ? »',
        '« Quelle huile utiliser ? »',
      ],
      playing: 'Lecture',
    },
    phrases: phrases(words),
    // Built on the first question, not on every launch.
    get questions() {
      return (questions ??= answers(words));
    },
    get companion() {
      return (companion ??= companionWords());
    },
  };
}

/** "la bedaine" at the head of a sentence, "Bedaine" on a button. */
function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
