import type { MassagePart, RoutineId } from '../../routine/types';
import { stemsWith } from '../understand';
import type { CommandKind, Cues, StatementKind } from '../understand';
import type { BenefitTopic, SafetyTopic } from '../topics';

/**
 * A rough Spanish stem, so that "dormido", "dormida" and "dormir", "vacunas" and "vacuna", "bañarlo" and
 * "bañar", "pancita" and "pancitas" meet: accents off (ñ becomes n), then a plural, an attached pronoun,
 * a gerund or participle, a diminutive, an infinitive and a last vowel come off longer words. Cues and
 * what parents say go through the same cut, so it need only be consistent, not grammatical.
 */
export function stem(word: string): string {
  let w = word.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (w.length <= 3) return w;
  // Attached pronouns: "darle", "bañarlo", "dándole", "enfermarse" ("duerme" keeps its "me": none of me or te).
  w = w.replace(/^(.+(?:ar|er|ir|ando|iendo))(?:selo|sela|los|las|les|lo|la|le|se)$/, '$1');
  // Plurals: "vacunas", "gases", "meses".
  if (w.length > 4 && /[^aeiou]es$/.test(w)) w = w.slice(0, -2);
  else if (w.length > 3 && w.endsWith('s')) w = w.slice(0, -1);
  // Diminutives back to the plain word: "pancita" panza, "bracito" brazo, "barriguita" barriga, "chiquito" chico.
  const small = /^(.{3,})it([oa])$/.exec(w);
  if (w.length > 5 && small) w = `${small[1].replace(/c$/, 'z').replace(/gu$/, 'g').replace(/qu$/, 'c')}${small[2]}`;
  // Gerunds and participles: "llorando", "durmiendo", "dormido", "vacunada".
  if (w.length > 6 && /(?:ando|iendo)$/.test(w)) return w.replace(/(?:ando|iendo)$/, '');
  if (w.length > 5 && /(?:ad|id)[oa]$/.test(w)) return w.slice(0, -3);
  // Infinitives: "llorar", "dormir" ("comer" stays whole, away from "como").
  if (w.length > 5 && /(?:ar|er|ir)$/.test(w)) return w.slice(0, -2);
  // The last vowel: "llora" and "lloro", "tripa", "aceite", "panza".
  if (w.length > 4 && /[aeo]$/.test(w)) return w.slice(0, -1);
  return w;
}

/** The classifier's stemmer for Spanish (content/understand.ts): every classifier call in this pack passes it. */
export const spanishStems = stemsWith(stem);

/**
 * The words Spanish-speaking parents use for each question topic, Spain's and Latin America's both.
 * Listed most specific first: a tie goes to the earlier topic. Longer cues outweigh single words.
 */
