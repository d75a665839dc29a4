import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { SpanishVocabulary } from '../../../lambda/content/es/vocabulary';
import { LessonId, MassagePart, RoutineId } from '../../../lambda/routine/types';
import { PART_SLOT_TYPE, ROUTINE_SLOT_TYPE } from '../routine-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { around, politely, withReasons } from './fillers';

/**
 * Routines by name and moving by body part, as a Spanish-speaking parent asks for them ("el masaje para
 * los cólicos", "solo la pancita", "sáltate la cara, que no le gusta"). A part's slot values carry their
 * article ("la tripa", "los brazos") and the bare word ("al pecho" takes "pecho").
 */
export const routineIntents: readonly IntentSource<SpanishVocabulary>[] = [
  {
    name: IntentName.StartRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => around([
      'empieza un masaje', 'empieza el masaje', 'empezar un masaje', 'empieza', 'empezar', 'comienza', 'comienza el masaje', 'vamos a empezar', 'empecemos el masaje',
      'dale un masaje a mi bebé', 'quiero darle un masaje a mi bebé', 'quiero darle un masaje', 'guíame en un masaje', 'un masaje para mi bebé', 'hacer un masaje',
      'vamos a hacer un masaje', 'cómo le doy un masaje a mi bebé', 'cómo le doy masaje a mi bebé',
      'el masaje {routine}', 'el masaje para {routine}', 'el masaje de {routine}', 'un masaje {routine}', 'un masaje para {routine}', 'un masaje de {routine}',
      'el de {routine}', 'el {routine}', 'uno {routine}', 'uno para {routine}', 'uno de {routine}', 'algo para {routine}', 'masaje para {routine}', 'masaje {routine}',
      'masaje de {routine}', 'haz el masaje {routine}', 'haz el masaje para {routine}', 'haz el de {routine}', 'haz uno para {routine}', 'vamos con el masaje {routine}',
      'vamos con el masaje para {routine}', 'vamos con el de {routine}', 'empieza el masaje {routine}', 'empieza el masaje para {routine}', 'empieza el de {routine}',
      'quiero el masaje {routine}', 'quiero el masaje para {routine}', 'quiero el de {routine}', 'quiero uno para {routine}', 'quiero uno {routine}', 'hoy el {routine}',
      'hoy uno {routine}', 'hoy el de {routine}', 'tienes algo para {routine}', 'tienes uno para {routine}', 'hay alguno para {routine}', 'hay un masaje para {routine}',
      'cuál es el de {routine}', 'cuál es para {routine}', 'qué masaje es para {routine}', 'uno que ayude con {routine}', 'algo que ayude con {routine}', 'un masaje que ayude con {routine}',
      'solo {part}', 'solo {part} hoy', 'hoy solo {part}', 'nada más {part}', 'nada más {part} hoy', 'solamente {part}', 'únicamente {part}', 'un masaje de {part}',
      'masaje de {part}', 'haz solo {part}', 'hazle solo {part}', 'solo le hago {part}', 'solo quiero hacer {part}', 'podemos hacer solo {part}', 'hoy nada más {part}',
      'dale masaje solo en {part}', 'solo en {part}', 'solo el masaje de {part}', 'solo {part} esta vez',
    ]),
  },
  {
    name: IntentName.PlayRoutine,
    slots: [
      { name: SlotName.Routine, type: ROUTINE_SLOT_TYPE },
      { name: SlotName.Part, type: PART_SLOT_TYPE },
    ],
    samples: () => politely([
      'pon el masaje', 'pon un masaje', 'pon el masaje seguido', 'ponlo todo seguido', 'todo seguido', 'reproduce el masaje', 'reprodúcelo todo', 'sigue tú sola', 'sigue sin parar',
      'sigue sin pararte', 'ponlo entero', 'pon el masaje entero', 'pon el masaje {routine}', 'pon el masaje para {routine}', 'pon el de {routine}', 'pon uno {routine}',
      'reproduce el masaje {routine}', 'reproduce el masaje para {routine}', 'pon solo {part}', 'pon el masaje de {part}', 'pon el masaje sin parar', 'sin parar',
    ]),
  },
  {
    name: IntentName.ListRoutines,
    samples: () => around([
      'qué masajes hay', 'qué masajes tienes', 'qué otros masajes tienes', 'qué otros masajes hay', 'cuáles son las opciones', 'qué opciones hay', 'qué tipos de masaje hay',
      'qué tipos de masajes tienes', 'dime los masajes', 'dime qué masajes hay', 'lista de masajes', 'hay uno más corto', 'tienes uno más corto', 'hay algo más corto',
      'otro masaje', 'un masaje diferente', 'otro distinto', 'cambia de masaje', 'qué masaje hago', 'cuál masaje le hago', 'qué masaje le hago', 'qué rutinas hay',
      'qué masajes puedo hacer', 'qué más tienes', 'qué masajes conoces', 'cuántos masajes hay', 'cuáles masajes hay', 'qué masajes me recomiendas', 'cuál me recomiendas',
    ]),
  },
  {
    name: IntentName.GoToPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => around([
      'vamos a {part}', 'vamos con {part}', 'vamos al {part}', 'pasa a {part}', 'pasa al {part}', 've a {part}', 've al {part}', 'ahora {part}', 'ahora el {part}',
      'sigue con {part}', 'seguimos con {part}', 'pasamos a {part}', 'pasamos al {part}', 'salta a {part}', 'salta al {part}', 'brinca a {part}', 'hazle {part}', 'haz {part}',
      'vamos a hacer {part}', 'quiero hacer {part}', 'vuelve a {part}', 'vuelve al {part}', 'regresa a {part}', 'regresa al {part}', 'empieza por {part}', 'empieza por el {part}',
      'ahora vamos con {part}', 'ahora vamos a {part}', '{part} ahora', 'cómo hago {part}', 'cómo se hace {part}', 'las pasadas de {part}', 'enséñame {part}',
      'podemos hacer {part}', 'hacemos {part}', 'le hago {part}', 'toca {part}', 'ahora toca {part}', 'le damos la vuelta y hacemos {part}', 'lo pongo boca abajo y hacemos {part}',
      'otra vez {part}', 'repite {part}', 'vamos a por {part}', 'la {part}', 'las {part}', 'los {part}',
    ]),
  },
  {
    name: IntentName.SkipPart,
    slots: [{ name: SlotName.Part, type: PART_SLOT_TYPE }],
    samples: () => [
      ...politely([
        'sáltate esta parte', 'salta esta parte', 'sáltate esta', 'sáltate esto', 'pásale a la otra parte', 'pasa a la siguiente parte', 'siguiente parte', 'la siguiente parte',
        'otra parte', 'la otra parte', 'cambia de parte', 'nos saltamos esta parte', 'esta parte no', 'esta parte no le gusta', 'no le gusta esta parte', 'pasa a otra parte',
        'sáltate {part}', 'sáltate {part} hoy', 'salta {part}', 'sáltate el {part}', 'salta el {part}', 'hoy no hagas {part}', 'no le hagas {part}', 'no le hagas {part} hoy',
        'deja {part}', 'deja {part} para otro día', '{part} no', '{part} hoy no', 'hoy {part} no', 'sin {part}', 'hoy sin {part}', 'nos saltamos {part}', 'mejor no hagas {part}',
        'no quiere que le toque {part}', 'no le gusta que le toque {part}', 'no le gusta {part}', 'odia {part}', 'no hagas {part}', 'omite {part}', 'quita {part}',
      ]),
      ...withReasons(['sáltate {part}', '{part} no', 'no le hagas {part}', 'sáltate esta parte']),
    ],
  },
  {
    name: IntentName.Where,
    samples: () => around([
      'dónde estamos', 'por dónde vamos', 'en qué vamos', 'en qué parte estamos', 'qué parte es esta', 'qué pasada es esta', 'cómo se llama esta', 'cómo se llama esta pasada',
      'cómo se llama esto', 'qué estamos haciendo', 'en qué paso estamos', 'dónde íbamos', 'por dónde íbamos', 'en qué íbamos', 'qué es esto', 'qué es esta', 'en qué paso vamos',
      'qué paso es este', 'dime dónde estamos', 'recuérdame dónde estamos', 'en cuál vamos', 'cuál es esta', 'qué parte toca', 'por dónde voy', 'dónde estoy',
    ]),
  },
  {
    name: IntentName.TimeLeft,
    samples: () => around([
      'cuánto queda', 'cuánto falta', 'cuánto tiempo queda', 'cuánto tiempo falta', 'falta mucho', 'queda mucho', 'cuánto dura', 'cuánto dura esto', 'cuánto dura el masaje',
      'cuántas pasadas quedan', 'cuántos pasos quedan', 'cuántos pasos faltan', 'cuántos minutos quedan', 'cuántos minutos faltan', 'ya casi terminamos', 'ya casi acabamos',
      'ya casi', 'es la última', 'es esta la última', 'esta es la última', 'queda poco', 'cuánto nos queda', 'cuánto nos falta', 'cuántas partes quedan', 'cuántas partes faltan',
      'ya vamos a terminar', 'ya mero', 'ya mero terminamos', 'cuánto le falta', 'cuánto le queda', 'es la última pasada', 'cuánto más', 'cuánto más falta', 'falta poco',
      'cuánto rato queda', 'cuánto rato falta', 'ya terminamos o qué',
    ]),
  },
];

