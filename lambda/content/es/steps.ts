import { StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { strokes } from './strokes';
import { SpanishVocabulary } from './vocabulary';

/**
 * Every step of every routine, once, by step id (routine/routines.ts says which routine uses which):
 * the openings here, the strokes and the course's steps in strokes.ts.
 *
 * Each script is spoken slowly and most of its time is guided practice: short cues with pauses long
 * enough to do the stroke while the guide is quiet. The tummy always goes clockwise as the parent looks
 * down, said as the baby's right to the baby's left. Pressure: gentle but firm, feather-light for
 * newborns, lightest on the face. Facts from the team's infant-massage reference; the words our own.
 */
export function steps(words: SpanishVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);

  const openings: Record<string, StepScript> = {
    opening: {
      name: 'Preparación',
      how: [check, setting, oil, 'Presión suave pero firme, sin cosquillas.'],
      practice: [
        'Frota tus manos cerca de tu bebé, para que lo oiga.',
        pause(8),
        'Enséñale las manos, mírale y pregúntale bajito: ¿te doy un masaje?',
        pause(10),
        'Espera su sí: ojos brillantes, una sonrisa, movimientos suaves.',
        pause(12),
        'Respira despacio y deja caer los hombros.',
        pause(12),
      ],
      watch: 'Si llora, gira la cara o se arquea, hoy no: abrázalo y prueba otro día.',
      returning: {
        how: [`${checkInBrief} Calienta tus manos.`, pause(4)],
        practice: ['Pregúntale: ¿te doy un masaje? Espera su sí.', pause(7)],
        watch: '',
      },
    },

    // Just the face: no undressing and no oil, and the hands end on the head, ready for the first stroke.
    'face-opening': {
      name: 'Preparación',
      how: [
        check,
        `Tu bebé sobre una toalla o en tu regazo, en ${words.warmRoom}; puede seguir vestido. Uñas cortas, sin anillos ni pulseras.`,
        'Nada de aceite en la cara: manos limpias, secas y calientes.',
      ],
      practice: [
        'Enséñale las manos, mírale a los ojos y pregúntale bajito: ¿te doy un masaje?',
        pause(10),
        'Espera su sí: ojos brillantes, una sonrisa, movimientos suaves.',
        pause(10),
        `Apoya las palmas con suavidad a los lados de la cabeza, sin apretar nunca ${words.softSpot}.`,
        pause(6),
      ],
      watch: 'Si llora, gira la cara o se arquea, hoy no: abrázalo y prueba otro día.',
      returning: {
        how: [`${checkInBrief} Manos limpias y secas, sin aceite.`, pause(2)],
        practice: ['Pregúntale, y apoya las palmas a los lados de la cabeza.', pause(6)],
        watch: '',
      },
    },

    'colic-opening': {
      name: `Preparación para ${words.colic}`,
      how: [
        check,
        `A algunos padres estas pasadas por ${words.tummy} les ayudan con los gases, aunque los estudios no coinciden. Se hacen dos o tres veces al día durante unas dos semanas, ` +
          'y nunca mientras llora con fuerza.',
        'Con menos de unas seis semanas, toca muy ligero y haz una sola vuelta, o elige el masaje de recién nacido.',
        `Si el llanto no cede, o algo no te parece normal, consulta con ${words.healthProfessional}.`,
        setting,
        oil,
      ],
      practice: [
        'Calienta tus manos.',
        pause(6),
        'Pregúntale: ¿te doy un masaje? Espera su sí.',
        pause(10),
        'Respira despacio y deja caer los hombros.',
        pause(10),
      ],
      connect: 'Háblale bajito todo el rato.',
      watch: 'Quédate por debajo de las costillas, y no toques el ombligo hasta que esté bien curado.',
      returning: {
        how: [`${checkInBrief} Calienta tus manos.`, pause(2)],
        practice: ['Pregúntale y espera su sí; nunca si llora fuerte.', pause(6)],
        watch: '',
      },
    },

    'bedtime-opening': {
      name: 'Preparación',
      how: [check, 'Luz tenue, voz baja, tu bebé en una toalla. Uñas cortas, sin anillos.', oil],
      practice: [
        'Calienta tus manos.',
        pause(6),
        'Pregúntale en voz baja: ¿te doy un masaje?',
        pause(8),
        'Ponlo boca abajo en la toalla, siempre con una mano encima. Una mano en su espalda y otra en su cabeza.',
        pause(12),
      ],
      connect: 'Tararea algo lento.',
      watch: 'Si ya se ha dormido, déjalo dormir: hoy no hace falta masaje.',
      returning: {
        how: [`${checkInBrief} Luz baja.`, pause(2)],
        practice: ['Pregúntale bajito, ponlo boca abajo y apoya las manos en su espalda.', pause(5)],
        watch: '',
      },
    },

    'newborn-opening': {
      name: 'Preparación',
      how: [
        check,
        `Si lo ves amarillento, pregunta a ${words.healthProfessional} antes del masaje.`,
        `En ${words.warmRoom}, en una toalla o en tu regazo, con ${words.vest} o solo ${words.nappy}.`,
        'Unos minutos bastan, muy ligeros, sin aceite hasta el primer mes y sin tocar el cordón.',
        `Protegen ${words.tummy}, los muslos por dentro y las palmas: nos quedamos en las piernas, de la rodilla abajo, y los pies.`,
      ],
      practice: [
        'Calienta tus manos.',
        pause(8),
        'Pregúntale bajito: ¿te doy un masaje?',
        pause(10),
        'Apoya las manos en sus piernas.',
        pause(10),
      ],
      connect: 'Tu voz es lo que más le gusta: sigue hablándole.',
      watch: 'Se cansan pronto: si bosteza, tiene hipo o aparta la mirada, para y abrázalo.',
      returning: {
        how: [`${checkInBrief} Muy ligero, sin aceite.`, pause(2)],
        practice: ['Pregúntale, y manos en sus piernas.', pause(6)],
        watch: 'Un bostezo, hipo o apartar la mirada: para y abrázalo.',
      },
    },
  };
  return { ...openings, ...strokes(words) };
}
