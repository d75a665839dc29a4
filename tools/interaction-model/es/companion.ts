import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { SpanishVocabulary } from '../../../lambda/content/es/vocabulary';
import { AGE_UNIT_SLOT_TYPE, CLOCK_SLOT_TYPE, DAYPART_SLOT_TYPE, LESSON_SLOT_TYPE, LOG_PERIOD_SLOT_TYPE } from '../companion-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { BABIES, politely } from './fillers';

/** The course and the companion in Spanish: lessons, the baby's age, the practice log, reminders, and one's data. */
export const companionIntents: readonly IntentSource<SpanishVocabulary>[] = [
  {
    name: IntentName.Course,
    slots: [{ name: SlotName.Lesson, type: LESSON_SLOT_TYPE }],
    samples: () =>
      politely([
        'enséñame a dar masajes', 'enséñame a dar masajes a mi bebé', 'enséñame a darle masaje', 'enséñame a darle masajes', 'enséñame masaje infantil', 'enséñame el masaje',
        'enséñame', 'quiero aprender a darle masaje', 'quiero aprender a dar masajes', 'quiero aprender masaje infantil', 'quiero aprender', 'cómo aprendo a dar masajes',
        'el curso', 'empieza el curso', 'empezar el curso', 'el curso de masaje', 'sigue con el curso', 'continúa el curso', 'seguir con el curso', 'las lecciones', 'haz el curso',
        'en qué lección voy', 'en qué lección estoy', 'qué lección me toca', 'por qué lección voy', 'cuántas lecciones llevo',
        'la lección {lesson}', 'lección {lesson}', 'la {lesson} lección', 'empieza la lección {lesson}', 'haz la lección {lesson}', 'vamos con la lección {lesson}', 'la lección {lesson} otra vez',
        'repite la lección {lesson}', 'quiero hacer la lección {lesson}', 'pasa a la {lesson} lección', 'pasa a la lección {lesson}', 'la {lesson} lección otra vez', 'vamos con la {lesson} lección',
        'empieza la {lesson} lección', 'haz la {lesson} lección', 'quiero la lección {lesson}', 'ponme la lección {lesson}', 'otra vez la lección {lesson}', 'podemos hacer la lección {lesson}',
      ]),
  },
  {
    name: IntentName.BabyAge,
    slots: [
      { name: SlotName.Number, type: 'AMAZON.NUMBER' },
      { name: SlotName.Unit, type: AGE_UNIT_SLOT_TYPE },
      { name: SlotName.Born, type: 'AMAZON.DATE' },
    ],
    samples: () => [
      ...['', ...BABIES.map((b) => `${b} `)].flatMap((who) => [
        `${who}tiene {number} {unit}`, `${who}ya tiene {number} {unit}`, `${who}tiene {number} {unit} de nacido`, `${who}tiene {number} {unit} de nacida`, `${who}tiene {number} {unit} de vida`,
        `${who}tiene casi {number} {unit}`, `${who}acaba de cumplir {number} {unit}`, `${who}cumplió {number} {unit}`, `${who}nació en {born}`, `${who}nació el {born}`,
        `${who}tiene un {unit}`, `${who}tiene una {unit}`, `${who}nació hace {number} {unit}`, `${who}tiene unos {number} {unit}`, `${who}tiene unas {number} {unit}`,
      ]),
      'nació en {born}', 'su cumpleaños es el {born}', 'la tuve en {born}', 'lo tuve en {born}', 'la edad de mi bebé es {number} {unit}', '{number} {unit}', 'tiene {number} {unit} ya',
    ],
  },
  {
    name: IntentName.HowOld,
    samples: () =>
      politely([
        'cuántos meses tiene mi bebé', 'qué edad tiene mi bebé', 'cuánto tiempo tiene mi bebé', 'cuántas semanas tiene mi bebé', 'cuántos meses tiene', 'cuántas semanas tiene',
        'qué edad tiene', 'sabes cuántos meses tiene', 'sabes qué edad tiene mi bebé', 'sabes cuántos meses tiene mi bebé', 'cuándo nació mi bebé', 'cuándo nació', 'qué sabes de mi bebé',
        'te acuerdas de cuándo nació', 'cuántos meses tiene la niña', 'cuántos meses tiene el niño', 'qué edad tiene la niña', 'qué edad tiene el niño',
      ]),
  },
  {
    name: IntentName.ForgetAge,
    samples: () =>
      politely([
        'olvida la edad de mi bebé', 'borra la edad de mi bebé', 'olvida su edad', 'borra su edad', 'olvida cuándo nació', 'olvida su fecha de nacimiento', 'borra su fecha de nacimiento',
        'no recuerdes la edad de mi bebé', 'borra la edad de la niña', 'borra la edad del niño', 'olvida la edad del bebé', 'borra la edad del bebé', 'olvida la edad de la niña',
        'olvida la edad del niño', 'olvida cuántos meses tiene', 'deja de recordar su edad', 'elimina la edad de mi bebé', 'quita la edad de mi bebé',
      ]),
  },
  {
    name: IntentName.PracticeLog,
    slots: [{ name: SlotName.Period, type: LOG_PERIOD_SLOT_TYPE }],
    samples: () =>
      politely([
        'cuántos masajes {period}', 'cuántos masajes hemos hecho {period}', 'cuántos masajes le he dado {period}', 'cuántos masajes le di {period}', 'cuántos masajes hicimos {period}',
        'cuántas veces le he dado masaje {period}', 'cuántas veces le di masaje {period}', 'qué masaje hicimos {period}', 'qué masaje le di {period}', 'qué hicimos {period}',
        'cuánto rato le di masaje {period}', 'cuánto duró el masaje {period}', 'le di masaje {period}', 'hicimos masaje {period}', 'cuántos masajes llevamos {period}',
        'cuándo fue el último masaje', 'cuándo fue nuestro último masaje', 'cuándo le di el último masaje', 'cuándo le di masaje por última vez', 'mi registro', 'mi registro de masajes',
        'enséñame la semana', 'muéstrame mi semana', 'enséñame mi registro', 'cómo vamos con los masajes', 'cómo lo llevamos', 'mi historial', 'mi historial de masajes',
        'cuántos masajes llevamos', 'cuántos masajes hemos hecho', 'cuántos masajes le he dado',
      ]),
  },
  {
    name: IntentName.SetReminder,
    slots: [
      { name: SlotName.Time, type: 'AMAZON.TIME' },
      { name: SlotName.Daypart, type: DAYPART_SLOT_TYPE },
      { name: SlotName.Clock, type: CLOCK_SLOT_TYPE },
    ],
    samples: () =>
      politely([
        'recuérdame dar el masaje todos los días a las {time}', 'recuérdame darle el masaje a las {time}', 'recuérdame el masaje a las {time}', 'ponme un recordatorio a las {time}',
        'pon un recordatorio para las {time}', 'recuérdame el masaje cada {daypart}', 'recuérdame darle masaje cada {daypart}', 'recuérdame el masaje por la {daypart}',
        'recuérdame el masaje todas las {daypart} a las {time}', 'cambia el recordatorio a las {time}', 'cambia mi recordatorio a las {time}',
        'recuérdame darle el masaje', 'recuérdame dar el masaje', 'recuérdame el masaje', 'ponme un recordatorio para el masaje', 'ponme un recordatorio', 'pon un recordatorio',
        'pon un recordatorio para el masaje', 'recuérdame darle masaje todos los días', 'quiero un recordatorio', 'quiero un recordatorio diario', 'avísame para el masaje',
        'avísame todos los días para el masaje', 'cambia mi recordatorio', 'puedes recordarme el masaje', 'recuérdamelo todos los días',
        // The answer to "¿a qué hora?": a time alone, as a custom type of the times people say (below).
        'a {clock}', 'a eso de {clock}', 'todos los días a {clock}', 'cada día a {clock}', 'recuérdame a {clock}', 'recuérdame el masaje a {clock}', 'recuérdame el masaje todos los días a {clock}',
        'recuérdame darle el masaje a {clock}', 'recuérdame darle el masaje todos los días a {clock}', 'recuérdame dar el masaje todos los días a {clock}', 'ponme un recordatorio a {clock}',
        'pon un recordatorio a {clock}', 'mejor a {clock}', 'que sea a {clock}', 'por la {daypart} a {clock}', 'cada {daypart} a {clock}',
      ]),
  },
  {
    name: IntentName.CancelReminder,
    samples: () =>
      politely([
        'quita el recordatorio', 'quita mi recordatorio', 'cancela el recordatorio', 'cancela mi recordatorio', 'cancela el recordatorio del masaje', 'borra el recordatorio',
        'borra mi recordatorio', 'elimina el recordatorio', 'ya no me lo recuerdes', 'no me recuerdes más', 'deja de recordármelo', 'apaga el recordatorio', 'no quiero recordatorios',
        'quita los recordatorios', 'cancela los recordatorios', 'ya no quiero el recordatorio', 'quita el aviso',
      ]),
  },
  {
    name: IntentName.CheckReminder,
    samples: () =>
      politely([
        'tengo algún recordatorio', 'tengo recordatorio', 'tengo un recordatorio puesto', 'a qué hora es mi recordatorio', 'a qué hora es el recordatorio', 'cuándo es mi recordatorio',
        'está puesto el recordatorio', 'qué recordatorios tengo', 'me pusiste el recordatorio', 'revisa mi recordatorio', 'tengo recordatorio del masaje', 'a qué hora me lo recuerdas',
      ]),
  },
  {
    name: IntentName.ForgetMe,
    samples: () =>
      politely([
        'borra mis datos', 'borra todos mis datos', 'borra todo', 'olvídate de mí', 'olvida todo lo que sabes de mí', 'olvida todo', 'borra todo lo que sabes de mí', 'elimina mis datos',
        'qué sabes de mí', 'qué guardas de mí', 'qué datos guardas', 'borra mi historial', 'borra mi registro', 'elimina todo', 'olvida mis datos', 'qué datos tienes de mí',
      ]),
  },
];

