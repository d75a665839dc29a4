import { IntentName } from '../../../lambda/alexa/intents';
import { SpanishVocabulary } from '../../../lambda/content/es/vocabulary';
import { IntentSource } from '../types';
import { around, lightly, withFillers } from './fillers';

/**
 * The guide's commands as Spanish-speaking parents say them with their hands full. "Sigue" and
 * "adelante con ello" carry on (Continue); "continúa", "seguimos" and "ya estamos" resume after a pause;
 * "vale" or "venga" alone is yes; "para" alone stops, "para un momento" pauses.
 */
export const coreIntents: readonly IntentSource<SpanishVocabulary>[] = [
  {
    name: IntentName.Next,
    samples: () => [
      ...withFillers([
        'siguiente', 'el siguiente', 'la siguiente', 'siguiente paso', 'el siguiente paso', 'la siguiente pasada', 'próximo', 'el próximo', 'la próxima',
        'próximo paso', 'el próximo paso', 'la que sigue', 'el que sigue', 'qué sigue', 'qué toca', 'qué toca ahora', 'y ahora qué', 'hecho', 'ya está', 'ya quedó',
        'listo ya', 'ya terminé', 'ya terminé con esa', 'ya terminé con esta', 'terminé', 'ya lo hice', 'ya lo hice qué sigue', 'hecho qué sigue', 'ya está qué toca ahora',
        'pasa al siguiente', 'pasa a la siguiente', 'vamos al siguiente', 'vamos a la siguiente', 'la siguiente pasada por favor', 'next', 'ya acabé', 'ya acabé con esta',
        'ya está hecho', 'qué viene ahora', 'cuál sigue', 'ya quedó qué sigue', 'a la siguiente', 'la otra', 'seguimos con la siguiente', 'pasemos a la siguiente',
      ]),
      ...lightly(['la otra pierna', 'el otro brazo', 'el otro lado', 'ahora la otra pierna', 'ahora el otro brazo', 'ya la otra pierna', 'ya el otro brazo', 'una pierna lista', 'un brazo listo']),
      'listo', 'ok listo', 'vale listo', 'ya está listo', 'listo el que sigue', 'listo la que sigue', 'listo siguiente', 'ya estamos con la siguiente',
    ],
  },
  {
    name: IntentName.Repeat,
    samples: () => [
      ...withFillers([
        'repite', 'repítelo', 'repite eso', 'repítemelo', 'repítemelo otra vez', 'otra vez', 'de nuevo', 'una vez más', 'otra vez esa', 'otra vez esta',
        'mande', 'cómo', 'qué', 'cómo dijiste', 'qué dijiste', 'qué has dicho', 'cómo has dicho', 'no te entendí', 'no te he entendido', 'no me he enterado', 'no escuché',
        'no te oí', 'perdona qué', 'cómo se hace', 'cómo lo hago', 'cómo era', 'explícamelo otra vez',
        'puedes repetirlo', 'me lo repites', 'dilo otra vez', 'repite la pasada', 'hacia qué lado', 'en qué sentido', 'no entiendo', 'no me quedó claro', 'qué hago',
        'qué tengo que hacer', 'no lo pillé', 'otra vez porfa',
      ]),
    ],
  },
  {
    name: IntentName.Previous,
    samples: () => [
      ...withFillers([
        'atrás', 'vuelve atrás', 've atrás', 'para atrás', 'hacia atrás', 'anterior', 'el anterior', 'la anterior', 'paso anterior', 'el paso anterior', 've al paso anterior',
        'vuelve al paso anterior', 'la de antes', 'el de antes', 'la pasada anterior', 'regresa', 'regrésate', 'regresa uno', 'regrésate uno', 'vuelve al anterior',
        'vuelve a la anterior', 'retrocede', 'uno atrás', 'uno para atrás', 'la de antes otra vez', 'la anterior otra vez', 'regresa a la anterior', 'volvamos atrás',
      ]),
    ],
  },
  {
    name: IntentName.StartOver,
    samples: () => [
      ...withFillers([
        'desde el principio', 'empieza de nuevo', 'empieza otra vez', 'vuelve a empezar', 'volvemos a empezar', 'desde el inicio', 'empieza desde el principio',
        'vuelve a empezar desde el inicio', 'vuelve a empezar desde el principio', 'otra vez desde el principio', 'otra vez desde el inicio', 'reinicia', 'reinicia el masaje',
        'desde cero', 'empezar de nuevo', 'empezamos de nuevo', 'empezamos otra vez', 'de nuevo desde el principio', 'vuelve al principio', 'vuelve al inicio', 'al principio', 'empecemos de nuevo', 'comienza de nuevo', 'desde el comienzo',
      ]),
    ],
  },
  {
    name: IntentName.Pause,
    samples: () => [
      ...withFillers([
        'pausa', 'pon pausa', 'pausa el masaje', 'pausa por favor', 'espera', 'espera un momento', 'espera un segundo', 'espera un poco',
        'un momento', 'un momentito', 'un segundo', 'un segundito', 'un minuto', 'un minutito', 'para un momento', 'para un segundo', 'para un poco', 'para un momentito',
        'aguanta', 'aguanta tantito', 'espérame', 'espérame tantito', 'espérate', 'espérate un segundito', 'tantito', 'ahorita vengo', 'ahorita regreso', 'ahora vuelvo', 'ahora vengo', 'vuelvo enseguida', 'dame un minuto',
        'dame un momento', 'dame un segundo', 'detente un momento', 'calla un momento', 'espera espera',
        'hold on', 'hold on un momento', 'momento', 'un ratito', 'necesito un momento', 'necesito un descanso',
      ]),
    ],
  },
  {
    name: IntentName.Resume,
    samples: () => [
      ...withFillers([
        'reanuda', 'reanudar', 'reanuda el masaje', 'continúa', 'continuar', 'continúa el masaje', 'continuamos', 'seguimos', 'seguimos donde lo dejamos',
        'ya estamos', 'ya estamos aquí', 'ya estoy', 'ya estoy aquí', 'ya volví', 'ya he vuelto', 'ya regresé', 'ya estamos de vuelta', 'ya estamos listos',
        'ya estamos listos otra vez', 'estamos listos otra vez', 'listos otra vez', 'ya se calmó', 'ya se ha calmado', 'ya se tranquilizó', 'podemos seguir',
        'ya podemos seguir', 'quita la pausa', 'podemos continuar', 'sigue donde lo dejamos', 'ya estoy lista', 'ya estoy listo', 'de vuelta',
      ]),
    ],
  },
  {
    name: IntentName.Continue,
    samples: () => [
      ...withFillers([
        'sigue', 'sigue sigue', 'síguele', 'sigue adelante', 'sigue por favor', 'sigamos', 'sigamos adelante', 'le seguimos', 'dale sigue', 'venga sigue', 'sigue tú',
        'sigue con el masaje', 'seguimos adelante', 'adelante con ello', 'a seguir', 'que siga', 'puedes seguir', 'sigue ya', 'síguele ya',
      ]),
    ],
  },
  {
    name: IntentName.Help,
    samples: () => around([
      'ayuda', 'ayúdame', 'necesito ayuda', 'qué puedo decir', 'qué puedo hacer', 'qué digo', 'qué tengo que decir', 'qué sabes hacer', 'cómo funciona esto', 'cómo funciona',
      'cómo se usa esto', 'cómo se usa', 'qué opciones tengo', 'instrucciones', 'estoy perdida', 'estoy perdido', 'no sé qué decir', 'no sé qué hacer', 'qué puedo pedirte',
      'qué haces', 'qué puedes hacer', 'cómo te uso', 'no sé cómo funciona',
    ]),
  },
  {
    name: IntentName.Stop,
    samples: () => around([
      'para', 'para ya', 'detente', 'termina', 'terminar', 'ya terminamos', 'hemos terminado', 'ya está por hoy', 'ya estuvo', 'ya estuvo por hoy', 'ya es suficiente',
      'es suficiente', 'suficiente', 'basta', 'basta por hoy', 'lo dejamos aquí', 'lo dejamos por hoy', 'ya no quiere más', 'adiós', 'hasta luego', 'sal', 'salir', 'apágate',
      'fin', 'se acabó', 'termina el masaje', 'para el masaje', 'stop', 'ya fue todo', 'eso es todo', 'es todo por hoy', 'ya acabamos', 'hasta mañana', 'chao', 'ya basta',
      'ya no más', 'no más', 'ya tuvo suficiente', 'ya ha tenido suficiente', 'ya se cansó', 'terminamos por hoy', 'ya está bien por hoy', 'lo dejamos', 'dejémoslo aquí',
    ]),
  },
  {
    name: IntentName.Cancel,
    samples: () => around([
      'cancela', 'cancelar', 'cancela el masaje', 'olvídalo', 'déjalo', 'déjalo así', 'tengo que irme', 'me tengo que ir', 'nos tenemos que ir', 'ha surgido algo', 'surgió algo',
      'olvida el masaje', 'mejor lo dejamos', 'luego seguimos',
    ]),
  },
  {
    name: IntentName.Yes,
    samples: () => [
      'sí', 'sí por favor', 'sí claro', 'claro', 'claro que sí', 'vale', 'venga', 'venga sí', 'vale sí', 'sí vale', 'okay', 'ok', 'okay sí', 'ok sí', 'sí okay', 'de acuerdo',
      'por supuesto', 'sale', 'órale', 'ándale', 'ándale pues', 'dale', 'bueno', 'perfecto', 'genial', 'sí vamos', 'vamos', 'vamos allá', 'venga vamos', 'adelante', 'simón',
      'sí sí', 'sí gracias', 'sí desde ahí', 'sí empieza', 'sí empezamos', 'empecemos', 'va', 'va pues', 'sí señor', 'estamos listos', 'lista', 'sí estamos listos',
      'cuando quieras', 'por qué no', 'vale venga', 'sí venga', 'sí dale', 'claro que sí por favor', 'sí quiero', 'me parece bien', 'muy bien', 'está bien',
    ],
  },
  {
    name: IntentName.No,
    samples: () => [
      'no', 'no gracias', 'no no', 'ahora no', 'todavía no', 'aún no', 'hoy no', 'no hoy', 'mejor no', 'no por ahora', 'quizá luego', 'luego', 'más tarde', 'nel', 'para nada',
      'no todavía', 'no estamos listos', 'todavía no estamos listos', 'ahorita no', 'no quiero', 'no gracias hoy no', 'hoy no gracias', 'no ahora no', 'creo que no', 'no mejor no',
      'no por hoy', 'no de momento', 'de momento no', 'no vale',
    ],
  },
  { name: IntentName.NavigateHome, samples: () => [] },
  { name: IntentName.LoopOn, samples: () => [] },
  { name: IntentName.LoopOff, samples: () => [] },
  { name: IntentName.ShuffleOn, samples: () => [] },
  { name: IntentName.ShuffleOff, samples: () => [] },
  { name: IntentName.Fallback, samples: () => [] },
];
