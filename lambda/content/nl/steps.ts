import { StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { strokes } from './strokes';
import { DutchVocabulary } from './vocabulary';

/**
 * Every step of every routine, once, by step id (routine/routines.ts says which routine uses which),
 * in Dutch: the openings here, the strokes and lessons in strokes.ts and lessons.ts. The same ids,
 * pauses and shape as English (content/en/steps.ts), so each routine stays mostly quiet practice.
 * The whole Dutch pack is one lazily loaded chunk, so nothing here is loaded apart.
 *
 * Tummy strokes go clockwise as the parent looks down: up the baby's right side, across, down the
 * baby's left. Je-form throughout, as a kraamverzorgster or a babymassage-docent says it.
 */
export function steps(words: DutchVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);

  const openings: Record<string, StepScript> = {
    opening: {
      name: 'Voorbereiden',
      how: [check, setting, oil, 'Zacht maar stevig: te licht kriebelt.'],
      practice: [
        'Wrijf je handen warm, hoorbaar voor je baby.',
        pause(8),
        'Laat je handen zien, kijk je baby aan, en vraag zacht: mag ik je masseren?',
        pause(10),
        'Let op een ja: heldere oogjes, een lachje, rustig bewegen.',
        pause(12),
        'Adem rustig in, en laat je schouders zakken.',
        pause(12),
      ],
      watch: 'Huilen, wegdraaien of de rug hol trekken betekent vandaag niet: knuffel, en probeer het een andere keer.',
      returning: {
        how: [`${checkInBrief} Wrijf je handen warm.`, pause(4)],
        practice: ['Vraag: mag ik je masseren? Let op een ja.', pause(7)],
        watch: '',
      },
    },

    // Just the face: no undressing and no oil, and the hands end on the head, ready for the first stroke.
    'face-opening': {
      name: 'Voorbereiden',
      how: [check, 'Je baby op een handdoek of op schoot, in een warme kamer; kleertjes mogen aan. Korte nagels, geen sieraden.', 'Geen olie: schone, droge, warme handen.'],
      practice: [
        'Laat je handen zien, kijk je baby aan, en vraag zacht: mag ik je masseren?',
        pause(10),
        'Let op een ja: heldere oogjes, een lachje, rustig bewegen.',
        pause(10),
        'Leg je handpalmen zacht langs het hoofdje, en druk nooit op de fontanel.',
        pause(6),
      ],
      watch: 'Huilen, wegdraaien of de rug hol trekken betekent vandaag niet: knuffel, en probeer het een andere keer.',
      returning: {
        how: [`${checkInBrief} Schone, droge handen, geen olie.`, pause(2)],
        practice: ['Vraag het, let op een ja, en leg dan je handpalmen tegen het hoofdje.', pause(6)],
        watch: '',
      },
    },

    'colic-opening': {
      name: 'Voorbereiden op de krampjesmassage',
      how: [
        check,
        'Sommige ouders merken dat deze buikstreken helpen bij krampjes, al is het onderzoek wisselend. Doe ze twee of drie keer per dag, zo’n twee weken, ' +
          'en niet als je baby hard huilt.',
        'Onder de zes weken: vederlicht en maar één ronde, of kies de massage voor pasgeborenen.',
        `Houdt het huilen aan, of klopt er iets niet, ga dan naar ${words.healthProfessional}.`,
        setting,
        oil,
      ],
      practice: [
        'Wrijf je handen warm.',
        pause(6),
        'Vraag je baby: mag ik je masseren? Let op een ja.',
        pause(10),
        'Adem rustig in, en laat je schouders zakken.',
        pause(10),
      ],
      connect: 'Praat de hele tijd zacht.',
      watch: 'Blijf onder de ribben, en van de navel af tot die genezen is.',
      returning: {
        how: [`${checkInBrief} Wrijf je handen warm.`, pause(2)],
        practice: ['Vraag het, en let op een ja. Niet als je baby hard huilt.', pause(6)],
        watch: '',
      },
    },

    'bedtime-opening': {
      name: 'Voorbereiden',
      how: [check, 'Licht gedimd, zachte stem. Je baby op een handdoek in een warme kamer. Korte nagels, geen sieraden.', oil],
      practice: [
        'Wrijf je handen warm.',
        pause(6),
        'Vraag zachtjes: mag ik je masseren?',
        pause(8),
        'Leg je baby op de buik op de handdoek, één hand steeds op je baby. Eén hand op de rug, één op het hoofdje.',
        pause(12),
      ],
      connect: 'Neurie iets rustigs.',
      watch: 'Slaapt je baby al? Laat dan lekker slapen: masseren hoeft niet.',
      returning: {
        how: [`${checkInBrief} Licht zacht.`, pause(2)],
        practice: ['Vraag het zachtjes, draai je baby om, en leg je handen op de rug.', pause(5)],
        watch: '',
      },
    },

    'newborn-opening': {
      name: 'Voorbereiden',
      how: [
        check,
        `Ziet je baby geel, vraag dan eerst ${words.midwife}.`,
        `Een warme kamer, je baby op een handdoek of op schoot, in ${words.vest} of ${words.nappy}. Korte nagels, geen sieraden.`,
        'Een paar minuten vederlicht is genoeg. Nog geen olie, en blijf van de navelstomp af.',
        'Pasgeborenen beschermen buik, binnenkant dijen en handpalmen: wij blijven bij onderbeentjes en voetjes.',
      ],
      practice: ['Wrijf je handen warm.', pause(8), 'Laat je handen zien, en vraag zacht: mag ik je masseren?', pause(10), 'Leg je handen op de beentjes.', pause(10)],
      connect: 'Jouw stem is voor een pasgeborene het fijnst: blijf praten.',
      watch: 'Pasgeborenen zijn snel moe. Gapen, hikken of wegkijken: stoppen en knuffelen.',
      returning: {
        how: [`${checkInBrief} Vederlicht, nog geen olie.`, pause(2)],
        practice: ['Vraag het, en leg je handen op de beentjes.', pause(6)],
        watch: 'Gapen, de hik of wegkijken betekent: stoppen en knuffelen.',
      },
    },
  };
  return { ...openings, ...strokes(words) };
}
