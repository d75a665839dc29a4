import { CompanionWords } from '../types';

/** The time of a reminder as said in Spanish: "las 7 de la tarde", "la 1:30 de la tarde". */
function spokenTime(hour: number, minute: number): string {
  const twelve = hour % 12 === 0 ? 12 : hour % 12;
  const clock = `${twelve}${minute ? `:${String(minute).padStart(2, '0')}` : ''}`;
  const part = hour < 6 ? 'de la madrugada' : hour < 12 ? 'de la mañana' : hour < 13 ? 'del mediodía' : hour < 20 ? 'de la tarde' : 'de la noche';
  return `${twelve === 1 ? 'la' : 'las'} ${clock} ${part}`;
}

/** What the companion says in Spanish (lambda/companion): built on first use. */
export function companionWords(): CompanionWords {
  return {
    courseProgress: 'Llevas {done}.',
    coursePractise: '{lesson}: la hiciste {when}, así que esta semana toca practicarla, y aquí la tienes otra vez. Di siguiente lección cuando quieras avanzar.',
    daysAgo: ['hoy mismo', 'ayer', 'hace {count} días'],
    courseNoneYet: 'Todavía no has hecho ninguna lección, así que aquí tienes la primera.',
    courseFinished: 'Has terminado las cinco lecciones. Aquí tienes el masaje completo; para repetir una lección, di su número, como lección dos.',
    courseNoNext: 'Esa fue la última lección del curso. En su lugar, aquí tienes el masaje completo.',
    courseCarryOn: 'Seguimos con {routine}.',
    numbers: ['uno', 'dos', 'tres', 'cuatro', 'cinco'],
    and: 'y',
    lessonsDone: ['la lección {list}', 'las lecciones {list}'],
    spokenTime,

    ageHeard: '{age}.',
    ageNewborn: 'Con menos de unas seis semanas, lo mejor es el masaje de recién nacido: unos minutos, muy ligero, y nada de aceite hasta el primer mes.',
    ageNewbornOil: 'Con menos de unas seis semanas, lo mejor es el masaje de recién nacido: unos minutos, muy ligero. Desde el primer mes, un poco de aceite vegetal está bien, si lo usas.',
    ageBaby: 'A esta edad le va bien el masaje completo, y el curso si estás aprendiendo: di enséñame a dar masajes.',
    ageMobile: 'Cuando ya se mueven, muchos no aguantan mucho rato tumbados. Les van mejor masajes cortos, como el rápido, o las piernas y la espalda mientras juegan.',
    ageToddler: 'Esta guía está pensada para bebés, pero muchos padres siguen cuando ya son más mayores: que sea corto y como un juego, y que elijan ellos.',
    ageAsk: '¿Quieres que recuerde que tu bebé nació en {month}? Guardaría solo el mes y el año, nada más.',
    ageAskReprompt: '¿Recuerdo el mes en que nació tu bebé? Sí o no.',
    ageKept: 'Hecho. Recordaré {month}, y nada más de tu bebé. Di olvida la edad de mi bebé cuando quieras.',
    ageNotKept: 'De acuerdo, no lo guardo.',
    ageAlready: 'Ya tengo apuntado que tu bebé nació en {month}.',
    ageUnclear: '¿Cuánto tiempo tiene tu bebé? Puedes decir, por ejemplo, tiene 7 semanas, o nació en marzo.',
    howOld: 'Tu bebé nació en {month}, así que ahora tiene unos {age}.',
    howOldUnknown: 'No sé la edad de tu bebé. Dímela, por ejemplo, mi bebé tiene 7 semanas, y te preguntaré antes de guardarla.',
    ageForgotten: 'Hecho. He olvidado la edad de tu bebé.',
    ageNothingToForget: 'No tengo guardada la edad de tu bebé, así que no hay nada que olvidar.',
    units: { day: ['día', 'días'], week: ['semana', 'semanas'], month: ['mes', 'meses'], year: ['año', 'años'] },
    months: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    monthYear: '{month} de {year}',

    logWeek: '{count} en los últimos siete días, {minutes} en total.',
    logWeekNone: 'Ningún masaje en los últimos siete días. Cuando te apetezca, sin prisa.',
    logDay: '{day}: {list}.',
    logDayNone: '{day}: ningún masaje. No pasa nada: cada día es un día nuevo.',
    logLast: 'La última vez fue {when}: {routine}, {minutes}, {far}.',
    logMonth: '{count} este mes.',
    logAll: '{count} hasta ahora.',
    logEmpty: 'Todavía no hay nada en tu registro. Cada masaje se apunta solo.',
    far: ['hasta el final', 'casi entero', 'más o menos la mitad', 'solo un poquito'],
    massages: ['{count} masaje', '{count} masajes'],
    minutesAbout: ['más o menos {count} minuto', 'unos {count} minutos'],
    today: 'Hoy',
    yesterday: 'Ayer',
    onDay: 'el {day}',
    weekdays: ['domingo', 'lunes', 'martes', 'miércoles', 'jueves', 'viernes', 'sábado'],
    weekHeading: 'Tu semana',

    reminderAskTime: '¿A qué hora quieres el recordatorio cada día? Por ejemplo, a las 7 de la tarde.',
    reminderAskTimeReprompt: '¿A qué hora, cada día? Por ejemplo, a las 7 de la tarde.',
    reminderSet: 'Hecho. Te lo recordaré todos los días a {time}. Para quitarlo, di cancela el recordatorio del masaje.',
    reminderDenied: 'No pasa nada, no pongo ningún recordatorio. Si cambias de idea, puedes permitir los recordatorios de Masaje Bebé en la app de Alexa.',
    reminderNotAnswered: 'No he puesto ningún recordatorio. Vuelve a pedírmelo cuando quieras uno.',
    reminderNoPermission: 'No tengo permiso para poner recordatorios, así que no he puesto ninguno. Puedes permitirlo para Masaje Bebé en la app de Alexa.',
    reminderUnsupported: 'Este dispositivo no admite recordatorios de skills, así que no he puesto ninguno.',
    reminderTooMany: 'Ya tienes todos los recordatorios que permite Alexa, así que no he podido añadir otro. Quita uno en la app de Alexa y vuelve a pedírmelo.',
    reminderFailed: 'Ahora mismo no he podido llegar a los recordatorios de Alexa, así que no he cambiado nada. Prueba otra vez dentro de un rato.',
    reminderNone: 'No tienes ningún recordatorio de masaje. Para poner uno, di recuérdame el masaje todos los días a las 7 de la tarde.',
    reminderIs: 'Sí: todos los días a {time}.',
    reminderCancelled: 'Hecho. He quitado tu recordatorio del masaje.',
    reminderMessage: 'Es la hora del masaje, si tu bebé está tranquilo y despierto. Di: Alexa, abre masaje bebé.',
    reminderNotSet: 'De acuerdo, sin recordatorio.',

    forgetAsk: 'Esto es lo que guardo: {list}. ¿Lo borro todo?',
    forgetItems: ['por dónde vas en un masaje', 'tu ritmo', 'el curso', 'tu registro de masajes'],
    forgetAge: 'el mes en que nació tu bebé',
    forgetAskReprompt: '¿Borro todo lo que guardo sobre ti? Sí o no.',
    forgotten: 'Hecho. He borrado todo lo que guardaba sobre ti. Si tienes un recordatorio de masaje, sigue ahí hasta que lo quites. Hasta pronto.',
    forgetFailed: 'Ahora mismo no he podido llegar a lo que tengo guardado, así que no he borrado nada. Prueba otra vez dentro de un rato.',
    forgetKept: 'De acuerdo, lo dejo todo como estaba.',
  };
}