export const QUESTION_CUES: Cues<BenefitTopic | SafetyTopic> = [
  ['postnatal', ['depresion posparto', 'depresion postparto', 'posparto', 'postparto', 'baja de animo', 'bajon', 'triste', 'tristeza', 'deprimida', 'deprimido', 'depresion', 'ansiedad', 'ansiosa', 'agobiada', 'agobiado', 'no puedo mas', 'desde el parto', 'desde que di a luz', 'me siento triste', 'me siento mal', 'me siento sola', 'muy triste', 'salud mental', 'baby blues', 'lloro mucho', 'no soy yo']],
  ['hips', ['cadera', 'caderas', 'displasia', 'arnes', 'arnes de pavlik', 'pavlik', 'ferula', 'piernas arqueadas', 'chasquido']],
  ['hernia', ['hernia', 'hernia umbilical', 'ombligo', 'ombliguito', 'umbilical', 'ombligo salido', 'el ombligo']],
  ['soft-spot', ['fontanela', 'mollera', 'mollerita', 'parte blanda', 'parte blandita', 'lo blando de la cabeza', 'cabeza blanda', 'coronilla']],
  ['skin', ['eccema', 'eczema', 'dermatitis', 'dermatitis atopica', 'piel seca', 'piel reseca', 'costra lactea', 'acne', 'granitos', 'granos', 'sarpullido', 'salpullido', 'rozadura', 'rozaduras', 'escaldadura', 'irritacion', 'piel sensible', 'manchitas', 'rojeces', 'la piel', 'su piel']],
  ['premature', ['prematuro', 'prematura', 'prematuros', 'antes de tiempo', 'semanas antes', 'nacio antes', 'se adelanto', 'pretermino', 'neonatal', 'neonatos', 'uci', 'ucin', 'nicu', 'incubadora', 'sietemesino', 'sietemesina']],
  ['vaccinations', ['vacuna', 'vacunas', 'vacunacion', 'vacunado', 'vacunada', 'vacunaron', 'inyeccion', 'inyecciones', 'pinchazo', 'piquete', 'shots', 'inmunizacion']],
  ['newborn', ['recien nacido', 'recien nacida', 'recien nacidos', 'dias de nacido', 'dias de nacida', 'dias de vida', 'semana de vida', 'una semana', 'dos semanas', 'tiene dias', 'cordon', 'cordon umbilical', 'el cordon', 'muñon', 'dia', 'dias']],
  ['oil', ['aceite', 'aceites', 'coco', 'oliva', 'almendra', 'almendras', 'girasol', 'mostaza', 'crema', 'cremita', 'locion', 'lotion', 'vaselina', 'baby oil', 'aceite de bebe', 'hidratante', 'manteca', 'aceite en la nariz', 'aceite por la boca', 'tomar aceite', 'beber aceite', 'aceite mineral', 'aceite de ricino', 'ricino', 'pomada', 'ghee', 'aceite para el empacho']],
  ['feeding', ['toma', 'tomas', 'despues de comer', 'despues de la toma', 'de comer', 'comer', 'comido', 'biberon', 'mamila', 'botella', 'el pecho', 'teta', 'lactancia', 'dar el pecho', 'leche', 'tripa llena', 'panza llena', 'pancita llena', 'estomago lleno', 'mamar']],
  ['bath', ['baño', 'bañar', 'bañito', 'bañera', 'tina', 'ducha', 'despues del baño', 'antes del baño']],
  ['sleeping', ['dormido', 'dormida', 'masaje dormido', 'dormidito', 'mientras duerme', 'cuando duerme', 'si se duerme', 'se duerme', 'se queda dormido', 'se queda dormida', 'a la mitad', 'a medio masaje', 'en medio del masaje', 'mientras esta dormido']],
  ['how-often', ['cada cuanto', 'cuantas veces', 'al dia', 'a la semana', 'diario', 'diariamente', 'todos los dias', 'cada dia', 'cada noche', 'todas las noches', 'frecuencia', 'que tan seguido', 'seguido', 'dos veces', 'una vez al dia', 'veces']],
  ['how-long', ['cuanto tiempo', 'cuanto rato', 'cuantos minutos', 'cuanto dura', 'debe durar', 'tiene que durar', 'duracion', 'durar', 'minutos', 'rato', 'que tan largo']],
  ['age', ['edad', 'desde que edad', 'hasta que edad', 'a que edad', 'que edad', 'cuando empiezo', 'cuando puedo empezar', 'empezar', 'empiezo', 'hasta cuando', 'dejar de', 'muy pequeño', 'muy chiquito', 'demasiado pequeño', 'mayor', 'mas grande', 'meses', 'gatea', 'camina', 'niño pequeño']],
  ['others', ['papa', 'padre', 'papi', 'marido', 'esposo', 'pareja', 'mi mujer', 'esposa', 'abuela', 'abuelo', 'abuelos', 'abuelita', 'suegra', 'suegro', 'tia', 'tio', 'hermano', 'hermana', 'hermanito', 'hermanita', 'niñera', 'canguro', 'nana', 'cuidadora', 'otra persona', 'alguien mas', 'la familia', 'mi madre', 'mi mama']],
  ['pressure', ['fuerza', 'fuerte', 'presion', 'apretar', 'aprieto', 'daño', 'hacer daño', 'hacerle daño', 'lastimar', 'lastimarlo', 'lastimo', 'duro', 'suave', 'suavecito', 'que tan fuerte', 'con que fuerza', 'cuanta presion', 'demasiado fuerte', 'flojito']],
  ['setting', ['habitacion', 'cuarto', 'temperatura de la habitacion', 'que temperatura', 'donde lo hago', 'donde lo pongo', 'en la cama', 'en el suelo', 'en el piso', 'cambiador', 'toalla', 'sofa', 'sillon', 'mejor hora', 'hora del dia', 'a que hora', 'calefaccion', 'ropa', 'desvestir', 'desnudo', 'encuerado', 'preparar']],
  ['crying', ['llora', 'llorar', 'llanto', 'si llora', 'no le gusta', 'lo odia', 'se enfada', 'se enoja', 'se queja', 'se pone a llorar', 'grita', 'chilla', 'no lo disfruta', 'se arquea', 'berrinche']],
  ['when-not', ['fiebre', 'calentura', 'enfermo', 'enferma', 'malito', 'malita', 'resfriado', 'resfriada', 'catarro', 'gripa', 'gripe', 'tos', 'mocos', 'cuando no', 'no debo', 'no se debe', 'nunca', 'contraindicaciones', 'contraindicado', 'ictericia', 'amarillo', 'amarillento', 'moreton', 'moretones', 'herida', 'corte', 'diarrea', 'prueba del talon', 'talon', 'operado', 'operacion']],
  ['reflux', ['reflujo', 'regurgita', 'regurgitar', 'regurgitaciones', 'vomita', 'vomitar', 'devuelve', 'echa leche', 'bocanada', 'bocanadas', 'buchito']],
  ['digestion', ['colico', 'colicos', 'gases', 'gas', 'pedos', 'estreñimiento', 'estreñido', 'estreñida', 'digestion', 'dolor de tripa', 'dolor de barriga', 'dolor de panza', 'dolor de pancita', 'eructo', 'eructar', 'sacar el aire', 'hacer caca', 'popo', 'que lado', 'hacia que lado', 'que direccion', 'sentido del reloj', 'agujas del reloj', 'manecillas del reloj', 'empacho', 'la tripa', 'la barriga', 'la pancita']],
  // The teething answer covers a blocked nose too (the same face strokes).
  ['teething', ['dientes', 'dientitos', 'diente', 'denticion', 'encias', 'muelas', 'saliendo los dientes', 'nariz tapada', 'nariz congestionada', 'congestion', 'congestionado', 'congestionada']],
  ['breathing', ['respirar', 'respiracion', 'respira', 'asma', 'pulmones', 'bronquios', 'bronquitis']],
  ['immunity', ['defensas', 'inmune', 'sistema inmune', 'sistema inmunologico', 'inmunidad', 'enfermarse menos', 'enfermar menos', 'se enferme menos', 'infecciones']],
  ['brain', ['cerebro', 'inteligente', 'inteligencia', 'mas listo', 'desarrollo', 'neuronas', 'aprender', 'aprendizaje', 'mielina', 'estimulacion', 'desarrollo cerebral']],
  ['growth', ['peso', 'subir de peso', 'engordar', 'ganar peso', 'crecer', 'crecimiento', 'crezca', 'musculos', 'tono muscular']],
  ['bonding', ['vinculo', 'apego', 'conexion', 'union', 'cercania', 'relacion', 'conectar', 'lazos', 'crear vinculo']],
  ['relaxation', ['relaja', 'relajar', 'relajado', 'relajacion', 'calma', 'calmar', 'tranquilo', 'tranquilizar', 'estres', 'nervioso', 'irritable']],
  ['awareness', ['coordinacion', 'conciencia corporal', 'su cuerpo', 'equilibrio', 'sentidos', 'motricidad', 'psicomotricidad']],
  ['circulation', ['circulacion', 'sangre', 'riego', 'oxigeno']],
  ['autonomy', ['permiso', 'pedir permiso', 'le pido permiso', 'le pregunto', 'preguntarle', 'si quiere', 'consentimiento', 'autonomia', 'respeto']],
  ['sleep', ['dormir', 'duerma', 'duerme', 'sueño', 'dormir mejor', 'duerma mejor', 'toda la noche', 'noche', 'por la noche', 'hora de dormir', 'antes de dormir', 'siesta', 'siestas', 'insomnio', 'descansar']],
];

