import { Line, StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { ItalianVocabulary } from './vocabulary';

/**
 * The course's own words (routine/lessons.ts): each lesson's opening, its reviews and practice passes,
 * and what a lesson adds the first time it teaches a stroke.
 */
export function lessonSteps(words: ItalianVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);
  const ask = 'Scalda le mani, mostrale al bimbo e chiedigli: posso farti un massaggio?';
  const returning = (extra: string): StepScript['returning'] => ({
    how: [`${checkInBrief} ${extra}`, pause(2)],
    practice: ['Butta fuori l\'aria piano, scalda le mani e chiedigli: posso farti un massaggio?', pause(9)],
    watch: '',
  });
  const called = (name: string, how: string, watch: string): StepScript => ({ name, how: [how], practice: [], watch });
  /** The opening of lessons two to five: the full check for a first-timer, what today brings, the asking. */
  const later = (today: string, watch: string, todayInBrief = today): StepScript => ({
    name: 'Prepariamoci',
    how: [check, setting, oil, today],
    practice: ['Lascia scendere le spalle, e butta fuori l\'aria piano.', pause(8), ask, pause(10), 'Aspetta il suo sì.', pause(6)],
    watch,
    returning: returning(todayInBrief),
  });

  return {
    // Week one teaches the beginning itself: relaxing, asking, and reading the answer. Always in full.
    'lesson-1-opening': {
      name: 'Benvenuti al corso',
      how: [
        "In cinque lezioni, una a settimana se vuoi, imparerai tutto il massaggio una parte alla volta, esercitandoti a casa tra una lezione e l'altra.",
        check,
        setting,
        oil,
        'Oggi: come si comincia, poi gambe e piedi. I bimbi sono abituati a essere toccati lì: è il punto più facile per partire.',
      ],
      practice: [
        "Prima rilassati tu. Lascia scendere le spalle, e butta fuori l'aria piano.",
        pause(8),
        'Strofina un goccio di olio tra le mani, vicino al bimbo, così lo sente.',
        pause(6),
        'Ora chiedi. Mostra le mani aperte, guardalo negli occhi e digli piano: posso farti un massaggio?',
        pause(9),
        'Il sì: occhi vivaci, manine che ti cercano, movimenti morbidi. Se si gira, piange o si inarca: non adesso.',
        pause(8),
        'Appoggia le mani calde sulle gambe, e continua a respirare piano.',
        pause(8),
      ],
      watch: 'Chiedi ogni volta, anche se è piccolissimo: chiedere fa parte del massaggio.',
    },

    'lesson-2-opening': later('Oggi: le gambe in breve, poi la pancia.', 'Se oggi il bimbo non ha voglia, va bene anche solo una coccola. Ci sarà domani.'),
    'lesson-3-opening': later('Oggi: gambe e pancia in breve, poi petto, braccia e mani.', 'Spesso all\'inizio le braccia restano strette al corpo. È normale: andiamo piano.'),
    'lesson-4-opening': later(
      'Tieni vicino un panno per pulirti le mani prima del viso. Oggi: il viso, poi la schiena.',
      'Ad alcuni bimbi il massaggio del viso piace tanto e ad altri no: vanno bene entrambe le cose.',
      'Un panno per le mani. Oggi: il viso, poi la schiena.',
    ),
    'lesson-5-opening': later(
      'Oggi: tutto il massaggio in ordine, ogni movimento col suo nome, e i movimenti dolci per finire.',
      "Per alcuni bimbi tutto il massaggio è tanto. Fermarsi a metà va sempre bene.",
      'Oggi: tutto il massaggio, e i movimenti dolci per finire.',
    ),

    'legs-review': called('Le gambe in breve', "Le gambe della settimana scorsa: ogni movimento su una gamba, poi sull'altra. Te li chiamo io.", "Se il bimbo è irrequieto, di' salta questa parte."),
    'tummy-review': called('La pancia in breve', 'I movimenti sulla pancia, in senso orario e leggeri. Te li chiamo io.', 'Pancia tesa o fronte aggrottata: più leggero, o lasciala per oggi.'),
    'tummy-practice': {
      ...called('Ripasso', 'Ora i tre movimenti sulla pancia, in ordine, senza spiegazioni. Te li chiamo io.', 'Pancia dura o pianto: fermati e coccolalo.'),
      connect: 'Canta o canticchia piano mentre lo fai.',
    },
    'face-practice': called('Ripasso', 'Tutti e due i movimenti del viso di nuovo, piano, senza spiegazioni. Te li chiamo io.', 'Se gira la testa, lascia il viso per un altro giorno.'),
    'back-practice': called('Ripasso', 'Tutti e due i movimenti della schiena di nuovo, senza spiegazioni. Te li chiamo io.', 'Tieni sempre una mano sul bimbo.'),
    'whole-legs': called('Tutto il massaggio', 'Da qui, tutto il massaggio in ordine, ogni movimento col suo nome: prima le gambe e i piedi, una gamba e poi l\'altra.', "Segui il bimbo: puoi saltare una parte quando vuoi, dicendo salta questa parte."),
    'whole-tummy': called('La pancia', 'I movimenti sulla pancia, in senso orario e leggeri. Te li chiamo io.', 'Se la pancia è tesa, più leggero, o passa oltre.'),
    'whole-chest-and-arms': called('Petto, braccia e mani', 'Il libro aperto, poi i movimenti per le braccia e le mani, un braccio e poi l\'altro.', 'Se tiene un braccio stretto, scuotilo appena e digli: rilassati.'),
    'whole-face': called('Il viso', 'Pulisciti le mani. I movimenti del viso, leggerissimi. Te li chiamo io.', 'Se gira la testa, per oggi lascia stare il viso.'),
    'whole-back': called('La schiena', 'I movimenti della schiena, sempre con una mano sul bimbo. Te li chiamo io.', 'Se alza la testa e si agita, giralo di nuovo e coccolalo.'),
  };
}

