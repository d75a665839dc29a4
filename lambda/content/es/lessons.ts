import { Line, StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { SpanishVocabulary } from './vocabulary';

/**
 * The course's own words (routine/lessons.ts): each lesson's opening, its reviews and practice passes,
 * and what a lesson adds the first time it teaches a stroke.
 */
export function lessonSteps(words: SpanishVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);
  const ask = 'Calienta tus manos, enséñaselas y pregúntale: ¿te doy un masaje?';
  const returning = (extra: string): StepScript['returning'] => ({
    how: [`${checkInBrief} ${extra}`, pause(2)],
    practice: ['Suelta el aire despacio, calienta tus manos y pregúntale: ¿te doy un masaje?', pause(9)],
    watch: '',
  });
  const called = (name: string, how: string, watch: string): StepScript => ({ name, how: [how], practice: [], watch });
  /** The opening of lessons two to five: the full check for a first-timer, what today brings, the asking. */
  const later = (today: string, watch: string, todayInBrief = today): StepScript => ({
    name: 'Preparación',
    how: [check, setting, oil, today],
    practice: ['Hombros abajo, y suelta el aire despacio.', pause(8), ask, pause(10), 'Espera su sí.', pause(6)],
    watch,
    returning: returning(todayInBrief),
  });

  return {
    // Week one teaches the beginning itself: relaxing, asking, and reading the answer. Always in full.
    'lesson-1-opening': {
      name: 'Bienvenida al curso',
      how: [
        'En cinco lecciones, una por semana si quieres, aprenderás el masaje completo parte por parte, y practicarás en casa entre una y otra.',
        check,
        setting,
        oil,
        'Hoy: cómo empezar, y luego las piernas y los pies. Ahí está acostumbrado a que le toquen, así que es el sitio más fácil para empezar.',
      ],
      practice: [
        'Primero, relájate tú. Deja caer los hombros y suelta el aire despacio.',
        pause(8),
        'Frota un poco de aceite entre tus manos, cerca de tu bebé, para que lo oiga.',
        pause(6),
        'Ahora pregúntale. Enséñale las manos abiertas, mírale a los ojos y dile bajito: ¿te doy un masaje?',
        pause(9),
        'Un sí son ojos brillantes, manitas que buscan, movimientos suaves. Si gira la cara, llora o se arquea, ahora no.',
        pause(8),
        'Apoya tus manos calientes en sus piernas, y sigue respirando despacio.',
        pause(8),
      ],
      watch: 'Pregúntale siempre, aunque sea muy pequeño: preguntar ya es parte del masaje.',
    },

    'lesson-2-opening': later(`Hoy: las piernas, breve, y ${words.tummy}.`, 'Si hoy no le apetece, un abrazo también vale.'),
    'lesson-3-opening': later(
      `Hoy: pecho, brazos y manos, tras un repaso.`,
      'Muchos bebés encogen los brazos al principio: es normal.',
    ),
    'lesson-4-opening': later(
      'Un paño a mano para limpiarte antes de la cara. Hoy: la cara y la espalda.',
      'A unos bebés les encanta la cara y a otros no: las dos cosas están bien.',
      'Un paño para tus manos. Hoy: la cara y la espalda.',
    ),
    'lesson-5-opening': later(
      'Hoy: el masaje completo en orden, cada pasada por su nombre, y para acabar los movimientos suaves.',
      'El masaje completo es mucho para algunos bebés. Parar a medias siempre está bien.',
      'Hoy: el masaje completo y los movimientos suaves.',
    ),

    'legs-review': called('Repaso de las piernas', 'Las pasadas de piernas de la semana pasada, en una pierna y luego en la otra. Yo te las digo.', 'Si está inquieto, di: sáltate esta parte.'),
    'tummy-review': called(`Repaso de ${words.tummy}`, `Las pasadas de ${words.tummy}, ligeras. Yo te las digo.`, 'Si la nota tensa, más ligero, o déjala para otro día.'),
    'tummy-practice': {
      ...called('Práctica', `Ahora otra vez las tres pasadas de ${words.tummy}, en orden y sin explicaciones. Yo te digo cada una.`, 'Si la nota dura y tensa, o llora, para y abrázalo.'),
      connect: 'Canta o tararea bajito mientras tanto.',
    },
    'face-practice': called('Práctica de la cara', 'Las dos pasadas de la cara otra vez, suaves y sin explicaciones. Yo te las digo.', 'Si gira la cara, deja la cara para otro día.'),
    'back-practice': called('Práctica de la espalda', 'Las dos pasadas de la espalda otra vez, sin explicaciones. Yo te las digo.', 'Mantén una mano sobre tu bebé todo el rato.'),
    'whole-legs': called('El masaje completo', 'A partir de aquí, el masaje completo en orden, cada pasada por su nombre: primero las piernas y los pies, una pierna y luego la otra.', 'Sigue a tu bebé: puedes saltarte una parte cuando quieras diciendo sáltate esta parte.'),
    'whole-tummy': called(capitalise(words.tummy), `Las pasadas de ${words.tummy}, ${words.clockwise} y ligeras. Yo te las voy diciendo.`, 'Si la nota tensa, más ligero, o sigue adelante.'),
    'whole-chest-and-arms': called('Pecho, brazos y manos', 'El libro abierto, y después las pasadas de brazos y manos, un brazo y luego el otro.', 'Si tiene un brazo encogido, muévelo con suavidad y dile: relájate.'),
    'whole-face': called('La cara', 'Límpiate las manos. Las pasadas de la cara, muy ligeras. Yo te las voy diciendo.', 'Si gira la cara, déjala por hoy.'),
    'whole-back': called('La espalda', 'Las pasadas de la espalda, siempre con una mano sobre tu bebé. Yo te las voy diciendo.', 'Si levanta la cabeza y se queja, dale la vuelta y abrázalo.'),
  };
}