/**
 * What parents say about the baby, by what the guide does about it (guide/statements.ts). Hiccups,
 * sneezes and turning away are signs of enough for now; a held finger, smiles and gurgles are signs of
 * yes; a nappy, a feed or sick all mean: see to the baby, the place is kept; teething is comforted like
 * crying. "Constipado" is a cold in Spain, so it is unwell, not wind.
 */
export const STATEMENT_CUES: Cues<StatementKind> = withoutLead([
  ['fever', ['fiebre', 'calentura', 'temperatura', 'tiene temperatura', 'esta caliente', 'ardiendo', 'febril', 'destemplado', 'destemplada']],
  ['jaundice', ['ictericia', 'amarillo', 'amarilla', 'amarillento', 'amarillenta', 'amarillito']],
  ['hiccups', ['hipo', 'estornuda', 'estornudando', 'estornudo', 'estornudos', 'estornudar']],
  ['unwell', ['malito', 'malita', 'enfermo', 'enferma', 'enfermito', 'enfermita', 'no esta bien', 'resfriado', 'resfriada', 'constipado', 'constipada', 'catarro', 'mocos', 'tos', 'tose', 'gripa', 'gripe', 'sarpullido', 'salpullido', 'granitos', 'eccema', 'dermatitis', 'diarrea', 'vacuna', 'vacunas', 'vacunaron', 'vacunado', 'vacunada', 'le pusieron', 'le han puesto', 'inyeccion', 'piquete', 'shots', 'decaido', 'decaida']],
  ['feeding', ['hambre', 'tiene hambre', 'toma', 'le toca la toma', 'comer', 'quiere comer', 'leche', 'biberon', 'mamila', 'botella', 'pecho', 'quiere pecho', 'teta', 'chichi', 'mamar', 'busca el pecho', 'se chupa el puño', 'chupando la mano', 'hambriento', 'hambrienta']],
  ['needs', ['pañal', 'cambiar el pañal', 'cambiarle', 'caca', 'popo', 'pipi', 'pis', 'se hizo', 'se ha hecho', 'mojado', 'mojada', 'meado', 'vomito', 'vomitado', 'vomita', 'devolvio', 'devolvio la leche', 'devuelto', 'regurgito', 'echado leche', 'echo leche', 'bocanada', 'buchito', 'me necesita', 'quiere brazos', 'quiere que lo cargue', 'quiere que la cargue', 'en brazos', 'upa']],
  ['asleep', ['dormido', 'dormida', 'dormidito', 'dormidita', 'se durmio', 'se ha dormido', 'se quedo dormido', 'se quedo dormida', 'frito', 'frita', 'jeton', 'jetona', 'esta durmiendo', 'durmiendo']],
  ['tired', ['sueño', 'tiene sueño', 'cansado', 'cansada', 'cansadito', 'cansadita', 'bosteza', 'bostezando', 'bostezo', 'se frota los ojos', 'frotando los ojos', 'se talla los ojos', 'tallando los ojos', 'agotado', 'agotada', 'adormilado', 'adormilada', 'se le cierran los ojos']],
  ['crying', ['llora', 'llorando', 'llanto', 'a llorar', 'berrinche', 'chilla', 'chillando', 'grita', 'gritando', 'molesto', 'molesta', 'irritable', 'enojado', 'enfadado', 'quejando', 'se queja', 'lloron', 'llorona', 'no se calma', 'dientes', 'dientitos', 'echando los dientes', 'saliendo los dientes', 'babea', 'babeando', 'muerde', 'mordiendo', 'encias']],
  ['dislikes', ['no le gusta', 'no le esta gustando', 'no le gusto', 'lo odia', 'gira la cabeza', 'gira la cara', 'voltea la cara', 'aparta la mirada', 'se arquea', 'arqueando', 'me aparta la mano', 'se pone rojo', 'se pone roja', 'se puso rojo', 'se puso roja', 'palido', 'palida', 'manchas', 'cierra los puños', 'puños', 'no quiere', 'rechaza']],
  ['happy', ['sonrie', 'sonriendo', 'sonrisa', 'se rie', 'riendo', 'risa', 'carcajada', 'le encanta', 'le gusta', 'feliz', 'contento', 'contenta', 'a gusto', 'tranquilo', 'tranquila', 'gorjea', 'balbucea', 'ruiditos', 'agarra', 'me agarra', 'agarra el dedo', 'agarro', 'cogiendo el dedo', 'me coge', 'el dedo', 'mi dedo', 'disfruta', 'disfrutando', 'calmado', 'calmada']],
  ['moving', ['se dio la vuelta', 'se dio vuelta', 'se ha dado la vuelta', 'dado la vuelta', 'se volteo', 'se voltea', 'se gira', 'se giro', 'no se esta quieto', 'no se esta quieta', 'no se queda quieto', 'no se queda quieta', 'no para quieto', 'no para quieta', 'no para de moverse', 'se mueve', 'se mueve mucho', 'mueve mucho', 'no para', 'inquieto', 'inquieta', 'gatea', 'gateando', 'se escapa', 'patalea', 'pataleando', 'se retuerce', 'quieto', 'quieta']],
  ['wind', ['gases', 'gas', 'colico', 'colicos', 'estreñido', 'estreñida', 'estreñimiento', 'le duele la tripa', 'le duele la barriga', 'le duele la panza', 'le duele la pancita', 'dolor de tripa', 'dolor de panza', 'pedo', 'pedos', 'se tira pedos', 'eructo', 'eructar', 'tiene aire', 'hinchado', 'hinchada', 'inflamado', 'empacho', 'empachado', 'empachada']],
]);