/**
 * What a lesson says the first time it teaches each stroke (RoutineStep.teach), after the usual how-to:
 * why it is done, and what the hands should feel. Claims stay with what the reference supports.
 */
export const TEACHING: Readonly<Record<string, readonly Line[]>> = {
  'leg-indian-milking': ['La mungitura indiana va dal corpo verso i piedi. Usa tutta la mano: palmo e dita, non solo i polpastrelli.'],
  'leg-hug-and-glide': ['Abbraccia e scivola è una torsione morbida. La rotazione è minima: pensa a girare un rubinetto, non a strizzare un panno.'],
  'foot-sole': ['Spesso i piedi sono la parte preferita. I pollici restano piatti e camminano uno dopo l\'altro, come piccoli passi.'],
  'foot-top-and-ankle': ['Sul dorso del piede i pollici premono appena, senza mai spingere indietro le dita. I cerchi intorno al malleolo sono piccolissimi.'],
  'leg-swedish-milking': ['La mungitura svedese va al contrario, dal piede verso la coscia. Chiude la gamba con una carezza lunga e calma.'],
  'legs-integration': ['Questo unisce tutti i movimenti, così le gambe si sentono un tutt\'uno. È un bel modo per finire le gambe ogni volta.'],
  'tummy-water-wheel': ["Le mani remano una dopo l'altra, come la ruota di un mulino, sempre verso il basso. Resta sotto le costole e lontano dall'ombelico, se non è guarito."],
  'tummy-sun-and-moon': ["Il sole è un cerchio completo con una mano; la luna è mezzo cerchio con l'altra. In senso orario, come tutti i movimenti sulla pancia."],
  'tummy-i-love-you': ['Di\' le parole mentre disegni le lettere: I, L, poi una U capovolta. Col tempo il bimbo le riconosce.'],
  'chest-open-book': ['Le mani piatte si aprono come le pagine di un libro, e tornano disegnando un cuore. Non premere più che sulla pancia.'],
  'arm-milking': ['Spesso le braccia restano strette al corpo. Mai tirarle per stenderle: se un braccio resta piegato, accarezzalo così.'],
  'hand-palm-and-fingers': ["Spesso i bimbi stringono un dito: va benissimo. Apri la manina solo se si apre facilmente."],
  'face-forehead-and-nose': ['Lavorano i pollici, leggeri come una piuma. Qui molti bimbi chiudono gli occhi.'],
  'face-smile-and-jaw': ['Alcuni genitori usano questi cerchietti sulla mandibola quando spuntano i dentini. Tocco leggerissimo.'],
  'back-back-and-forth': ['Le mani si muovono in direzioni opposte sulla schiena, come a levigare una tavola, piano. Non premere mai sulla colonna.'],
  'back-circles-and-combing': ['I cerchi vanno ai due lati della colonna, mai sopra. Il pettine è il tocco più leggero di tutto il massaggio.'],
  'gentle-movements': ['Sono un gioco, non ginnastica. Arriva solo fin dove il bimbo si muove con facilità, e fermati appena senti resistenza.'],
};
