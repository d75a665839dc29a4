import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { SpanishVocabulary } from '../../../lambda/content/es/vocabulary';
import { BENEFIT_SLOT_TYPE, BenefitTopic, SAFETY_SLOT_TYPE, SafetyTopic } from '../../../lambda/content/topics';
import { IntentSource, SlotTypeSource } from '../types';

/**
 * Questions Spanish-speaking parents ask aloud. The topic slots' words map to the topic ids the
 * handlers answer (lambda/content/topics.ts); a question in their own words comes through
 * QuestionIntent's carriers ("se puede...", "y si...", "...le ayuda el masaje") to the classifier.
 */
export const questionIntents: readonly IntentSource<SpanishVocabulary>[] = [
  {
    name: IntentName.Benefits,
    slots: [{ name: SlotName.Topic, type: BENEFIT_SLOT_TYPE }],
    samples: () => [
      ...['el masaje', 'el masaje infantil', 'el masaje de bebé', ''].flatMap((subject) =>
        ['ayuda con {topic}', 'ayuda a {topic}', 'ayuda para {topic}', 'sirve para {topic}', 'es bueno para {topic}', 'mejora {topic}', 'funciona para {topic}', 'le ayuda con {topic}',
          'le ayuda a {topic}', 'le sirve para {topic}', 'le va bien para {topic}', 'nos ayuda a {topic}', 'nos ayuda con {topic}', 'le sube {topic}', 'le mejora {topic}', 'ayuda contra {topic}']
          .map((verb) => (subject ? `${subject} ${verb}` : verb))),
      'es bueno el masaje para {topic}', 'de verdad ayuda con {topic}', 'de verdad ayuda a {topic}', 'qué tal para {topic}', 'y para {topic}', 'y para {topic} qué', 'qué hace el masaje por {topic}',
      'hay pruebas de que ayude con {topic}', 'hay pruebas de que ayude a {topic}', 'qué dice la investigación sobre {topic}', 'qué dicen los estudios sobre {topic}', 'he oído que ayuda con {topic}',
      'he leído que ayuda con {topic}', 'me dijeron que ayuda con {topic}', 'es verdad que ayuda con {topic}', 'es verdad que ayuda a {topic}', 'por qué le pido {topic}', 'para qué le pido {topic}',
      'para qué le pregunto {topic}', 'por qué le pregunto {topic}', 'para qué sirve {topic}', 'por qué hay que pedirle {topic}', 'lo hace {topic}', 'la hace {topic}', 'le hace {topic}',
      'qué beneficios tiene', 'qué beneficios tiene el masaje', 'cuáles son los beneficios', 'cuáles son los beneficios del masaje', 'para qué sirve el masaje', 'para qué sirve',
      'por qué darle masaje a mi bebé', 'por qué debería darle masaje', 'es bueno el masaje', 'de verdad funciona', 'funciona de verdad', 'funciona el masaje', 'qué dice la investigación',
      'qué dicen los estudios', 'está demostrado', 'hay pruebas de que funcione', 'sirve de algo', 'sirve de algo el masaje', 'qué le hace el masaje', 'qué beneficios tiene para mi bebé',
      'qué ventajas tiene', 'por qué es bueno el masaje', 'en qué le ayuda',
    ],
  },
  {
    name: IntentName.Safety,
    slots: [{ name: SlotName.Topic, type: SAFETY_SLOT_TYPE }],
    samples: () => [
      'qué {topic} uso', 'qué {topic} le pongo', 'qué {topic} es mejor', 'qué {topic} puedo usar', 'qué {topic} le echo', 'qué {topic} recomiendas', 'cuál es el mejor {topic}',
      'puedo usar {topic}', 'se puede usar {topic}', 'le puedo poner {topic}', 'puedo ponerle {topic}', 'vale {topic}', 'sirve {topic}', 'es seguro {topic}', 'es malo {topic}',
      '{topic} está bien', '{topic} es seguro', '{topic} es bueno', 'es bueno {topic}', 'está bien {topic}',
      'le puedo dar masaje {topic}', 'se le puede dar masaje {topic}', 'se puede dar masaje {topic}', 'puedo darle masaje {topic}', 'le doy masaje {topic}', 'puedo hacerle el masaje {topic}',
      'se puede {topic}', 'se puede con {topic}', 'y si {topic}', 'qué hago si {topic}', 'qué pasa si {topic}', 'qué hago cuando {topic}', 'y cuando {topic}',
      'cuánto espero {topic}', 'cuánto tengo que esperar {topic}', 'cuánto tiempo espero {topic}', 'cuánto hay que esperar {topic}', 'cuánto tiempo {topic}',
      'desde qué {topic}', 'hasta qué {topic}', 'a qué {topic}', 'a partir de qué {topic}', 'desde qué {topic} se puede', 'hasta qué {topic} se le da', 'a qué {topic} empiezo',
      '{topic} le doy masaje', '{topic} le doy el masaje', '{topic} se lo doy', '{topic} lo hago', '{topic} se hace', '{topic} se lo puedo dar', '{topic} tiene que durar', '{topic} debe durar',
      '{topic} dura el masaje', '{topic} le doy', '{topic} se puede',
      'puede {topic} darle el masaje', 'lo puede hacer {topic}', 'se lo puede dar {topic}', 'puede hacerlo {topic}', 'le puede dar masaje {topic}',
      'antes o después {topic}', 'mejor antes o después {topic}', 'se lo doy antes o después {topic}', 'dónde lo hago', 'dónde le doy el masaje', 'dónde lo pongo',
      'con qué {topic} aprieto', 'con qué {topic}', 'qué tan {topic} lo hago', 'qué tan {topic}', 'aprieto muy {topic}', 'lo estoy haciendo muy {topic}',
      'es seguro el masaje', 'es seguro el masaje para bebés', 'es peligroso el masaje', 'es seguro', 'es peligroso', 'qué tengo que saber sobre seguridad', 'hay algún riesgo',
    ],
  },
  {
    name: IntentName.Question,
    slots: [{ name: SlotName.Question, type: 'AMAZON.SearchQuery' }],
    samples: () => [
      ...[...QUESTION_CARRIERS, ...QUESTION_HEADS.flatMap((head) => QUESTION_CARRIERS.map((carrier) => `${head} ${carrier}`))].map((carrier) => `${carrier} {question}`),
      ...QUESTION_TAILS.map((tail) => `{question} ${tail}`),
    ],
  },
];