/**
 * A statement's cues also without the word a StatementIntent carrier takes first ("se", "le", "me", "está",
 * "tiene", "ya"): Alexa hands the skill only the words after "se" in "se volteó".
 */
function withoutLead<Id extends string>(cues: Cues<Id>): Cues<Id> {
  return cues.map(([id, list]) => [id, [...new Set(list.flatMap((cue) => [cue, cue.replace(/^(?:se|le|me|esta|tiene|ya) (?=\S)/, '')]))]] as const);
}

/** Body parts inside words Alexa could not resolve as a part ("la cara, que no le gusta"). */
export const PART_CUES: Cues<MassagePart> = [
  ['movements', ['movimientos suaves', 'movimientos', 'movimiento', 'estiramientos', 'estirar', 'ejercicios', 'bicicleta']],
  ['legs', ['pierna', 'piernas', 'piernitas', 'pies', 'pie', 'piecitos', 'dedos de los pies', 'muslo', 'muslos']],
  ['tummy', ['tripa', 'tripita', 'barriga', 'barriguita', 'pancita', 'panza', 'vientre', 'abdomen', 'estomago', 'estomaguito']],
  ['chest', ['pecho', 'pechito', 'torso']],
  ['arms', ['brazo', 'brazos', 'bracitos', 'mano', 'manos', 'manitas', 'manita', 'dedos', 'deditos']],
  ['face', ['cara', 'carita', 'cabeza', 'frente', 'mejillas', 'cachetes']],
  ['back', ['espalda', 'espaldita', 'columna', 'hombros']],
];

