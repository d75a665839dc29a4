import { StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { strokes } from './strokes';
import { ItalianVocabulary } from './vocabulary';

/**
 * Every step of every routine, once, by step id (routine/routines.ts says which routine uses which):
 * the openings here, the strokes and the course's steps from strokes.ts.
 *
 * Written as an ostetrica or an insegnante di massaggio infantile talks a parent through it, in the
 * tu-form; the baby is "il bimbo", the generic masculine. Each script is spoken slowly and most of its
 * time is guided practice, with the same pauses as the English pack. Tummy strokes always go in senso
 * orario as the parent looks down, said as the baby's right to the baby's left.
 */
export function steps(words: ItalianVocabulary): Record<string, StepScript> {
  return { ...openings(words), ...strokes(words) };
}

function openings(words: ItalianVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);

  return {
    opening: {
      name: 'Prepariamoci',
      how: [check, setting, oil, 'Tocco delicato ma deciso: troppo leggero fa il solletico.'],
      practice: [
        'Strofina le mani vicino al bimbo, così le sente.',
        pause(8),
        'Mostragli le mani, guardalo negli occhi e chiedigli piano: posso farti un massaggio?',
        pause(10),
        'Aspetta il suo sì: occhi vivaci, un sorriso, movimenti morbidi.',
        pause(12),
        'Fai un respiro lento, e lascia scendere le spalle.',
        pause(12),
      ],
      watch: "Se piange, si gira o si inarca, oggi no: coccolalo e riprova un'altra volta.",
      returning: {
        how: [`${checkInBrief} Scalda le mani.`, pause(4)],
        practice: ['Chiedigli: posso farti un massaggio? Aspetta il suo sì.', pause(7)],
        watch: '',
      },
    },

    // Just the face: no undressing and no oil, and the hands end on the head, ready for the first stroke.
    'face-opening': {
      name: 'Prepariamoci',
      how: [
        check,
        'Il bimbo su un asciugamano o in braccio, in una stanza calda; può restare vestito. Unghie corte, niente anelli né braccialetti.',
        'Niente olio per il viso: mani pulite, asciutte e calde.',
      ],
      practice: [
        'Mostragli le mani, guardalo negli occhi e chiedigli piano: posso farti un massaggio?',
        pause(10),
        'Aspetta il suo sì: occhi vivaci, un sorriso, movimenti morbidi.',
        pause(10),
        'Appoggia i palmi piano ai lati della testa, senza mai premere sulla fontanella.',
        pause(6),
      ],
      watch: 'Se piange, si gira o inarca la schiena, oggi no: coccolalo e riprova un altro giorno.',
      returning: {
        how: [`${checkInBrief} Mani pulite e asciutte, niente olio.`, pause(2)],
        practice: ['Chiedigli il permesso, aspetta il suo sì, poi appoggia i palmi ai lati della testa.', pause(6)],
        watch: '',
      },
    },

    'colic-opening': {
      name: 'Prepariamoci al massaggio per le coliche',
      how: [
        check,
        "Ad alcuni genitori sembra che questi movimenti aiutino con l'aria, ma gli studi non concordano. Si fanno due o tre volte al giorno per circa due settimane, " +
          'non mentre piange forte.',
        'Sotto le sei settimane circa, tocco leggerissimo e un solo giro, oppure scegli il massaggio per neonati.',
        `Se il pianto non passa, o qualcosa non ti convince, senti ${words.healthProfessional}.`,
        setting,
        oil,
      ],
      practice: [
        'Scalda le mani.',
        pause(6),
        'Chiedi al bimbo: posso farti un massaggio? Aspetta il suo sì.',
        pause(10),
        'Fai un respiro lento, e lascia scendere le spalle.',
        pause(10),
      ],
      connect: 'Parlagli piano, sempre.',
      watch: "Resta sotto le costole, e lascia stare l'ombelico finché non è guarito.",
      returning: {
        how: [`${checkInBrief} Scalda le mani.`, pause(2)],
        practice: ['Chiedigli il permesso e aspetta il suo sì. Non mentre piange forte.', pause(6)],
        watch: '',
      },
    },

    'bedtime-opening': {
      name: 'Prepariamoci',
      how: [check, "Luci basse, voce bassa. Bimbo sull'asciugamano, stanza calda. Unghie corte, niente anelli.", oil],
      practice: [
        'Scalda le mani.',
        pause(6),
        'Chiedigli sottovoce: posso farti un massaggio?',
        pause(8),
        "Ora giralo a pancia in giù sull'asciugamano, tenendogli sempre una mano addosso. Una mano sulla schiena, una sulla testa.",
        pause(12),
      ],
      connect: 'Canticchia qualcosa di lento.',
      watch: 'Se dorme già, lascialo dormire: non serve il massaggio.',
      returning: {
        how: [`${checkInBrief} Luci basse.`, pause(2)],
        practice: ['Chiedigli sottovoce, giralo a pancia in giù, e appoggia le mani sulla schiena.', pause(5)],
        watch: '',
      },
    },

    'newborn-opening': {
      name: 'Prepariamoci',
      how: [
        check,
        `Se ti sembra giallino, prima senti ${words.healthProfessional}.`,
        `Stanza calda, bimbo sull'asciugamano o in braccio, col ${words.vest} o il solo ${words.nappy}. Unghie corte, niente anelli.`,
        "Bastano pochi minuti, tocco leggerissimo. Niente olio prima di un mese, e lontano dal moncone dell'ombelico.",
        'I neonati proteggono pancia, interno delle cosce e palmi: restiamo su polpacci e piedi.',
      ],
      practice: ['Scalda le mani.', pause(8), 'Mostra le mani al bimbo e chiedigli piano: posso farti un massaggio?', pause(10), 'Appoggia le mani sulle gambe.', pause(10)],
      connect: 'Per un neonato, la tua voce è la cosa più bella: parlagli.',
      watch: 'I neonati si stancano presto. Sbadigli, singhiozzo o sguardo altrove vogliono dire: basta, coccolalo.',
      returning: {
        how: [`${checkInBrief} Tocco leggerissimo, ancora niente olio.`, pause(2)],
        practice: ['Chiedigli il permesso, e appoggia le mani sulle gambe.', pause(6)],
        watch: 'Sbadigli, singhiozzo o sguardo altrove: basta, coccolalo.',
      },
    },
  };
}