/**
 * What a lesson says the first time it teaches each stroke (RoutineStep.teach), after the usual how-to:
 * why it is done, and what the hands should feel. Claims stay with what the reference supports.
 */
export function teaching(words: SpanishVocabulary): Readonly<Record<string, readonly Line[]>> {
  return {
    'leg-indian-milking': ['El ordeño indio va hacia los pies. Que toque toda la mano, no solo las yemas.'],
    'leg-hug-and-glide': ['Es un escurrido muy suave: el giro es mínimo, como abrir un grifo.'],
    'foot-sole': ['Los pies suelen ser su parte favorita. Pulgares planos, uno tras otro, como pasitos.'],
    'foot-top-and-ankle': ['En el empeine, aprieta poco, sin doblar los dedos hacia atrás. Los circulitos del tobillo, muy pequeños.'],
    'leg-swedish-milking': ['El ordeño sueco va al revés, del pie al muslo, largo y tranquilo.'],
    'legs-integration': ['Esto une las pasadas, para que sienta la pierna entera: un buen final para las piernas.'],
    'tummy-water-wheel': [
      'Tus manos reman una tras otra, como una noria, siempre hacia abajo, lejos de las costillas y del ombligo si aún no ha curado.',
    ],
    'tummy-sun-and-moon': [`El sol es un círculo entero con una mano; la luna, medio círculo con la otra. ${capitalise(words.clockwise)}, igual que todas las pasadas de ${words.tummy}.`],
    'tummy-i-love-you': ['Dile las palabras mientras dibujas: I, L, y una U del revés. Con el tiempo las reconocerá.'],
    'chest-open-book': ['Tus manos se abren como un libro, y vuelven en forma de corazón.'],
    'arm-milking': ['Si un brazo sigue doblado, acarícialo así: nunca lo estires.'],
    'hand-palm-and-fingers': ['Es normal que te agarre un dedo. Ábrele la mano solo si se abre sola.'],
    'face-forehead-and-nose': ['Tus pulgares, muy ligeros. Muchos bebés cierran aquí los ojos.'],
    'face-smile-and-jaw': ['Algunos padres hacen estos circulitos cuando salen los dientes. Muy ligero.'],
    'back-back-and-forth': ['Tus manos van en sentidos contrarios, como lijando una tabla, despacio. Nunca aprietes la columna.'],
    'back-circles-and-combing': ['Los círculos, a los lados de la columna, nunca encima. El peinado es el roce más ligero de todos.'],
    'gentle-movements': ['Es un juego, no gimnasia: para si se resiste.'],
  };
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