/**
 * The guide's commands inside other words: "vale, y ahora qué toca", "espera, qué has dicho", "la de antes
 * otra vez". Longer cues win over shorter ones ("desde el principio" over "otra vez").
 */
export const COMMAND_CUES: Cues<CommandKind> = [
  ['start-over', ['desde el principio', 'empezar de nuevo', 'empieza de nuevo', 'desde el inicio', 'volver a empezar', 'vuelve a empezar', 'reinicia', 'desde cero']],
  ['previous', ['atras', 'la anterior', 'el anterior', 'la de antes', 'el de antes', 'regresa', 'regresate', 'vuelve atras', 'paso anterior']],
  ['repeat', ['repite', 'repitelo', 'repetir', 'otra vez', 'no te entendi', 'no me he enterado', 'que dijiste', 'que has dicho', 'mande', 'como dijiste', 'no escuche', 'de nuevo']],
  ['pause', ['pausa', 'espera', 'esperame', 'esperate', 'un momento', 'un momentito', 'un segundo', 'un segundito', 'tantito', 'aguanta', 'ahorita vengo', 'ahora vuelvo']],
  ['resume', ['seguimos', 'continua', 'continuar', 'reanuda', 'ya estamos', 'ya volvi', 'ya estoy', 'ya regrese', 'listos otra vez']],
  ['next', ['siguiente', 'la que sigue', 'el que sigue', 'proximo', 'proxima', 'ya esta', 'ya quedo', 'hecho', 'listo', 'ya termine', 'que sigue', 'que toca']],
];

/**
 * Routines by what they are for, inside words Alexa could not resolve as a routine ("tiene cólicos, cuál
 * le hago", "el de la noche"). Read only when the words are not a question (QUESTION_STARTS).
 */
