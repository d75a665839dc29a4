import { Questions } from '../types';
import { classifiersFor } from '../understand';
import * as understanding from './understanding';
import { SpanishVocabulary } from './vocabulary';

/**
 * Answers to the questions parents ask aloud, graded by the evidence in lambda/content/topics.ts and
 * written in our own words:
 * - "la investigación sugiere" / "los estudios sugieren" only where the grade is 'research' (bonding,
 *   sleep, weight gain in premature babies in hospital, a mother's mood);
 * - elsewhere "algunos padres notan", or plainly that there is little or no research;
 * - never that massage cures, treats or prevents anything;
 * - health answers end with the short not-medical-advice line (added by the handler).
 */
export function questions(words: SpanishVocabulary): Questions {
  const asked: Questions = {
    benefits: {
      sleep: {
        evidence: 'research',
        health: true,
        sentences: [
          'La investigación sugiere que el masaje puede ayudar a algunos bebés a dormir mejor.',
          'En un estudio pequeño, un masaje de su madre antes de dormir ayudó a los bebés a encontrar antes el ritmo del día y la noche.',
          'Los estudios son pequeños, pero un masaje corto y tranquilo antes de dormir es algo suave que puedes probar.',
        ],
      },
      bonding: {
        evidence: 'research',
        health: true,
        sentences: [
          'Aquí es donde la investigación sugiere que el masaje más ayuda: puede acercarte más a tu bebé, con más miradas, sonrisas y charla.',
          'Los estudios vieron a madres con el ánimo bajo relacionarse con más cariño con sus bebés, y a padres que dan masaje sentirse más cerca y menos estresados.',
          'Además, es un rato de calma juntos, sea quien sea el que esté en casa.',
        ],
      },
      relaxation: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Algunos padres notan a su bebé más tranquilo y relajado después de un masaje.',
          'Unos pocos estudios pequeños vieron bajar las hormonas del estrés después, pero las pruebas son limitadas.',
          'Tu voz tranquila y tu contacto son gran parte de ello.',
        ],
      },
      digestion: {
        evidence: 'mixed',
        health: true,
        sentences: [
          `A algunos padres les parece que las pasadas en ${words.tummy}, ${words.clockwise}, y las rodillas arriba ayudan a un bebé con gases.`,
          'Los estudios sobre el cólico no coinciden: en uno, el masaje no ayudó más que una cuna que vibra suavemente, y sobre el estreñimiento en bebés hay poca investigación.',
          `El masaje para ${words.colic} de aquí dura unos nueve minutos; no toques ${words.tummy} justo después de comer.`,
        ],
      },
      reflux: {
        evidence: 'none',
        health: true,
        sentences: [
          'No hay estudios sobre masaje y reflujo, así que nada indica que ayude.',
          `Echar leche es muy común y suele mejorar con el tiempo. Deja ${words.tummy} para bastante después de comer, y prueba mejor las piernas o la espalda.`,
          'Si echa mucha cantidad, parece que le duele o no gana peso, que lo revisen.',
        ],
      },
      teething: {
        evidence: 'none',
        health: true,
        sentences: [
          'Hay poca investigación sobre el masaje para los dientes o para la nariz tapada.',
          'A algunas familias les parece que calman los circulitos en la mandíbula o las caricias suaves en las mejillas, y frotar las encías con un dedo limpio es un consuelo de siempre.',
        ],
      },
      breathing: {
        evidence: 'not-for-babies',
        health: true,
        sentences: [
          'El estudio que se suele citar era con niños de 4 a 14 años con asma, no con bebés, así que no dice nada de los bebés.',
          'No hay investigación que muestre que el masaje cambie la respiración de un bebé.',
        ],
      },
      immunity: {
        evidence: 'little',
        health: true,
        sentences: [
          'Hay poca investigación sobre esto.',
          'En un estudio con prematuros en el hospital, un tipo de célula de las defensas se activó más, pero esos bebés no tuvieron menos infecciones.',
          'Así que no es algo que debas esperar del masaje.',
        ],
      },
      brain: {
        evidence: 'little',
        health: true,
        sentences: [
          'Hay poca investigación, y no se ha visto que el masaje cambie el aprendizaje ni el desarrollo de los bebés sanos.',
          'Unos pocos estudios pequeños con prematuros vieron que el cerebro maduraba más rápido, lo que está lejos de ser una prueba.',
          'Lo que sí es bonito para cualquier bebé es la charla, las canciones y las miradas que acompañan al masaje.',
        ],
      },
      growth: {
        evidence: 'research',
        health: true,
        sentences: [
          'Si tu bebé nació antes de tiempo, habla con su equipo médico antes de empezar.',
          'La investigación sugiere un posible beneficio solo en prematuros: en algunos estudios en el hospital, los bebés con masaje ganaron peso un poco más rápido y se fueron antes a casa.',
          'En bebés sanos en casa, hay poca investigación que muestre cambios en el crecimiento o el tono muscular.',
        ],
      },
      awareness: {
        evidence: 'none',
        health: false,
        sentences: [
          'No hay investigación directa sobre la conciencia del propio cuerpo o la coordinación.',
          'Pero si nombras cada parte, tu pierna, tus deditos, tu barriguita, el masaje se convierte en un rato precioso para jugar y para sus primeras palabras.',
        ],
      },
      circulation: {
        evidence: 'none',
        health: true,
        sentences: [
          'No hay estudios en bebés que muestren que el masaje mejore la circulación o el oxígeno.',
          'Se disfruta más por la cercanía y la calma del momento.',
        ],
      },
      autonomy: {
        evidence: 'value',
        health: false,
        sentences: [
          'Pedirle permiso a tu bebé, y esperar su respuesta, es el corazón del masaje infantil.',
          'Si gira la cara o se queja, paras, y así le enseñas desde el principio que su cuerpo es suyo.',
          'Es un valor, más que una promesa de salud.',
        ],
      },
    },

    safety: {
      'when-not': {
        evidence: 'practice',
        health: true,
        sentences: [
          'Sáltate el masaje si tiene fiebre, está malito, o tiene un sarpullido, heridas o eccema que supura.',
          `Espera un par de días después de las vacunas, evita el rato justo ${words.afterFeed}, y nunca des masaje a un bebé dormido o muy alterado.`,
          `Deja ${words.tummy} si tiene diarrea, y consulta antes con ${words.healthProfessional} si lo han operado, tiene un hueso roto o ictericia.`,
        ],
      },
      vaccinations: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Espera al menos 48 horas después de las vacunas para darle masaje, y no toques la zona del pinchazo hasta que esté bien.',
          'Antes de las vacunas, el masaje no es problema.',
        ],
      },
      feeding: {
        evidence: 'practice',
        health: false,
        sentences: [
          `Espera unos 45 minutos ${words.afterFeed}, para que ${words.tummy} se asiente.`,
          'Con hambre tampoco lo va a disfrutar, así que busca un momento tranquilo y despierto entre comidas.',
        ],
      },
      oil: {
        evidence: 'practice',
        health: true,
        sentences: [
          'El aceite es opcional, y la investigación sobre aceites no es concluyente: en un gran ensayo en Nepal, el de girasol y el de mostaza apenas cambiaron la piel, y el de girasol es el más estudiado.',
          'Si usas uno, que sea un aceite vegetal sin perfume, mejor prensado en frío y comestible, porque se chupan las manos, y pruébalo antes en un trocito de piel.',
          'Evita los aceites de frutos secos, el de oliva y el aceite tibio o caliente; nada de aceites esenciales antes de los seis meses, y con un recién nacido, espera al menos al primer mes.',
          `Nunca le pongas aceite en la nariz, la boca o los oídos, ni se lo des a tomar, tampoco como remedio casero: puede pasar a los pulmones y causar una neumonía. Nada en la cara, y masaje en ${words.floor}: un bebé con aceite resbala.`,
        ],
      },
      'how-long': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Empieza con unos cinco minutos, como el masaje para dormir o el de recién nacido, y ve subiendo hasta el completo, unos veintiocho minutos, si lo disfruta.',
          'Puedes parar en cualquier momento: sigue sus señales.',
        ],
      },
      'how-often': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Una vez al día es más que suficiente, si lo disfruta, y unas cuantas veces por semana también está bien.',
          `Para un bebé con gases, el masaje para ${words.colic} se puede hacer dos o tres veces al día durante unas dos semanas.`,
        ],
      },
      sleeping: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Si duerme, déjalo dormir: para el masaje tiene que estar despierto y tranquilo, para poder decirte sí o no.',
          'Si se queda dormido a mitad de masaje, no pasa nada: para ahí, y sigue otro día.',
        ],
      },
      age: {
        evidence: 'practice',
        health: false,
        sentences: [
          'El contacto suave está bien desde que nace, y no hay una edad en la que tengas que dejarlo.',
          'Espera al menos al primer mes para usar aceite. Muchas clases empiezan hacia las cuatro o seis semanas.',
        ],
      },
      newborn: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Sí, con suavidad. Con un recién nacido, que sea corto, unos cinco o seis minutos, con un roce muy ligero, incluso con ropa o en brazos: el primer masaje de aquí es justo eso.',
          `Los recién nacidos suelen proteger ${words.tummy}, la cara interna de los muslos y las palmas, así que al principio rodéalos, y no toques el cordón hasta que se caiga y cure.`,
          'Nada de aceite hasta el primer mes por lo menos.',
        ],
      },
      premature: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Si tu bebé nació antes de tiempo, habla primero con su equipo médico: el masaje suele empezar hacia la fecha en que tenía que nacer, y solo con su visto bueno.',
          'Hasta entonces, muchos prematuros prefieren un contacto quieto y firme, como una mano apoyada encima, antes que las caricias.',
        ],
      },
      crying: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Si llora, gira la cara o se arquea, es un no por ahora: para, abrázalo y consuélalo.',
          'Prueba otro día, quizá más corto, con otra presión, o solo las piernas: di solo las piernas para empezar ese.',
          'A muchos bebés les lleva unas semanas aprender a disfrutarlo.',
        ],
      },
      others: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Sí. Papá, los abuelos y quien lo cuide a menudo pueden hacerlo, y a muchos les encanta como forma de acercarse.',
          'Los hermanos mayores también pueden ayudar, con caricias suaves en las piernas o la espalda, contigo al lado.',
        ],
      },
      bath: {
        evidence: 'practice',
        health: false,
        sentences: ['Las dos cosas valen. Después de un baño calentito muchos bebés están relajados, y ya tienes la toalla a mano.', 'Solo asegúrate de que no haga frío.'],
      },
      setting: {
        evidence: 'practice',
        health: false,
        sentences: [
          `${capitalise(words.warmRoom)} y sin corrientes, luz suave, una toalla en ${words.floor} y un ${words.nappy} limpio a mano.`,
          `Quítale la ropa hasta dejarlo en ${words.nappy}, o déjale el ${words.vest} si hace fresco o es muy pequeño.`,
          'Lávate y calienta las manos, lleva las uñas cortas, y quítate anillos y pulseras.',
        ],
      },
      pressure: {
        evidence: 'practice',
        health: true,
        sentences: [
          'No se han descrito daños por un masaje infantil suave, y un contacto suave pero firme es mejor que uno muy ligero, que hace cosquillas.',
          'Una buena guía: aprieta tu propio párpado cerrado hasta que empiece a molestar, luego afloja, y en la cara, aún más ligero.',
          `Nunca aprietes ${words.softSpot} ni la columna, y no toques la zona de una vacuna reciente.`,
        ],
      },
      hips: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Sus caderas aún se están formando, así que nunca le estires ni fuerces las piernas: deja que se doblen hacia arriba y hacia fuera, y que se estiren solas.',
          'En las pasadas de piernas, sujeta la pierna suelta y desliza, sin tirar.',
          'Si tiene displasia de cadera y lleva arnés o férula, pregunta a su equipo de traumatología antes de las pasadas y los movimientos de piernas, y haz el resto.',
        ],
      },
      skin: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Las zonas secas se pueden masajear alrededor, con un poco de aceite vegetal sin perfume si la prueba en la piel fue bien.',
          'Evita la piel con sarpullido, heridas abiertas, moretones o eccema que supura, y masajea las partes que estén bien.',
          `Si el eccema está en un brote o dudas con una crema o un aceite, consulta antes con ${words.healthProfessional}.`,
        ],
      },
      'soft-spot': {
        evidence: 'practice',
        health: true,
        sentences: [
          `${capitalise(words.softSpot)}, en lo alto de la cabeza, está bien protegida y un roce ligero no le hace daño, pero nunca la aprietes.`,
          'En las pasadas de la cara, quédate en la frente, las mejillas y alrededor de las orejas, muy ligero.',
        ],
      },
      hernia: {
        evidence: 'practice',
        health: true,
        sentences: [
          `Con una hernia umbilical, cuidado extra en ${words.tummy}: pasadas ligeras y alrededor del ombligo, sin apretarlo nunca.`,
          'Hasta que se caiga el cordón y la zona esté curada, deja el ombligo sin tocar.',
          `Si el bultito está duro, le duele o cambia de color, eso es para ${words.healthProfessional} enseguida, no para un masaje.`,
        ],
      },
      postnatal: {
        evidence: 'research',
        health: true,
        sentences: [
          'Siento que esté siendo tan duro. La investigación sugiere que las clases de masaje infantil pueden aliviar un poco el ánimo bajo de la madre y ayudar a sentirse más cerca del bebé, aunque no sustituyen la atención médica.',
          `Si llevas más de un par de semanas triste o con ansiedad, por favor habla con ${words.healthProfessional} o con tu médico: es muy frecuente, y tiene tratamiento.`,
          'Y trátate con cariño: unos minutos de masaje juntos ya es mucho.',
        ],
      },
    },

    benefitsOverview: {
      evidence: 'research',
      health: true,
      sentences: [
        'La investigación sugiere que el beneficio más claro es la cercanía: el masaje puede ayudarte a crear vínculo con tu bebé, y algunos estudios vieron un sueño mejor.',
        'En algunos estudios en el hospital, los prematuros ganaron peso un poco más rápido.',
        'Para otras promesas, como el cólico o las defensas, las pruebas son escasas.',
      ],
    },
    safetyOverview: {
      evidence: 'practice',
      health: true,
      sentences: [
        'El masaje infantil suave es seguro para la mayoría de los bebés, y en la investigación no se han descrito daños.',
        'Sáltatelo si está malito, tiene fiebre o un sarpullido, o le pusieron vacunas en los dos últimos días, y nunca vayas más allá de lo que tu bebé quiere.',
      ],
    },
    ...classifiersFor(understanding, understanding.spanishStems, () => asked),
    unknownTopic: 'Lo siento, sobre eso no tengo información.',
    topicList:
      'Puedes preguntarme por los beneficios, como el sueño, el vínculo, los cólicos, el reflujo o los dientes, ' +
      'y por la seguridad, como los aceites, las vacunas, los recién nacidos, cuánto rato o cada cuánto dar el masaje, o cuándo no darlo.',
    notMedicalAdvice: `Esto no es consejo médico: pregunta a ${words.healthProfessional}.`,
    carryOn: '¿Seguimos con el masaje?',
    carryOnVariants: ['¿Todo listo para seguir?', '¿Volvemos al masaje?'],
    startOffer: '¿Quieres empezar un masaje?',
    routineOffer: '¿Quieres probar {routine}?',
    topicNames: topicNames(words),
    nearestOffer: 'Sobre eso exactamente no tengo respuesta. Lo más parecido que tengo es sobre {topic}. ¿Quieres oírlo?',
  };
  return asked;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** What each topic is called in a sentence ("Lo más parecido que tengo es sobre los aceites"). */
