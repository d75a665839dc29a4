import { PackLocale } from '../locales';
import { Content, pause } from '../types';
import { companionWords } from './companion';
import { phrases } from './phrases';
import { questions as answers } from './questions';
import { steps } from './steps';
import { VOCABULARY_NL } from './vocabulary';

/**
 * The Dutch content: every word the skill says in nl-NL, written natively (je-form, as a
 * kraamverzorgster or babymassage-docent says it), with the same step ids, routine ids, topic ids and
 * pauses as English. The whole pack is one lazily loaded chunk: it imports only its own modules and
 * the shared, language-neutral ones; the questions and the companion are still built on first use.
 */
export function content(locale: PackLocale<'nl'>): Content {
  const words = VOCABULARY_NL[locale];
  let questions: Content['questions'] | undefined;
  let companion: Content['companion'] | undefined;
  return {
    locale,
    parts: {
      opening: 'het begin',
      legs: 'de beentjes en voetjes',
      tummy: 'het buikje',
      chest: 'de borst',
      arms: 'de armpjes en handjes',
      face: 'het gezichtje',
      back: 'de rug',
      movements: 'de zachte bewegingen',
      closing: 'de knuffel aan het eind',
    },
    partIntro: 'Nu {part}.',
    partStart: {
      legs: ['Leg je warme handen even op de beentjes.', pause(4)],
      tummy: [
        'Onder de zes weken: houd het buikje vederlicht, of kies de massage voor pasgeborenen.',
        'Handen stil op het buikje: laat je baby tot rust komen.',
        pause(6),
      ],
      chest: ['Leg je handen op de borst, en voel hoe die op en neer gaat.', pause(4)],
      arms: ['Leg je handen even op de armpjes.', pause(3)],
      face: [
        'Veeg eerst de olie van je handen: niets op het gezicht. Leg je handpalmen zacht langs het hoofdje, en druk nooit op de fontanel.',
        pause(4),
      ],
      back: [
        'Draai je baby op de buik op de handdoek, hoofdje gesteund, één hand steeds op je baby. Met olie blijft je baby op de handdoek; op schoot alleen zonder olie. Handen op de rug.',
        pause(4),
      ],
      movements: ['Rol je baby weer op de rug, met steun voor het hoofdje, en houd de voetjes even vast.', pause(3)],
    },
    partSound: 'soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01',
    yourTurnSound: 'soundbank://soundlibrary/ui/gameshow/amzn_ui_sfx_gameshow_neutral_response_01',
    steps: steps(words),
    counts: {
      'six-each-hand': 'Zes keer met elke hand.',
      'about-six': 'Ongeveer zes keer.',
    },
    routines: {
      full: { label: 'Volledig', name: 'de hele massage', intro: 'De hele massage gaat van de beentjes tot de rug, in ongeveer achtentwintig minuten.' },
      colic: {
        label: 'Krampjes',
        name: 'de krampjesmassage',
        intro: 'Dit is de krampjesmassage: buikstreken tegen krampjes en lucht, drie rondes, ongeveer negen minuten.',
        introFirstTime: 'Dit is de krampjesmassage: buikstreken tegen krampjes en lucht, drie rondes, ongeveer negen minuten, deze eerste keer tien.',
      },
      bedtime: { label: 'Slapengaan', name: 'de massage voor het slapengaan', intro: 'Dit is de massage voor het slapengaan: langzame, rustige rugstreken, ongeveer vijf minuten.' },
      newborn: { label: 'Pasgeboren', name: 'de eerste massage', intro: 'Dit is een eerste massage voor een pasgeborene: beentjes en voetjes, ongeveer zes minuten.' },
      quick: {
        label: 'Kort',
        name: 'de korte massage',
        intro: 'Dit is een korte massage: beentjes, buikje en rug, ongeveer zeven minuten.',
        introFirstTime: 'Dit is een korte massage: beentjes, buikje en rug, ongeveer zeven minuten, deze eerste keer negen.',
      },
      'just-legs': {
        label: 'Beentjes',
        name: 'de beentjesmassage',
        intro: 'Alleen de beentjes en voetjes dan: ongeveer elf minuten.',
        introFirstTime: 'Alleen de beentjes en voetjes dan: ongeveer elf minuten, deze eerste keer twaalf.',
      },
      'just-tummy': {
        label: 'Buikje',
        name: 'de buikmassage',
        intro: 'Alleen het buikje dan: ongeveer acht minuten.',
      },
      'just-arms': {
        label: 'Armpjes',
        name: 'de armpjesmassage',
        intro: 'Alleen de armpjes en handjes dan: ongeveer zes minuten.',
        introFirstTime: 'Alleen de armpjes en handjes dan: ongeveer zes minuten, deze eerste keer zeven.',
      },
      'just-face': {
        label: 'Gezichtje',
        name: 'de gezichtsmassage',
        intro: 'Alleen het gezichtje dan: ongeveer zes minuten.',
        introFirstTime: 'Alleen het gezichtje dan: ongeveer zes minuten, deze eerste keer zeven.',
      },
      'just-back': {
        label: 'Rug',
        name: 'de rugmassage',
        intro: 'Alleen de rug dan: ongeveer zes minuten.',
        introFirstTime: 'Alleen de rug dan: ongeveer zes minuten, deze eerste keer zeven.',
      },
      'lesson-1': {
        label: 'Les 1',
        name: 'les één, de beentjes en voetjes',
        intro: 'Les één: de beentjes en voetjes, en hoe je begint, in ongeveer veertien minuten.',
        homework: 'Oefen deze week één keer per dag de beentjes, als je baby rustig en wakker is. Volgende week, les twee: het buikje.',
      },
      'lesson-2': {
        label: 'Les 2',
        name: 'les twee, het buikje',
        intro: 'Les twee: kort de beentjes, dan het buikje, in ongeveer elf minuten.',
        homework: 'Oefen deze week de beentjes en het buikje samen. Volgende week, les drie: de borst, de armpjes en de handjes.',
      },
      'lesson-3': {
        label: 'Les 3',
        name: 'les drie, de borst, de armpjes en de handjes',
        intro: 'Les drie: kort beentjes en buikje, dan borst, armpjes en handjes, in ongeveer dertien minuten.',
        homework: 'Doe deze week na het buikje ook borst en armpjes, als je baby nog zin heeft. Volgende week, les vier: gezichtje en rug.',
      },
      'lesson-4': {
        label: 'Les 4',
        name: 'les vier, het gezichtje en de rug',
        intro: 'Les vier: het gezichtje en de rug, in ongeveer twaalf minuten.',
        homework: 'Probeer deze week het gezichtje en de rug los, of na de rest als je baby ervan geniet. Volgende week, les vijf: de hele massage.',
      },
      'lesson-5': {
        label: 'Les 5',
        name: 'les vijf, de hele massage',
        intro: 'Les vijf: de hele massage op volgorde, en de zachte bewegingen als afsluiting, in ongeveer veertien minuten.',
        homework: 'Daarmee is de cursus klaar: je kent nu de hele massage. Zeg start baby massage wanneer je maar wilt, en ik begeleid je erdoorheen.',
      },
    },
    screen: {
      back: 'Terug',
      repeat: 'Herhaal',
      pause: 'Pauze',
      resume: 'Verder',
      next: 'Volgende',
      start: 'Start',
      startOver: 'Opnieuw',
      carryOn: 'Doorgaan',
      startFresh: 'Opnieuw beginnen',
      startAgain: 'Nog een keer',
      routinesHeading: 'Welke massage?',
      routinesHint: 'Tik er een aan om te beginnen, of zeg de naam.',
      routineMinutes: '{minutes} min',
      progress: 'Stap {n} van {total} · nog ongeveer {minutes} min',
      playingProgress: 'Stap {n} van {total} · speelt door',
      paused: 'Gepauzeerd',
      finished: 'Klaar',
      answer: 'Babymassage',
      answerHeading: 'Je vraag',
      help: 'Babymassage',
      helpHeading: 'Je kunt zeggen',
      helpLines: ['"Volgende" · "Nog een keer" · "Terug"', '"Pauze" · "Verder" · "Opnieuw beginnen"', '"Naar het buikje" · "Sla dit deel over"', '"Hoe lang nog?"', '"Welke olie moet ik gebruiken?"'],
      playing: 'Speelt',
    },
    phrases: phrases(words),
    // Built on the first question, not on every request.
    get questions() {
      return (questions ??= answers(words));
    },
    get companion() {
      return (companion ??= companionWords());
    },
  };
}
