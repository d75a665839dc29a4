import { StepScript, pause } from '../types';
import { slowCount } from './count';
import { capitalise, lessonSteps, teaching } from './lessons';
import { SpanishVocabulary } from './vocabulary';

/** Every step after the openings, by step id (content/es/steps.ts has the openings and the rules every script follows). */
export function strokes(words: SpanishVocabulary): Record<string, StepScript> {
  return { ...withTeaching(massageStrokes(words), words), ...lessonSteps(words) };
}

/** The strokes of the massages, each with what a lesson adds when it teaches it. */
function withTeaching(scripts: Record<string, StepScript>, words: SpanishVocabulary): Record<string, StepScript> {
  const taught = teaching(words);
  return Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, taught[id] ? { ...script, teach: taught[id] } : script]));
}

function massageStrokes(words: SpanishVocabulary): Record<string, StepScript> {
  const cuddle: StepScript = {
    name: 'El abrazo final',
    how: ['Recoge a tu bebé en tus brazos, piel con piel si quieres.'],
    practice: ['Respira despacio, con tu bebé.', pause(10), 'Siente su calor y su calma.', pause(10), 'Solo abrázalo.', pause(10)],
    connect: 'Dale las gracias por el masaje.',
    watch: 'Quizá ahora quiera comer o dormir: déjate guiar.',
  };

  return {
    'leg-indian-milking': {
      name: 'Ordeño indio',
      how: [
        'Empieza por una pierna. Sujeta el tobillo con una mano, rodea el muslo con la otra y deslízala despacio hasta el pie.',
        'Luego cambia de mano, como tirando de una cuerda.',
      ],
      times: 'Unas tres veces.',
      practice: ['Del muslo, hasta el pie.', pause(10), 'Cambia de mano, y baja.', pause(10), 'Otra vez, lento y suave.', pause(9)],
      connect: 'Dile: esta es tu pierna.',
      watch: 'Si la pierna está rígida, muévela un poquito y dile: relájate.',
    },

    // The newborn's Indian milking: newborns guard the inner thighs, so the hands stay outside and below.
    'newborn-leg-milking': {
      name: 'Ordeño indio',
      how: [
        'Una pierna. Sujeta el tobillo, apoya la otra mano por fuera del muslo y baja hasta el pie.',
        'Luego cambia de mano, como tirando de una cuerda.',
      ],
      times: 'Unas tres veces.',
      practice: ['Por fuera, hasta el pie.', pause(10), 'Cambia de mano.', pause(10), 'Otra vez, lento.', pause(9)],
      connect: 'Dile: esta es tu pierna.',
      watch: 'Si la pierna está rígida, muévela un poquito y dile: relájate.',
    },

    'leg-hug-and-glide': {
      name: 'Abrazar y deslizar',
      how: [
        'Rodea el muslo con las dos manos. Aprieta suave y gíralas un poquito en sentidos contrarios mientras bajas al tobillo.',
        'En la rodilla, aún más suave.',
      ],
      times: 'Unas tres veces.',
      practice: ['Abraza, gira y desliza.', pause(10), 'Vuelve arriba, y otra vez.', pause(10), 'Una más, hasta el tobillo.', pause(9)],
      connect: 'Aquí queda bien una canción suave.',
      watch: 'Mírale la cara mientras bajas: si frunce el ceño, afloja y ve más ligero.',
    },

    'foot-sole': {
      name: 'Pulgar tras pulgar, y los deditos',
      how: [
        'Sujeta el pie. Con los pulgares por turnos, acaricia la planta del talón a los dedos.',
        'Luego rueda cada dedito entre tus dedos, y suéltalo.',
      ],
      times: 'Tres pasadas, y luego cada dedito una vez.',
      practice: ['Pulgar tras pulgar, del talón a los dedos.', pause(11), 'Ahora cada dedito, empezando por el gordo.', pause(15)],
      connect: 'Prueba: este compró un huevito.',
      watch: 'Si encoge los dedos, más despacio.',
    },

    'foot-top-and-ankle': {
      name: 'Presiones, empeine y tobillo',
      how: [
        'Haz presiones pequeñas con el pulgar por toda la planta.',
        'Luego acaricia el empeine, del tobillo a los dedos, y haz circulitos alrededor del huesito del tobillo.',
      ],
      times: 'Unas cuantas de cada.',
      practice: ['Presiones pequeñas, por toda la planta.', pause(10), 'El empeine, del tobillo a los dedos.', pause(9), 'Circulitos en el tobillo.', pause(9)],
      connect: 'Cuenta las presiones en voz alta.',
      watch: 'Si retira el pie, suéltalo sin prisa, y vuelve luego con suavidad.',
    },

    'leg-swedish-milking': {
      name: 'Ordeño sueco, y rodar',
      how: [
        'Ahora al revés, del tobillo a la cadera, una mano tras otra.',
        'Luego rueda la pierna entre tus palmas, del muslo al tobillo.',
      ],
      times: 'Tres veces cada una.',
      practice: ['Del tobillo a la cadera.', pause(10), 'Y otra vez.', pause(8), 'Ahora rueda, del muslo al tobillo.', pause(10), 'Una más, bien suelta.', pause(8)],
      connect: 'Dile lo fuertes que se están poniendo sus piernas.',
      watch: 'Nunca tires de la rodilla ni la gires. Si la pierna se tensa, solo apoya la mano y espera.',
    },

    'other-leg': {
      name: 'La otra pierna',
      how: ['Las mismas pasadas en la otra pierna. Yo te digo cada una.'],
      practice: ['Apoya la mano en ella.', pause(4)],
      connect: 'Nombra cada parte: muslo, rodilla, tobillo, deditos.',
      watch: 'Si se inquieta, solo di: sáltate esta parte.',
    },

    'other-leg-one-stroke': {
      name: 'La otra pierna',
      how: ['La misma pasada en la otra pierna. Yo te la digo.'],
      practice: ['Apoya la mano en ella.', pause(4)],
      connect: 'Nombra cada parte: muslo, rodilla, tobillo, deditos.',
      watch: 'Si se inquieta, solo di: sáltate esta parte.',
    },

    'legs-integration': {
      name: `Círculos en ${words.bottom} y barrido largo`,
      how: [`Desliza las manos bajo ${words.bottom} y haz círculos lentos.`, 'Luego barre con las dos manos desde las caderas hasta los pies, en una sola pasada larga.'],
      times: 'Unos círculos, y luego tres barridos.',
      practice: ['Círculos lentos.', pause(10), 'Barrido largo, hasta los pies.', pause(8), 'Otra vez.', pause(8), 'Y una más.', pause(6)],
      connect: 'Dile: piernas terminadas.',
      watch: 'Piel roja, pálida o con manchas, o puños cerrados: ya basta, tápalo.',
    },

    'tummy-water-wheel': {
      name: 'La noria',
      how: [
        'Nunca justo después de comer, ni en el ombligo sin curar.',
        'Bajo las costillas, con las manos como remos, una tras otra, baja suave hasta abajo del vientre.',
      ],
      times: 'Unas seis veces.',
      practice: ['Rema, y rema.', pause(10), 'Bien despacio.', pause(10), 'Una mano tras otra.', pause(10)],
      connect: `Háblale bajito: aquí está tu ${words.tummyWord}.`,
      watch: 'Si se tensa, manos quietas hasta que se ablande.',
    },

    'knees-up': {
      name: 'Rodillas arriba',
      how: [`Sujeta sus piernas y lleva las rodillas con suavidad hacia ${words.tummy}. Mantenlas mientras cuento hasta seis, y estíralas.`],
      practice: ['Rodillas arriba, y aguanta.', ...slowCount(6), 'Y estira.', pause(5)],
      watch: 'Nunca empujes más allá de lo cómodo.',
    },

    'tummy-sun-and-moon': {
      name: 'Sol y luna',
      how: [
        `${capitalise(words.clockwise)}, visto desde arriba: sube por la derecha de tu bebé, cruza y baja por su izquierda.`,
        'Una mano da la vuelta entera: el sol. La otra, media vuelta, de las diez a las cinco: la luna.',
      ],
      times: 'Unas seis veces.',
      practice: ['Círculo, y luna.', pause(11), 'Círculo, y luna.', pause(11), 'Lento y constante.', pause(10)],
      connect: 'Tararea algo lento.',
      watch: 'Hipo o una bocanada de leche: ya basta aquí, para y abrázalo.',
    },

    'tummy-i-love-you': {
      name: 'Te quiero',
      how: [
        'Las letras de I love you, te quiero en inglés. La I: baja por la izquierda de tu bebé.',
        'La L: bajo las costillas, de su derecha a su izquierda, y baja.',
        'La U: sube por su derecha, cruza y baja.',
      ],
      times: 'Dos veces seguidas.',
      practice: ['I.', pause(5), 'L.', pause(6), 'U.', pause(6), 'Y otra vez. I, L, U.', pause(15)],
      connect: 'Dile te quiero al dibujarlas.',
      watch: 'Si se le escapa un gas, es normal. Sigue.',
    },

    'chest-open-book': {
      name: 'Libro abierto y mariposa',
      how: [
        'Manos planas en el centro del pecho. Ábrelas por las costillas y vuelve dibujando un corazón.',
        'Mariposa: una mano, del costado al hombro contrario, y vuelta.',
      ],
      times: 'Tres de cada.',
      practice: ['Abre el libro.', pause(10), 'Y otra vez.', pause(8), 'Mariposa, por un lado.', pause(9), 'Y por el otro.', pause(9)],
      connect: 'Mírale a los ojos y dile lo bien que lo está haciendo.',
      watch: 'Si bosteza o aparta la mirada, es que pide un descanso: manos quietas hasta que vuelva a mirarte.',
    },

    'arm-milking': {
      name: 'Axila y ordeño del brazo',
      how: [
        'Un brazo: unas caricias suaves en la axila.',
        'Luego sujeta la muñeca y desliza del hombro a la mano, una mano tras otra. Después, abrazar y deslizar.',
      ],
      times: 'Unas tres veces cada una.',
      practice: ['La axila.', pause(6), 'Ordeño, del hombro a la mano.', pause(10), 'Y otra vez.', pause(8), 'Abraza y desliza.', pause(10)],
      connect: 'Nómbralo: tu brazo, tu codo, tu mano.',
      watch: 'Si lo tiene pegado al pecho, muévelo un poco y dile: relájate. Nunca lo estires.',
    },

    'hand-palm-and-fingers': {
      name: 'Palma, dedos y muñeca',
      how: ['Abre su mano con tus pulgares, hacia los dedos. Rueda cada dedito. Acaricia el dorso, y haz círculos en la muñeca.'],
      times: 'Tres pasadas, y cada dedito una vez.',
      practice: ['Abre la palma.', pause(9), 'Cada dedito.', pause(11), 'El dorso de la mano.', pause(8), 'Círculos en la muñeca.', pause(8)],
      connect: 'Cuenta los deditos en voz alta.',
      watch: 'Si cierra el puño, acaricia el dorso y deja que se abra sola.',
    },

    'other-arm': {
      name: 'El otro brazo',
      how: ['Termina este brazo: de la muñeca al hombro, y ruédalo entre tus palmas.'],
      practice: ['Hasta el hombro.', pause(9), 'Y rueda.', pause(8), 'Ahora el otro brazo. Yo te digo las pasadas.', pause(2)],
      after: ['Hasta el hombro, y rueda.', pause(12)],
      connect: 'Canta mientras tanto, si te apetece.',
      watch: 'Límpiale el aceite de las manos antes de que se las chupe.',
    },

    'face-forehead-and-nose': {
      name: 'Frente, cejas y mejillas',
      how: [
        'Aquí, tu roce más ligero de todos.',
        'Con las yemas, del centro de la frente a las sienes. Con los pulgares, por las cejas. Luego de lo alto de la nariz, por sus lados, y hacia las mejillas.',
      ],
      times: 'Tres veces cada una.',
      practice: ['La frente, hacia los lados.', pause(9), 'Las cejas.', pause(8), 'La nariz, y las mejillas.', pause(9), 'Una vez más, las tres.', pause(11)],
      connect: 'Sigue sonriendo. Tu bebé te está mirando.',
      watch: 'A unos bebés les encanta y a otros no. Si gira la cara, hoy nos la saltamos.',
    },

    'face-smile-and-jaw': {
      name: 'Sonrisa, mandíbula y orejas',
      how: [
        'Con los pulgares, una sonrisa sobre el labio de arriba, y otra bajo el de abajo.',
        'Circulitos muy ligeros en la mandíbula. Luego detrás de las orejas y bajo la barbilla.',
      ],
      times: 'Tres veces cada una.',
      practice: ['Sonrisa arriba.', pause(8), 'Sonrisa abajo.', pause(8), 'Circulitos en la mandíbula.', pause(9), 'Orejas, y barbilla.', pause(9)],
      connect: 'Devuélvele la sonrisa.',
      watch: 'Si gira la cara o se queja, ya es suficiente cara por hoy.',
    },

    'back-back-and-forth': {
      name: 'Vaivén',
      how: [
        'Sigue hablándole: ahora no te ve.',
        `Manos de través en la espalda, en sentidos contrarios, bajando hasta ${words.bottom} y subiendo.`,
        `Luego el barrido: una mano en ${words.bottom} y la otra baja desde la nuca.`,
      ],
      times: 'Tres veces cada una.',
      practice: ['Vaivén, hacia abajo.', pause(10), 'Y otra vez arriba.', pause(9), 'Barrido.', pause(8), 'Y otro barrido.', pause(8)],
      connect: 'Sigue hablándole bajito.',
      watch: 'Si boca abajo lo pasa mal, para y abrázalo.',
    },

    'back-circles-and-combing': {
      name: 'Círculos y peinado',
      how: [
        `Circulitos a los lados de la columna, nunca encima, de los hombros hasta ${words.bottom}.`,
        'Luego peina con las yemas, muy ligero, espalda y piernas.',
      ],
      times: 'Una pasada de círculos, y tres de peinado.',
      practice: ['Circulitos.', pause(11), 'Espalda abajo.', pause(11), 'Ahora peina.', pause(8), 'Más ligero.', pause(6), 'Ligero como una pluma.', pause(6)],
      connect: 'Aquí va bien una canción susurrada.',
      watch: 'Si le entra sueño, más despacio: toca ir terminando.',
    },

    'gentle-movements': {
      name: 'Los movimientos suaves',
      how: [
        'Lento y jugando, nunca más allá de lo que quiere.',
        `Cruza sus brazos sobre el pecho y ábrelos. Luego junta un brazo con la pierna contraria sobre ${words.tummy}, y abre. Después, al revés.`,
      ],
      times: 'Tres veces cada uno.',
      practice: [
        'Cruza los brazos, y ábrelos.',
        pause(10),
        'Brazo con la pierna contraria, y abre. Luego el otro lado.',
        pause(12),
        'Rodillas arriba, y aguanta.',
        ...slowCount(6),
        'Estira. Ahora bicicleta, despacio, y deja que se estiren solas.',
        pause(11),
      ],
      connect: 'Hazlo un juego: preparados, listos, ¡a estirar!',
      watch: 'Nunca fuerces ni estires las piernas: si una se resiste, acompaña su movimiento, o déjala tranquila.',
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
          `Para los gases, el masaje para ${words.colic} se hace dos o tres veces al día durante unas dos semanas. ` +
          `Si el llanto no cede, o algo no te parece normal, consulta con ${words.healthProfessional}.`,
      },
    },

    'once-more': {
      name: 'Una vez más',
      how: ['Las mismas pasadas otra vez, un poco más despacio. Yo te las voy diciendo.'],
      practice: [],
      watch: 'Para en cuanto tu bebé haya tenido bastante.',
    },

    'colic-round-two': {
      name: 'Segunda vuelta',
      how: ['Las mismas cuatro pasadas otra vez. Yo te las voy diciendo.'],
      practice: [],
      watch: 'Algunos bebés echan gases por aquí. Sigue con suavidad, y para cuando haya tenido bastante.',
    },

    'colic-round-three': {
      name: 'Última vuelta',
      how: ['Las mismas cuatro pasadas, por última vez. Yo te las voy diciendo.'],
      practice: [],
      watch: `Termina con las manos apoyadas en ${words.tummy}.`,
    },

    'bedtime-settle': {
      name: 'A dormir',
      how: ['Deja una mano quieta en su espalda y la otra apoyada en su cabeza. Cuando esté adormilado, acuéstalo boca arriba en su cuna.'],
      practice: ['Manos quietas.', pause(15), 'Respira despacio.', pause(15), 'Y descansa.', pause(10)],
      watch: 'Buenas noches.',
    },
  };
}