type Values<T extends string> = readonly { readonly id: T; readonly name: string; readonly synonyms: readonly string[] }[];

const benefitValues = (words: SpanishVocabulary): Values<BenefitTopic> => [
  { id: 'sleep', name: 'dormir', synonyms: ['el sueño', 'sueño', 'dormir mejor', 'que duerma', 'que duerma mejor', 'que duerma más', 'que duerma toda la noche', 'dormir toda la noche', 'dormir más', 'las siestas', 'la noche', 'conciliar el sueño', 'el descanso', 'descansar', 'dormirse', 'que se duerma'] },
  { id: 'bonding', name: 'el vínculo', synonyms: ['vínculo', 'crear vínculo', 'el apego', 'apego', 'la conexión', 'conectar', 'conectar con mi bebé', 'la relación', 'nuestra relación', 'la cercanía', 'estar más cerca', 'el contacto', 'la confianza', 'el vínculo con mi bebé', 'el vínculo con papá', 'unirnos'] },
  { id: 'relaxation', name: 'relajarse', synonyms: ['la relajación', 'relajarlo', 'relajarla', 'relaja', 'calma', 'calmarlo', 'calmarla', 'que se calme', 'el estrés', 'estrés', 'el llanto', 'que llore menos', 'tranquilizarlo', 'tranquilizarla', 'la calma', 'los nervios', 'la irritabilidad', 'la oxitocina'] },
  { id: 'digestion', name: 'los cólicos', synonyms: ['cólicos', 'el cólico', 'cólico', 'los gases', 'gases', 'el estreñimiento', 'estreñimiento', 'la digestión', 'digestión', `el dolor de ${words.tummyWord}`, 'el dolor de tripa', 'el dolor de panza', 'dolor de pancita', 'dolor de barriga', 'sacar el aire', 'hacer caca', 'que haga caca', 'que haga popó', 'eructar', 'el empacho', 'los gases del bebé'] },
  { id: 'reflux', name: 'el reflujo', synonyms: ['reflujo', 'las regurgitaciones', 'regurgitar', 'que regurgite', 'que vomite', 'los vómitos', 'que eche leche', 'el reflujo silencioso', 'las bocanadas'] },
  { id: 'teething', name: 'los dientes', synonyms: ['dientes', 'la dentición', 'dentición', 'los dientitos', 'las encías', 'el dolor de dientes', 'cuando le salen los dientes', 'la salida de los dientes', 'la nariz tapada', 'nariz tapada', 'los mocos', 'la congestión', 'la nariz congestionada'] },
  { id: 'breathing', name: 'la respiración', synonyms: ['respirar', 'respirar mejor', 'que respire mejor', 'el asma', 'asma', 'los pulmones', 'pulmones', 'los bronquios'] },
  { id: 'immunity', name: 'las defensas', synonyms: ['defensas', 'el sistema inmune', 'sistema inmune', 'el sistema inmunológico', 'la inmunidad', 'enfermarse menos', 'que se enferme menos', 'las infecciones', 'no enfermarse'] },
  { id: 'brain', name: 'el cerebro', synonyms: ['cerebro', 'el desarrollo', 'desarrollo', 'el desarrollo cerebral', 'la inteligencia', 'más inteligente', 'más listo', 'más lista', 'aprender', 'el aprendizaje', 'las neuronas', 'el sistema nervioso', 'la estimulación', 'la mielina'] },
  { id: 'growth', name: 'crecer', synonyms: ['el crecimiento', 'crecimiento', 'el peso', 'peso', 'subir de peso', 'ganar peso', 'engordar', 'que coja peso', 'que gane peso', 'los músculos', 'el tono muscular', 'que crezca'] },
  { id: 'awareness', name: 'la coordinación', synonyms: ['coordinación', 'la conciencia corporal', 'conocer su cuerpo', 'el equilibrio', 'los sentidos', 'la motricidad', 'la psicomotricidad', 'gatear', 'el lenguaje', 'las primeras palabras'] },
  { id: 'circulation', name: 'la circulación', synonyms: ['circulación', 'la sangre', 'el riego sanguíneo', 'el oxígeno'] },
  { id: 'autonomy', name: 'permiso', synonyms: ['el permiso', 'pedir permiso', 'pedirle permiso', 'si quiere', 'el consentimiento', 'la autonomía', 'el respeto', 'decir que no'] },
];

