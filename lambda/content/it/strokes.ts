import { StepScript, pause } from '../types';
import { slowCount } from './count';
import { TEACHING, lessonSteps } from './lessons';
import { ItalianVocabulary } from './vocabulary';

/** Every step after the openings, by step id (content/it/steps.ts has the openings and the rules every script follows). */
export function strokes(words: ItalianVocabulary): Record<string, StepScript> {
  return { ...withTeaching(massageStrokes(words)), ...lessonSteps(words) };
}

/** The strokes of the massages, each with what a lesson adds when it teaches it. */
function withTeaching(scripts: Record<string, StepScript>): Record<string, StepScript> {
  return Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, TEACHING[id] ? { ...script, teach: TEACHING[id] } : script]));
}

function massageStrokes(words: ItalianVocabulary): Record<string, StepScript> {
  const cuddle: StepScript = {
    name: "L'abbraccio finale",
    how: ['Prendi il bimbo tra le braccia, pelle a pelle se ti va.'],
    practice: ['Respirate piano, insieme.', pause(10), "Senti com'è caldo e rilassato.", pause(10), 'Tienilo stretto, e basta.', pause(10)],
    connect: 'Ringrazia il bimbo per il massaggio.',
    watch: 'Ora forse vorrà mangiare o dormire: segui lui.',
  };

  return {
    'leg-indian-milking': {
      name: 'Mungitura indiana',
      how: [
        "Comincia da una gamba. Tieni la caviglia, avvolgi la coscia con l'altra mano e scivola giù fino al piede.",
        'Poi cambia mano, come se tirassi una corda.',
      ],
      times: 'Circa tre volte.',
      practice: ['Dalla coscia, giù fino al piede.', pause(10), 'Cambia mano, e giù.', pause(10), 'Ancora una volta, lenta e fluida.', pause(9)],
      connect: 'Digli: questa è la tua gamba.',
      watch: 'Se la gamba è rigida, tienila ferma, scuotila appena e digli: rilassati.',
    },

    // The newborn's Indian milking: newborns guard the inner thighs, so the hands stay outside and below.
    'newborn-leg-milking': {
      name: 'Mungitura indiana',
      how: [
        "Comincia da una gamba. Tieni la caviglia, appoggia l'altra mano sull'esterno della coscia e scivola giù fino al piede, senza toccare l'interno coscia.",
        'Poi cambia mano, come se tirassi una corda.',
      ],
      times: 'Circa tre volte.',
      practice: ["Dall'esterno della coscia, giù fino al piede.", pause(10), 'Cambia mano, e giù.', pause(10), 'Ancora una volta, lenta e fluida.', pause(9)],
      connect: 'Digli: questa è la tua gamba.',
      watch: 'Se la gamba è rigida, tienila ferma, scuotila appena e digli: rilassati.',
    },

    'leg-hug-and-glide': {
      name: 'Abbraccia e scivola',
      how: [
        'Avvolgi la coscia in alto con le due mani. Stringi piano e ruota appena le mani in direzioni opposte, scendendo verso la caviglia.',
        'Sul ginocchio vai ancora più piano.',
      ],
      times: 'Circa tre volte.',
      practice: ['Abbraccia, ruota e scivola.', pause(10), 'Torna in alto, e di nuovo.', pause(10), 'Ancora una volta, fino alla caviglia.', pause(9)],
      connect: 'Qui ci sta bene una canzoncina.',
      watch: 'Guarda il suo viso mentre lo fai: se aggrotta la fronte, più leggero.',
    },

    'foot-sole': {
      name: 'Pollice dopo pollice, e i ditini',
      how: [
        'Tieni il piede. Con i pollici, uno dopo l\'altro, accarezza la pianta dal tallone verso le dita.',
        'Poi fai rotolare ogni ditino tra pollice e indice, e lascialo scivolare via.',
      ],
      times: 'Tre carezze, poi ogni dito una volta.',
      practice: ['Pollice dopo pollice, dal tallone alle dita.', pause(11), "Ora ogni ditino, a partire dall'alluce.", pause(15)],
      connect: 'Prova una filastrocca, contando i ditini.',
      watch: 'Se le dita si arricciano, rallenta e lasciale rilassare.',
    },

    'foot-top-and-ankle': {
      name: 'Pressioni, dorso del piede e caviglia',
      how: [
        'Fai piccole pressioni col pollice su tutta la pianta e sotto le dita.',
        'Poi accarezza il dorso del piede dalla caviglia alle dita, e disegna dei cerchietti intorno al malleolo con i polpastrelli.',
      ],
      times: 'Qualche volta ciascuno.',
      practice: ['Piccole pressioni, su tutta la pianta.', pause(10), 'Dorso del piede, dalla caviglia alle dita.', pause(9), 'Cerchietti intorno alla caviglia.', pause(9)],
      connect: 'Conta le pressioni a voce alta.',
      watch: 'Se tira via il piede, lascialo andare, e torna con dolcezza.',
    },

    'leg-swedish-milking': {
      name: 'Mungitura svedese, e rotolamento',
      how: [
        "Ora scivola nell'altro senso, dalla caviglia all'anca, una mano dopo l'altra.",
        'Poi fai rotolare la gamba morbida tra i palmi, dalla coscia alla caviglia.',
      ],
      times: 'Tre volte ciascuno.',
      practice: ["Dalla caviglia su fino all'anca.", pause(10), 'E di nuovo.', pause(8), 'Ora fai rotolare, dalla coscia alla caviglia.', pause(10), 'Ancora una volta, bella morbida.', pause(8)],
      connect: 'Digli quanto sono forti le sue gambe.',
      watch: 'Non tirare e non ruotare mai il ginocchio. Se la gamba si irrigidisce, appoggia solo la mano.',
    },

    'other-leg': {
      name: "L'altra gamba",
      how: ["Gli stessi movimenti sull'altra gamba. Te li chiamo io."],
      practice: ['Appoggia la mano sulla gamba.', pause(4)],
      connect: 'Nomina ogni parte: coscia, ginocchio, caviglia, dita.',
      watch: "Se si agita, di' solo: salta questa parte.",
    },

    'other-leg-one-stroke': {
      name: "L'altra gamba",
      how: ["Lo stesso movimento sull'altra gamba. Te lo chiamo io."],
      practice: ['Appoggia la mano sulla gamba.', pause(4)],
      connect: 'Nomina ogni parte: coscia, ginocchio, caviglia, dita.',
      watch: 'Se il bimbo diventa irrequieto, di\' solo: salta questa parte.',
    },

    'legs-integration': {
      name: 'Sederino e carezza lunga',
      how: [
        'Fai scivolare le mani sotto il sederino, e disegna cerchi lenti.',
        'Poi, con le due mani, una lunga carezza dai fianchi giù fino ai piedi.',
      ],
      times: 'Qualche cerchio, poi tre carezze lunghe.',
      practice: ['Cerchi lenti.', pause(10), 'Carezza lunga, fino ai piedi.', pause(8), 'Ancora.', pause(8), "E un'ultima.", pause(6)],
      connect: 'Digli: gambe finite.',
      watch: 'Se la pelle diventa rossa, pallida o a chiazze, o stringe i pugni, per ora basta: avvolgilo al caldo.',
    },

    'tummy-water-wheel': {
      name: 'Ruota del mulino',
      how: [
        "Non subito dopo la poppata, e lontano dall'ombelico finché non è guarito.",
        "Resta sotto le costole. Mani come pale, una dopo l'altra: scendono piano dalle costole al basso ventre.",
      ],
      times: 'Circa sei volte.',
      practice: ['Una pala, e l\'altra.', pause(10), 'Piano piano.', pause(10), "Una mano dopo l'altra.", pause(10)],
      connect: 'Parlagli piano: ecco il tuo pancino.',
      watch: 'Se la pancia si indurisce, mani ferme finché non torna morbida.',
    },

    'knees-up': {
      name: 'Ginocchia alla pancia',
      how: ['Tieni le gambine sotto le ginocchia e portale piano verso la pancia. Tienile lì contando lentamente fino a sei, poi distendi.'],
      practice: ['Ginocchia su, e tieni.', ...slowCount(6), 'E distendi.', pause(5)],
      watch: 'Mai oltre il punto in cui il bimbo sta comodo.',
    },

    'tummy-sun-and-moon': {
      name: 'Sole e luna',
      how: [
        "In senso orario, visto dall'alto: su per il lato destro del bimbo, attraverso, e giù per il sinistro.",
        "Una mano fa tutto il giro: il sole. L'altra la segue con mezzo cerchio, circa dalle dieci alle cinque: la luna.",
      ],
      times: 'Circa sei volte.',
      practice: ['Sole, e luna.', pause(11), 'Sole, e luna.', pause(11), 'Lento e regolare.', pause(10)],
      connect: 'Canticchia una melodia lenta mentre giri.',
      watch: 'Singhiozzo o rigurgito vogliono dire che la pancia ne ha abbastanza: fermati e coccolalo.',
    },

    'tummy-i-love-you': {
      name: 'I love you',
      how: [
        'Tre lettere sulla pancia. La I: giù per il lato sinistro del bimbo.',
        'La L: sotto le costole, dalla destra del bimbo alla sua sinistra, poi giù.',
        'La U: su per il lato destro, attraverso, e giù per il sinistro.',
      ],
      times: 'Due volte.',
      practice: ['I.', pause(5), 'Love.', pause(6), 'You.', pause(6), 'E di nuovo. I, love, you.', pause(15)],
      connect: "Di' le parole mentre le disegni.",
      watch: "Se fa un po' d'aria, è normale: continua piano.",
    },

    'chest-open-book': {
      name: 'Libro aperto e farfalla',
      how: [
        'Mani piatte, unite al centro del petto. Scivola in fuori lungo le costole e torna giù, come a disegnare un cuore.',
        'La farfalla: una mano alla volta, dal fianco alla spalla opposta, e ritorno.',
      ],
      times: 'Tre di ciascuno.',
      practice: ['Apri il libro.', pause(10), 'E di nuovo.', pause(8), 'Farfalla, da un lato.', pause(9), "E dall'altro.", pause(9)],
      connect: 'Guardalo negli occhi.',
      watch: 'Uno sbadiglio o lo sguardo altrove chiedono una pausa: mani ferme finché non ti guarda di nuovo.',
    },

    'arm-milking': {
      name: 'Ascella e mungitura',
      how: [
        "Comincia da un braccio: qualche carezza leggera sotto l'ascella.",
        "Poi tieni il polso, e scivola dalla spalla alla mano, una mano dopo l'altra. Poi abbraccia e scivola.",
      ],
      times: 'Circa tre volte ciascuno.',
      practice: ['Sotto l\'ascella.', pause(6), 'Mungitura, dalla spalla alla mano.', pause(10), 'E di nuovo.', pause(8), 'Abbraccia e scivola.', pause(10)],
      connect: 'Nominale: il tuo braccio, il tuo gomito, la tua mano.',
      watch: 'Se tiene il braccio stretto al petto, dondolalo piano e digli: rilassati. Mai tirarlo per stenderlo.',
    },

    'hand-palm-and-fingers': {
      name: 'Palmo, dita e polso',
      how: ['Apri la manina coi pollici, dalla base del palmo alle dita. Fai rotolare ogni dito. Accarezza il dorso della mano, poi piccoli cerchi sul polso.'],
      times: 'Tre carezze, e ogni dito una volta.',
      practice: ['Apri il palmo.', pause(9), 'Ogni ditino.', pause(11), 'Il dorso della mano.', pause(8), 'Cerchietti sul polso.', pause(8)],
      connect: 'Conta le dita a voce alta.',
      watch: "I pugni stretti vogliono dire che è incerto: accarezza il dorso della mano, e lascia che si apra da sola.",
    },

    'other-arm': {
      name: "L'altro braccio",
      how: ['Prima finisci questo braccio: risali dal polso alla spalla, poi fallo rotolare tra i palmi.'],
      practice: ['Su fino alla spalla.', pause(9), 'E fai rotolare.', pause(8), "Ora l'altro braccio. Ti chiamo io i movimenti.", pause(2)],
      after: ['Su fino alla spalla, e fai rotolare.', pause(12)],
      connect: 'Se ti va, canta mentre lo fai.',
      watch: "Pulisci l'olio dalle sue manine prima che le porti alla bocca.",
    },

    'face-forehead-and-nose': {
      name: 'Fronte, sopracciglia e guance',
      how: [
        'Qui il tocco più leggero di tutti.',
        'Coi polpastrelli, dal centro della fronte alle tempie. Coi pollici, in fuori lungo le sopracciglia. Poi dalla radice del naso, giù ai lati e fuori sulle guance.',
      ],
      times: 'Tre volte ciascuno.',
      practice: ['La fronte, verso i lati.', pause(9), 'Le sopracciglia.', pause(8), 'Il naso, e le guance.', pause(9), 'Ancora una volta, tutti e tre.', pause(11)],
      connect: 'Continua a sorridere. Il bimbo ti sta guardando.',
      watch: 'Ad alcuni bimbi piace tantissimo e ad altri no. Se gira la testa, oggi salta il viso.',
    },

    'face-smile-and-jaw': {
      name: 'Sorriso, mandibola e orecchie',
      how: [
        'Con i pollici, disegna un sorriso sopra il labbro di sopra, poi sotto il labbro di sotto.',
        'Leggerissimo, piccoli cerchi dove si articola la mandibola. Poi accarezza dietro le orecchie, e sotto il mento.',
      ],
      times: 'Tre volte ciascuno.',
      practice: ['Sorriso sopra.', pause(8), 'Sorriso sotto.', pause(8), 'Cerchi sulla mandibola.', pause(9), 'Orecchie, e mento.', pause(9)],
      connect: 'Ricambia il suo sorriso.',
      watch: 'Se gira la testa, per oggi il viso basta così.',
    },

    'back-back-and-forth': {
      name: 'Avanti e indietro',
      how: [
        'Parlagli sempre: ora non ti vede.',
        'Mani di traverso sulla schiena, avanti e indietro in direzioni opposte, giù fino al sederino e su.',
        "Poi la carezza lunga: una mano ferma sul sederino, l'altra scivola giù dal collo.",
      ],
      times: 'Tre volte ciascuno.',
      practice: ['Avanti e indietro, giù.', pause(10), 'E di nuovo su.', pause(9), 'Carezza lunga.', pause(8), 'E ancora.', pause(8)],
      connect: 'Parlagli piano.',
      watch: 'Se a pancia in giù si agita, basta: coccolalo.',
    },

    'back-circles-and-combing': {
      name: 'Cerchietti e pettine',
      how: [
        'Piccoli cerchi coi polpastrelli ai lati della colonna, mai sopra, dalle spalle al sederino.',
        'Poi pettina leggero con le dita, giù per la schiena e le gambe.',
      ],
      times: 'Una passata di cerchi, poi tre volte il pettine.',
      practice: ['Piccoli cerchi.', pause(11), 'Giù lungo la schiena.', pause(11), 'Ora il pettine.', pause(8), 'Più leggero.', pause(6), 'Leggero come una piuma.', pause(6)],
      connect: 'Qui ci sta bene una canzone sussurrata.',
      watch: 'Se gli viene sonno, rallenta: è ora di finire presto.',
    },

    'gentle-movements': {
      name: 'Movimenti dolci',
      how: [
        'Lenti e giocosi, mai oltre quello che il bimbo vuole.',
        "Incrocia le braccia sul petto, poi aprile. Poi un braccio e la gamba opposta si incontrano sopra la pancia, e apri. Poi l'altro braccio e l'altra gamba.",
      ],
      times: 'Tre volte ciascuno.',
      practice: [
        'Incrocia le braccia, e apri bene.',
        pause(10),
        "Il braccio verso la gamba opposta, e apri. Poi dall'altro lato.",
        pause(12),
        'Ginocchia su, e tieni.',
        ...slowCount(6),
        'Distendi. Ora pedala piano con le gambe, poi lasciale distendere da sole.',
        pause(11),
      ],
      connect: 'Fanne un gioco: pronti, partenza, stiracchiamoci.',
      watch: 'Non forzare e non stendere mai le gambe: se un arto resiste, assecondalo o lascialo stare.',
    },

    'closing-cuddle': cuddle,

    // The colic massage's cuddle: a parent who came straight to the short opening hears the colic advice
    // here, once, where they would plan the next time (a first-timer heard it in the opening).
    'colic-closing': {
      ...cuddle,
      returning: {
        how: cuddle.how,
        practice: cuddle.practice,
        watch:
          "Per l'aria nella pancia, il massaggio per le coliche si fa due o tre volte al giorno per circa due settimane. " +
          `Se il pianto non passa, o qualcosa non ti convince, senti ${words.healthProfessional}.`,
      },
    },

    'once-more': {
      name: "Un'altra volta",
      how: ['Gli stessi movimenti di nuovo, un po\' più lenti. Te li chiamo io.'],
      practice: [],
      watch: 'Fermati quando ne ha abbastanza.',
    },

    'colic-round-two': {
      name: 'Secondo giro',
      how: ['Gli stessi quattro movimenti di nuovo. Te li chiamo io.'],
      practice: [],
      watch: 'A questo punto alcuni bimbi fanno aria. Continua piano, e fermati quando ne ha abbastanza.',
    },

    'colic-round-three': {
      name: 'Ultimo giro',
      how: ["Gli stessi quattro movimenti, un'ultima volta. Te li chiamo io."],
      practice: [],
      watch: 'Finisci con le mani appoggiate sulla pancia.',
    },

    'bedtime-settle': {
      name: 'La nanna',
      how: [`Tieni una mano ferma sulla schiena, e l'altra appoggiata sulla testa. Quando il bimbo è assonnato, mettilo nel ${words.cot}, a pancia in su.`],
      practice: ['Mani ferme.', pause(15), 'Respiri lenti.', pause(15), 'E riposa.', pause(10)],
      watch: 'Buonanotte.',
    },
  };
}