const ROUTINE_VALUES: Readonly<Record<Exclude<RoutineId, `just-${string}` | LessonId>, (words: SpanishVocabulary) => { name: string; synonyms: string[] }>> = {
  full: () => ({ name: 'completo', synonyms: ['entero', 'todo el cuerpo', 'el completo', 'el entero', 'de todo el cuerpo', 'cuerpo entero', 'normal', 'largo', 'de siempre', 'el de siempre', 'el normal', 'el largo', 'el masaje completo', 'el masaje entero', 'todo', 'completito'] }),
  colic: (words) => ({
    name: 'cólicos',
    synonyms: [
      'cólico', 'los cólicos', 'el cólico', 'sus cólicos', 'su cólico', 'gases', 'los gases', 'sus gases', 'el gas', 'gas', 'los gases del bebé', 'para los gases', 'estreñimiento', 'el estreñimiento',
      `dolor de ${words.tummyWord}`, 'dolor de tripa', 'dolor de barriga', 'dolor de panza', 'dolor de pancita', 'dolor de estómago', 'el dolor de tripa', 'el dolor de panza', 'el dolor de pancita',
      'aire', 'el aire', 'sacar el aire', 'eructar', 'empacho', 'el empacho', 'un bebé con cólicos', 'un bebé con gases', 'bebés con cólicos', 'cólicos del lactante', 'el cólico del lactante',
    ],
  }),
  bedtime: () => ({
    name: 'dormir',
    synonyms: [
      'antes de dormir', 'para dormir', 'la noche', 'noche', 'de noche', 'de la noche', 'la hora de dormir', 'hora de dormir', 'dormirse', 'que duerma', 'que se duerma', 'relajarse',
      'ir a la cama', 'la cama', 'antes de la cama', 'la siesta', 'sueño', 'el sueño', 'dormir mejor', 'ayudarle a dormir', 'que se relaje', 'relajar', 'calmarlo', 'calmarla', 'la noche antes de dormir',
    ],
  }),
  newborn: () => ({
    name: 'recién nacido',
    synonyms: [
      'recién nacidos', 'recién nacida', 'un recién nacido', 'una recién nacida', 'bebés recién nacidos', 'primer masaje', 'el primer masaje', 'bebés pequeñitos', 'un bebé muy pequeño', 'bebé muy pequeño',
      ...['una', 'dos', 'tres', 'cuatro', 'cinco', 'seis'].flatMap((n) => [`un bebé de ${n} semana${n === 'una' ? '' : 's'}`, `bebé de ${n} semana${n === 'una' ? '' : 's'}`, `${n} semana${n === 'una' ? '' : 's'}`]),
      'pocos días', 'un bebé de pocos días', 'bebé de pocos días', 'principiantes', 'primerizos',
    ],
  }),
  quick: () => ({ name: 'rápido', synonyms: ['rapidito', 'corto', 'cortito', 'breve', 'de cinco minutos', 'cinco minutos', 'express', 'exprés', 'rápida', 'el rápido', 'el corto', 'más corto', 'pequeño', 'chiquito'] }),
};