const HOURS = ['doce', 'una', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez', 'once', 'doce'];

/**
 * The times of day a parent says for a reminder, by the quarter hour, with the same ids as English's
 * (tools/interaction-model/companion-intents.ts): "las siete de la tarde", "las siete y media", "un
 * cuarto para las ocho". A time said without its part of the day is the morning from six to eleven and
 * the afternoon from one to five, as in English; the confirmation says it back.
 */
export function clockTimes(): { id: string; name: string; synonyms: string[] }[] {
  const values: { id: string; name: string; synonyms: string[] }[] = [];
  // The same six halves as English, in the same order: none, two mornings, three afternoons and evenings.
  const halves: readonly (readonly [string, 'am' | 'pm' | ''])[] = [['', ''], [' de la mañana', 'am'], [' en la mañana', 'am'], [' de la tarde', 'pm'], [' en la tarde', 'pm'], [' de la noche', 'pm']];
  for (let hour = 1; hour <= 12; hour++) {
    for (const minute of [0, 15, 30, 45]) {
      const the = (h: number) => (h === 1 ? 'la' : 'las');
      const word = `${the(hour)} ${HOURS[hour]}`;
      const nextHour = (hour % 12) + 1;
      const next = `${the(nextHour)} ${HOURS[nextHour]}`;
      const spoken =
        minute === 0 ? [word, `${word} en punto`, `${the(hour)} ${hour}`, `${hour}`]
          : minute === 15 ? [`${word} y cuarto`, `${word} y quince`]
            : minute === 30 ? [`${word} y media`, `${word} y treinta`]
              : [`${next} menos cuarto`, `cuarto para ${next}`];
      for (const [said, half] of halves) {
        if (half === 'am' && said.includes('en la') && hour === 12) continue;
        const h24 = half === 'pm' ? (hour % 12) + 12 : half === 'am' ? hour % 12 : hour >= 1 && hour <= 5 ? hour + 12 : hour;
        const id = `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const names = spoken.map((w) => `${w}${said}`);
        values.push({ id: `${id}${half === '' ? '' : `-${half}`}`, name: names[0], synonyms: names.slice(1) });
      }
    }
  }
  return values;
}

export const companionSlotTypes: readonly SlotTypeSource<SpanishVocabulary>[] = [
  { name: CLOCK_SLOT_TYPE, values: () => clockTimes() },
  {
    name: LESSON_SLOT_TYPE,
    values: () => [
      { id: 'this-week', name: 'de esta semana', synonyms: ['esta semana', 'de hoy', 'actual', 'la actual', 'que me toca', 'que toca', 'de la semana', 'esta'] },
      { id: 'next', name: 'siguiente', synonyms: ['la siguiente', 'próxima', 'la próxima', 'nueva', 'otra', 'que sigue', 'de la semana que viene'] },
      { id: 'last', name: 'anterior', synonyms: ['la anterior', 'de la semana pasada', 'pasada', 'la pasada', 'de antes', 'la de antes', 'de la otra semana'] },
      { id: '1', name: 'uno', synonyms: ['1', 'primera', 'la primera', 'lección uno', 'semana uno'] },
      { id: '2', name: 'dos', synonyms: ['2', 'segunda', 'la segunda', 'lección dos', 'semana dos'] },
      { id: '3', name: 'tres', synonyms: ['3', 'tercera', 'la tercera', 'lección tres', 'semana tres'] },
      { id: '4', name: 'cuatro', synonyms: ['4', 'cuarta', 'la cuarta', 'lección cuatro', 'semana cuatro'] },
      { id: '5', name: 'cinco', synonyms: ['5', 'quinta', 'la quinta', 'última', 'la última', 'lección cinco', 'semana cinco'] },
    ],
  },
  {
    name: AGE_UNIT_SLOT_TYPE,
    values: () => [
      { id: 'day', name: 'días', synonyms: ['día', 'dias', 'dia'] },
      { id: 'week', name: 'semanas', synonyms: ['semana'] },
      { id: 'month', name: 'meses', synonyms: ['mes'] },
      { id: 'year', name: 'años', synonyms: ['año'] },
    ],
  },
  {
    name: LOG_PERIOD_SLOT_TYPE,
    values: () => [
      { id: 'week', name: 'esta semana', synonyms: ['en la última semana', 'en los últimos siete días', 'la última semana', 'en esta semana', 'estos días', 'últimamente'] },
      { id: 'today', name: 'hoy', synonyms: ['hoy por la mañana', 'esta mañana', 'esta tarde', 'esta noche', 'hoy temprano'] },
      { id: 'yesterday', name: 'ayer', synonyms: ['anoche', 'ayer por la tarde', 'ayer por la mañana', 'ayer en la noche'] },
      { id: 'last', name: 'la última vez', synonyms: ['la vez pasada', 'la vez anterior', 'el último día'] },
      { id: 'month', name: 'este mes', synonyms: ['en el último mes', 'en este mes', 'el último mes'] },
      { id: 'all', name: 'en total', synonyms: ['hasta ahora', 'en todo este tiempo', 'desde el principio', 'siempre', 'nunca'] },
    ],
  },
  {
    name: DAYPART_SLOT_TYPE,
    values: () => [
      { id: 'morning', name: 'mañana', synonyms: ['día por la mañana', 'día en la mañana'] },
      { id: 'afternoon', name: 'tarde', synonyms: ['día por la tarde', 'día en la tarde'] },
      { id: 'evening', name: 'atardecer', synonyms: ['anochecer', 'día al atardecer', 'tarde noche'] },
      { id: 'night', name: 'noche', synonyms: ['día por la noche', 'día en la noche', 'noche antes de dormir', 'hora de dormir'] },
    ],
  },
];