export const ROUTINE_CUES: Cues<Exclude<RoutineId, `just-${string}`>> = [
  ['newborn', ['recien nacido', 'recien nacida', 'recien nacidos', 'semanas', 'dias', 'una semana', 'chiquito', 'chiquita', 'muy pequeño', 'bebe nuevo']],
  ['bedtime', ['dormir', 'antes de dormir', 'para dormir', 'noche', 'la noche', 'sueño', 'acostarse', 'acostar', 'relajar', 'calmar']],
  ['colic', ['colico', 'colicos', 'gases', 'gas', 'estreñimiento', 'dolor de tripa', 'dolor de panza', 'aire', 'eructo', 'empacho']],
  ['quick', ['rapido', 'rapidito', 'corto', 'cortito', 'cinco minutos', 'prisa', 'poco tiempo', 'breve']],
  ['full', ['completo', 'entero', 'todo el cuerpo', 'todo', 'largo']],
];

/**
 * Words near a topic without being about it: a question that has them and no cue ("puedo usar polvos de
 * talco?") has no answer of its own, and this topic is offered as the nearest.
 */
export const NEARBY_WORDS: Cues<BenefitTopic | SafetyTopic> = [
  ['oil', ['polvo', 'polvos', 'talco', 'jabon', 'toallitas', 'champu', 'balsamo', 'producto', 'productos', 'perfume', 'colonia']],
  ['setting', ['musica', 'cancion', 'cantar', 'luz', 'luces', 'uñas', 'anillos', 'movil', 'celular', 'tele', 'television', 'ruido', 'silencio']],
  ['bath', ['nadar', 'piscina', 'alberca', 'agua']],
  ['brain', ['hablar', 'hablarle', 'lenguaje', 'palabras', 'mirada']],
  ['others', ['guarderia', 'gemelos', 'mellizos', 'clase', 'clases', 'curso', 'instructora']],
  ['when-not', ['cirugia', 'operacion', 'fractura', 'medicina', 'medicamento', 'hospital', 'golpe']],
  ['age', ['meses', 'gatear', 'caminar', 'sentarse', 'año']],
  ['crying', ['quejica', 'lloron', 'irritable', 'inquieto']],
];

/** Words too common to say what a question is about ("¿puedo hacerle esto a mi bebé?"), as stems. */
export const COMMON_WORDS: readonly string[] = [
  'el', 'la', 'los', 'las', 'un', 'una', 'unos', 'unas', 'de', 'del', 'al', 'en', 'con', 'por', 'para', 'que', 'y', 'o', 'mi', 'mis', 'tu', 'tus', 'su', 'sus',
  'le', 'lo', 'les', 'se', 'me', 'te', 'es', 'esta', 'este', 'esto', 'eso', 'ese', 'esa', 'bebe', 'bebito', 'bebita', 'nene', 'nena', 'niño', 'niña', 'hijo', 'hija',
  'masaje', 'masajes', 'masajear', 'dar', 'darle', 'hacer', 'hacerle', 'hago', 'hace', 'puedo', 'puede', 'pueden', 'puedes', 'debo', 'debe', 'deberia', 'bueno',
  'buena', 'malo', 'bien', 'mal', 'ayuda', 'ayudar', 'sirve', 'como', 'cuando', 'donde', 'cual', 'quien', 'porque', 'si', 'no', 'muy', 'mas', 'menos', 'tambien',
  'solo', 'ya', 'aun', 'todavia', 'hay', 'tiene', 'tengo', 'estar', 'ser', 'algo', 'nada', 'cosa', 'poco', 'mucho', 'otro', 'otra', 'seguro', 'segura', 'normal',
  'vale', 'usar', 'uso', 'saber', 'sabes', 'quiero', 'dime', 'pasa', 'pasar', 'pregunta', 'cuanto', 'cuanta', 'esto', 'eso', 'pero', 'entonces', 'ahora',
].map(stem);

/** How a question starts: words that begin with one are asked, and never start a routine. */
export const QUESTION_STARTS: readonly string[] = [
  'qué', 'que', 'cómo', 'como', 'cuándo', 'cuando', 'cuánto', 'cuanto', 'cuánta', 'cuanta', 'cuántos', 'cuantos', 'cuántas', 'cuantas', 'cuál', 'cual', 'cuáles', 'cuales',
  'dónde', 'donde', 'por', 'porqué', 'puedo', 'puede', 'podemos', 'se', 'es', 'son', 'debo', 'debería', 'deberia', 'hay', 'sirve', 'ayuda', 'está', 'esta', 'tiene', 'quién', 'quien',
];