const PART_VALUES: Readonly<Record<MassagePart, (words: SpanishVocabulary) => { name: string; synonyms: string[] }>> = {
  legs: () => ({ name: 'las piernas', synonyms: ['piernas', 'las piernitas', 'piernitas', 'pierna', 'la pierna', 'los pies', 'pies', 'piecitos', 'los piecitos', 'las piernas y los pies', 'piernas y pies', 'los muslos', 'muslos', 'los pies y las piernas'] }),
  tummy: (words) => ({
    name: words.tummy,
    synonyms: ['tripa', 'la tripa', 'barriga', 'la barriga', 'tripita', 'la tripita', 'barriguita', 'la barriguita', 'pancita', 'la pancita', 'panza', 'la panza', 'vientre', 'el vientre', 'estómago', 'el estómago', 'abdomen', 'el abdomen', 'la pancita del bebé'].filter((w) => w !== words.tummy),
  }),
  chest: () => ({ name: 'el pecho', synonyms: ['pecho', 'pechito', 'el pechito', 'el torso', 'torso'] }),
  arms: () => ({ name: 'los brazos', synonyms: ['brazos', 'bracitos', 'los bracitos', 'brazo', 'el brazo', 'manos', 'las manos', 'manitas', 'las manitas', 'manita', 'los brazos y las manos', 'brazos y manos', 'las manos y los brazos'] }),
  face: () => ({ name: 'la cara', synonyms: ['cara', 'carita', 'la carita', 'cabeza', 'la cabeza', 'la frente', 'frente', 'las mejillas', 'los cachetes', 'cachetes'] }),
  back: () => ({ name: 'la espalda', synonyms: ['espalda', 'espaldita', 'la espaldita', 'la columna', 'los hombros', 'hombros'] }),
  movements: () => ({ name: 'los movimientos suaves', synonyms: ['movimientos suaves', 'movimientos', 'los movimientos', 'estiramientos', 'los estiramientos', 'ejercicios', 'los ejercicios', 'la bicicleta', 'bicicleta', 'estirar'] }),
};

/** "su cara", "sus piernas": each value with the possessive as well as the article. */
function possessive(words: readonly string[]): string[] {
  const mine = words.flatMap((w) => {
    const m = /^(el|la|los|las) (.+)$/.exec(w);
    if (!m) return [];
    const plural = m[1] === 'los' || m[1] === 'las';
    return [`${plural ? 'sus' : 'su'} ${m[2]}`];
  });
  return [...new Set([...words, ...mine])];
}

export const routineSlotTypes: readonly SlotTypeSource<SpanishVocabulary>[] = [
  { name: ROUTINE_SLOT_TYPE, values: (words) => Object.entries(ROUTINE_VALUES).map(([id, v]) => ({ id, ...v(words) })) },
  {
    name: PART_SLOT_TYPE,
    values: (words) =>
      Object.entries(PART_VALUES).map(([id, v]) => {
        const { name, synonyms } = v(words);
        return { id, name, synonyms: possessive([name, ...synonyms]).filter((w) => w !== name) };
      }),
  },
];