const safetyValues = (words: SpanishVocabulary): Values<SafetyTopic> => [
  {
    id: 'when-not',
    name: 'cuándo no',
    synonyms: ['con fiebre', 'con calentura', 'con sarpullido', 'con eccema', 'con mocos', 'con catarro', 'con gripa', 'si está enfermo', 'si está enferma', 'si está malito', 'si está malita', 'si tiene fiebre',
      'si tiene calentura', 'si tiene mocos', 'si tiene diarrea', 'si tiene ictericia', 'enfermo', 'enferma', 'malito', 'fiebre', 'calentura', 'cuando está enfermo', 'cuando está malito', 'cuándo no debo', 'cuándo no se debe', 'no debo darle masaje'],
  },
  { id: 'vaccinations', name: 'las vacunas', synonyms: ['vacunas', 'después de las vacunas', 'después de sus vacunas', 'después de vacunarlo', 'después de vacunarla', 'después de la vacuna', 'la vacuna', 'las shots', 'después de las shots', 'el pinchazo', 'las inyecciones', 'los piquetes'] },
  { id: 'feeding', name: 'comer', synonyms: ['después de comer', 'la toma', 'después de la toma', 'después de una toma', 'el biberón', 'después del biberón', 'la mamila', 'después de la mamila', 'el pecho', 'darle el pecho', 'darle de comer', 'después de darle de comer', 'con la tripa llena', 'con la panza llena', 'la comida', 'la mejor hora', 'qué hora'] },
  {
    id: 'oil',
    name: 'aceite',
    synonyms: ['el aceite', 'aceites', 'los aceites', 'aceite de oliva', 'el aceite de oliva', 'aceite de coco', 'aceite de almendras', 'aceite de girasol', 'aceite de bebé', 'baby oil', 'el baby oil',
      'aceites esenciales', 'crema', 'la crema', 'crema o lotion', 'lotion', 'loción', 'la loción', 'crema hidratante', 'vaselina', 'aceite mineral', 'sin aceite', 'aceite de ricino', 'aceite de almendra', 'manteca'],
  },
  { id: 'how-long', name: 'cuánto tiempo', synonyms: ['cuánto rato', 'cuántos minutos', 'por cuánto tiempo', 'durante cuánto tiempo', 'cuánto', 'la duración', 'qué duración'] },
  { id: 'how-often', name: 'cada cuánto', synonyms: ['cuántas veces', 'cuántas veces al día', 'cuántas veces a la semana', 'con qué frecuencia', 'qué tan seguido', 'todos los días', 'diario', 'a diario', 'cada día', 'cada noche'] },
  { id: 'sleeping', name: 'dormido', synonyms: ['dormida', 'mientras duerme', 'si está dormido', 'si está dormida', 'si se duerme', 'si se queda dormido', 'si se queda dormida', 'cuando duerme', 'un bebé dormido'] },
  { id: 'age', name: 'edad', synonyms: ['la edad', 'meses', 'semanas', 'qué edad', 'edad se puede', 'edad empiezo', 'edad puedo empezar', 'cuándo empiezo', 'desde que nace', 'desde el nacimiento', 'niños mayores', 'un niño de un año'] },
  { id: 'newborn', name: 'recién nacido', synonyms: ['recién nacida', 'un recién nacido', 'una recién nacida', 'recién nacidos', 'un bebé de una semana', 'un bebé de dos semanas', 'un bebé de días', 'muy pequeño', 'muy pequeña', 'chiquito'] },
  { id: 'premature', name: 'prematuro', synonyms: ['prematura', 'un prematuro', 'un bebé prematuro', 'prematuros', 'bebés prematuros', 'nació antes de tiempo', 'nació antes', 'se adelantó', 'sietemesino', 'pretérmino'] },
  { id: 'crying', name: 'llora', synonyms: ['si llora', 'llora mucho', 'no le gusta', 'se pone a llorar', 'se queja', 'se enfada', 'se enoja', 'se arquea', 'gira la cara', 'no se deja', 'lo odia', 'no lo disfruta'] },
  { id: 'others', name: 'otra persona', synonyms: ['el papá', 'papá', 'el padre', 'mi pareja', 'mi marido', 'mi esposo', 'mi mujer', 'mi esposa', 'la abuela', 'el abuelo', 'los abuelos', 'mi suegra', 'mi madre', 'mi mamá', 'la niñera', 'la canguro', 'la nana', 'su hermano', 'su hermana', 'los hermanos', 'alguien más'] },
  { id: 'setting', name: 'la habitación', synonyms: ['habitación', 'el cuarto', 'cuarto', 'la temperatura', 'qué temperatura', 'la toalla', 'la ropa', 'desvestirlo', 'desvestirla', 'en la cama', 'en el suelo', 'en el piso', 'en el cambiador', 'el cambiador', 'prepararme', 'preparar todo'] },
  { id: 'bath', name: 'el baño', synonyms: ['baño', 'del baño', 'bañarlo', 'bañarla', 'el bañito', 'la bañera', 'la tina', 'bañarle'] },
  { id: 'pressure', name: 'fuerza', synonyms: ['la fuerza', 'presión', 'la presión', 'fuerte', 'suave', 'duro', 'hacerle daño', 'lastimarlo', 'lastimarla', 'apretar'] },
  { id: 'hips', name: 'la cadera', synonyms: ['cadera', 'las caderas', 'caderas', 'displasia de cadera', 'la displasia', 'displasia', 'el arnés', 'arnés de pavlik', 'el arnés de pavlik', 'la férula'] },
  { id: 'skin', name: 'la piel', synonyms: ['piel', 'piel seca', 'la piel seca', 'piel reseca', 'eccema', 'el eccema', 'dermatitis', 'dermatitis atópica', 'la dermatitis', 'costra láctea', 'sarpullido', 'granitos', 'acné', 'piel sensible', 'rozaduras'] },
  { id: 'soft-spot', name: words.softSpot, synonyms: ['la fontanela', 'fontanela', 'la mollera', 'mollera', 'la mollerita', 'la parte blanda de la cabeza', 'la cabeza', 'su cabeza', 'la coronilla'].filter((w) => w !== words.softSpot) },
  { id: 'hernia', name: 'la hernia', synonyms: ['hernia', 'hernia umbilical', 'una hernia', 'el ombligo', 'ombligo', 'su ombligo', 'el ombliguito', 'el cordón', 'el ombligo salido'] },
  { id: 'postnatal', name: 'depresión posparto', synonyms: ['la depresión posparto', 'posparto', 'mi estado de ánimo', 'mi ánimo', 'tristeza', 'la tristeza', 'ansiedad', 'la ansiedad', 'depresión', 'baby blues', 'mi salud mental'] },
];