function topicNames(words: SpanishVocabulary): Questions['topicNames'] {
  return {
  sleep: 'el masaje y el sueño',
  bonding: 'el masaje y el vínculo',
  relaxation: 'el masaje y un bebé más tranquilo',
  digestion: 'el masaje para los cólicos y los gases',
  reflux: 'el masaje y el reflujo',
  teething: 'el masaje y los dientes',
  breathing: 'el masaje y la respiración',
  immunity: 'el masaje y las defensas',
  brain: 'el masaje y el desarrollo de tu bebé',
  growth: 'el masaje y el peso',
  awareness: 'el masaje y la conciencia del cuerpo',
  circulation: 'el masaje y la circulación',
  autonomy: 'pedirle permiso a tu bebé',
  'when-not': 'cuándo no dar masaje',
  vaccinations: 'el masaje y las vacunas',
  feeding: 'el masaje y las comidas',
  oil: 'los aceites',
  'how-long': 'cuánto rato dar el masaje',
  'how-often': 'cada cuánto dar el masaje',
  sleeping: 'un bebé dormido o con sueño',
  age: 'hasta qué edad dar masaje',
  newborn: 'el masaje a un recién nacido',
  premature: 'los bebés prematuros',
  crying: 'un bebé que llora o no lo disfruta',
  others: 'quién más puede dar el masaje',
  bath: 'el masaje y el baño',
  setting: 'cómo preparar la habitación y tus manos',
  pressure: 'con qué fuerza apretar',
  hips: 'las caderas y la displasia de cadera',
  skin: 'la piel seca, los sarpullidos y el eccema',
  'soft-spot': words.softSpot,
  hernia: 'una hernia umbilical',
  postnatal: 'el ánimo después del parto',
  };
}