/** Spanish articles and possessives before a value ("el aceite", "un prematuro", "su ombligo"), so the topic still resolves. */
function withArticles<T extends string>(values: Values<T>): Values<T> {
  return values.map((value) => {
    const words = [value.name, ...value.synonyms];
    const articled = words.filter((w) => !/^(el|la|los|las|un|una|mi|su|sus|con|si|cuando|después|mientras)\b/.test(w)).flatMap((w) => ['el', 'la', 'un', 'una', 'mi', 'su'].map((article) => `${article} ${w}`));
    const synonyms = [...new Set([...value.synonyms, ...articled])].filter((w) => w !== value.name);
    return { ...value, synonyms };
  });
}

export const questionSlotTypes: readonly SlotTypeSource<SpanishVocabulary>[] = [
  { name: BENEFIT_SLOT_TYPE, values: (words) => withArticles(benefitValues(words)) },
  { name: SAFETY_SLOT_TYPE, values: (words) => withArticles(safetyValues(words)) },
];

/** How parents start a question in their own words: the words before it (the classifier reads the rest). */
const QUESTION_CARRIERS = [
  'puedo', 'puede', 'podemos', 'se le puede', 'le puedo', 'lo puedo', 'la puedo', 'se lo puedo', 'es', 'es normal', 'está bien si',
  'ayuda', 'y', 'qué', 'cómo', 'cuándo', 'cuánto', 'cuánta', 'cuántos', 'cuántas', 'hasta', 'desde', 'por qué',
  'para qué', 'debo', 'debería', 'pasa algo si', 'importa si', 'dime', 'quería saber', 'quiero saber', 'una pregunta', 'tengo una duda', 'me preguntaba',
  'le doy', 'lo hago', 'hay', 'hay algún', 'valen', 'se recomienda', 'recomiendas', 'es verdad que', 'es cierto que', 'cada cuánto',
  'le puede', 'pueden', 'estuvo', 'nació', 'lleva', 'hacia', 'para qué lado', 'en qué sentido', 'cuál', 'cuáles', 'dónde', 'no sé si', 'me han dicho que', 'he oído que', 'mi suegra dice que', 'mi mamá dice que', 'mi madre dice que',
];
/** Said before a question's carrier: "oye, ¿se puede...?", "y entonces, ¿qué aceite...?" */
const QUESTION_HEADS = ['oye', 'vale', 'bueno', 'una cosa', 'y'];

/** Questions that end with their carrier: "tiene eccema, se puede?", "mi bebé regurgita mucho, le ayuda el masaje?" */
const QUESTION_TAILS = [
  'puedo', 'es normal', 'le ayuda', 'le ayuda el masaje', 'ayuda el masaje', 'sirve el masaje', 'puedo darle masaje', 'le puedo dar masaje', 'se le puede dar masaje',
  'qué hago', 'pasa algo', 'puede hacerlo', 'lo puede hacer', 'puede darle el masaje', 'puede darle masaje', 'también puede', 'se lo puede dar', 'es peligroso', 'es un problema', 'lo puedo hacer', 'puedo seguir', 'podemos seguir con el masaje', 'le sirve', 'sirve de algo', 'le va bien',
];
