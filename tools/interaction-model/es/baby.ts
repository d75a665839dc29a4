import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { SpanishVocabulary } from '../../../lambda/content/es/vocabulary';
import { PaceChange } from '../../../lambda/routine/pace';
import { PACE_SLOT_TYPE } from '../baby-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { BABIES, aboutBaby, around, genders } from './fillers';

/**
 * What parents say about the baby mid-massage, and how they ask for another pace. Spanish needs no
 * pronoun ("se ha dormido"), so each phrase comes alone, after "ya", and after the ways parents name the
 * baby ("la niña", "mi bebé", "el peque"); "{o}" gives both genders ("dormido", "dormida").
 */
export const babyIntents: readonly IntentSource<SpanishVocabulary>[] = [
  {
    name: IntentName.BabyAsleep,
    samples: () => aboutBaby(genders([
      'se durmió', 'se ha dormido', 'se quedó dormid{o}', 'se ha quedado dormid{o}', 'está dormid{o}', 'se quedó frit{o}', 'se ha quedado frit{o}', 'está frit{o}',
      'se quedó jetón', 'se quedó jetona', 'está durmiendo', 'se durmió ya', 'se me durmió', 'se me ha dormido', 'se me quedó dormid{o}', 'está profundamente dormid{o}',
    ])),
  },
  {
    name: IntentName.BabyUpset,
    samples: () => aboutBaby(genders([
      'está llorando', 'está llorando mucho', 'se puso a llorar', 'se ha puesto a llorar', 'no para de llorar', 'llora mucho', 'está chillando', 'está chillando mucho',
      'está gritando', 'está molest{o}', 'está muy molest{o}', 'está enfadad{o}', 'está enojad{o}', 'está de mal humor', 'está lloron{o}', 'está llorón', 'está muy llorón',
      'está irritable', 'no se calma', 'empezó a llorar', 'está berreando', 'se está quejando', 'está inconsolable',
      'le están saliendo los dientes', 'le están saliendo los dientitos', 'está echando los dientes', 'le duelen los dientes', 'le duelen las encías', 'está babeando mucho',
      'le está saliendo un diente', 'está con los dientes', 'está mordiendo todo',
    ])),
  },
  {
    name: IntentName.BabyNeeds,
    samples: (words) => aboutBaby(genders([
      'tiene hambre', 'tiene hambre ya', 'tiene mucha hambre', 'quiere comer', 'le toca comer', 'le toca la toma', 'quiere la toma', 'quiere pecho', 'quiere teta', 'quiere la teta',
      'quiere su mamila', 'quiere la mamila', 'quiere su biberón', 'quiere el biberón', 'quiere su botella', 'quiere leche', 'quiere su leche', 'busca el pecho', 'se chupa el puño',
      `tengo que cambiarle el ${words.nappy}`, `hay que cambiarle el ${words.nappy}`, `necesita un cambio de ${words.nappy}`, `el ${words.nappy} está lleno`, `tiene el ${words.nappy} lleno`,
      'tengo que cambiarlo', 'tengo que cambiarla', 'tengo que darle de comer', 'tengo que darle el pecho', 'tengo que darle su mamila', 'tengo que darle el biberón',
      'se ha hecho caca', 'se hizo caca', 'se hizo popó', 'se hizo pipí', 'se ha hecho pis', 'se hizo pis', 'se ha hecho pipí', 'se ha meado', 'se meó', 'me ha hecho pis encima',
      'me hizo pipí encima', 'se hizo encima', 'ha vomitado', 'vomitó', 'devolvió la leche', 'ha devuelto la leche', 'ha devuelto', 'devolvió', 'ha echado leche', 'echó leche',
      'ha regurgitado', 'regurgitó', 'me ha vomitado encima', 'me vomitó', 'está mojad{o}', 'está todo mojad{o}', 'echó una bocanada', 'ha echado una bocanada',
    ])),
  },
  {
    name: IntentName.BabyUnwell,
    samples: () => aboutBaby(genders([
      'tiene fiebre', 'tiene calentura', 'tiene temperatura', 'tiene un poco de fiebre', 'está malit{o}', 'está enferm{o}', 'está enfermit{o}', 'no se encuentra bien', 'no está bien',
      'tiene mocos', 'está resfriad{o}', 'tiene catarro', 'está constipad{o}', 'tiene tos', 'tiene gripa', 'tiene gripe', 'tiene un sarpullido', 'tiene sarpullido', 'tiene salpullido',
      'tiene granitos', 'tiene eccema', 'tiene dermatitis', 'tiene diarrea', 'está amarill{o}', 'se ve amarill{o}', 'tiene ictericia',
      'le han puesto las vacunas hoy', 'le han puesto las vacunas', 'le pusieron las vacunas hoy', 'le pusieron las vacunas ayer', 'le pusieron sus vacunas', 'le pusieron sus vacunas hoy',
      'le pusieron sus vacunas ayer', 'le pusieron sus vacunas esta mañana', 'le pusieron las vacunas esta mañana', 'le han puesto las vacunas esta mañana', 'le han vacunado hoy',
      'le han vacunado', 'lo vacunaron hoy', 'lo vacunaron ayer', 'la vacunaron hoy', 'la vacunaron ayer', 'lo vacunaron', 'la vacunaron', 'ayer le pusieron las vacunas',
      'hoy le pusieron las vacunas', 'ayer le vacunaron', 'hoy le vacunaron', 'le pusieron sus shots', 'le tocaron las vacunas', 'está vacunad{o} de hoy', 'tuvo vacunas hoy',
    ])),
  },
  {
    name: IntentName.BabyDislikes,
    samples: () => aboutBaby(genders([
      'no le gusta', 'no le gusta nada', 'no le está gustando', 'no le está gustando nada', 'no le gusta esto', 'lo odia', 'lo detesta', 'gira la cabeza', 'gira la cara', 'voltea la cara',
      'me voltea la cara', 'me aparta la mano', 'aparta la mirada', 'se arquea', 'se está arqueando', 'se pone roj{o}', 'se ha puesto roj{o}', 'se puso roj{o}', 'se ha puesto pálid{o}',
      'se puso pálid{o}', 'le salen manchas', 'cierra los puños', 'no quiere', 'no quiere masaje', 'creo que no le gusta', 'no parece que le guste', 'no lo está disfrutando',
      'tiene hipo', 'le dio hipo', 'le ha dado hipo', 'le entró hipo', 'tiene hipo otra vez', 'está estornudando', 'no para de estornudar', 'estornudó', 'ha estornudado', 'estornuda mucho',
    ])),
  },
  {
    name: IntentName.BabyHappy,
    samples: () => aboutBaby(genders([
      'está sonriendo', 'me está sonriendo', 'sonríe', 'me sonríe', 'se está riendo', 'se ríe', 'le encanta', 'le gusta', 'le gusta mucho', 'le está gustando', 'lo está disfrutando',
      'está disfrutando', 'está feliz', 'está muy feliz', 'está content{o}', 'está muy content{o}', 'está tranquil{o}', 'está muy tranquil{o}', 'está muy a gusto', 'está a gusto',
      'está relajad{o}', 'está muy relajad{o}', 'está haciendo ruiditos', 'está balbuceando', 'está gorjeando', 'me agarra el dedo', 'me está agarrando el dedo', 'me agarró el dedo',
      'me agarró la mano', 'me agarra la mano', 'me está cogiendo el dedo', 'me coge el dedo', 'me ha cogido el dedo', 'me tiene agarrado el dedo', 'creo que le gusta', 'le encanta esto',
    ])),
  },
  {
    name: IntentName.BabyWind,
    samples: () => aboutBaby(genders([
      'tiene gases', 'tiene cólicos', 'tiene cólico', 'tiene un cólico', 'está con cólicos', 'está estreñid{o}', 'le duele la tripa', 'le duele la barriga', 'le duele la panza',
      'le duele la pancita', 'le duele la tripita', 'le duele el estómago', 'tiene aire', 'tiene gases atrapados', 'está llen{o} de gases', 'se tira pedos', 'tiene empacho',
      'está empachad{o}', 'tiene muchos gases', 'está hinchad{o}', 'no hace caca', 'no ha hecho caca', 'no ha hecho popó',
    ])),
  },
  {
    name: IntentName.BabySleepy,
    samples: () => aboutBaby(genders([
      'tiene sueño', 'tiene mucho sueño', 'le está entrando sueño', 'le entró sueño', 'está cansad{o}', 'está cansadit{o}', 'está muy cansad{o}', 'está bostezando', 'bosteza',
      'se frota los ojos', 'se está frotando los ojos', 'se talla los ojos', 'se está tallando los ojos', 'se le cierran los ojos', 'está adormilad{o}', 'se está quedando dormid{o}',
      'casi se duerme', 'está a punto de dormirse', 'está agotad{o}', 'necesita una siesta',
    ])),
  },
  {
    name: IntentName.Thanks,
    samples: () => around([
      'gracias', 'muchas gracias', 'mil gracias', 'muchísimas gracias', 'gracias guapa', 'gracias qué bonito', 'gracias ha sido precioso', 'muy amable', 'te lo agradezco',
      'gracias por todo', 'gracias por la ayuda', 'qué bonito gracias', 'ha sido precioso gracias', 'gracias estuvo muy bonito', 'gracias ha estado genial', 'thank you', 'gracias amiga',
    ]),
  },
  {
    name: IntentName.Pace,
    slots: [{ name: SlotName.Pace, type: PACE_SLOT_TYPE }],
    samples: () => around([
      '{pace}', '{pace} por favor', '{pace} porfa', 'un poco {pace}', 'un poquito {pace}', 've {pace}', 've un poco {pace}', 'habla {pace}', 'habla un poco {pace}', 'háblame {pace}',
      'puedes ir {pace}', 'puedes hablar {pace}', 'puedes ir un poco {pace}', 'puedes hablar un poco {pace}', 'podrías ir {pace}', 'podrías hablar {pace}', 'quiero {pace}',
      'pon {pace}', 'hazlo {pace}', 'dilo {pace}', 'me das {pace}', 'dame {pace}', 'prefiero {pace}', 'mejor {pace}',
      'es que vas {pace}', 'vas {pace}', 'vas un poco {pace}', 'hablas {pace}', 'hablas muy {pace}', 'explícalo {pace}', 'quiero que vayas {pace}',
    ]),
  },
  {
    name: IntentName.Statement,
    slots: [{ name: SlotName.Statement, type: 'AMAZON.SearchQuery' }],
    samples: () => STATEMENT_CARRIERS.map((carrier) => `${carrier} {statement}`),
  },
];

const PACE_VALUES: Readonly<Record<PaceChange, { name: string; synonyms: string[] }>> = {
  slower: {
    name: 'más despacio',
    synonyms: ['más lento', 'despacio', 'lento', 'más despacito', 'despacito', 'más lentito', 'lentito', 'muy rápido', 'demasiado rápido', 'vas muy rápido', 'vas demasiado rápido', 'hablas muy rápido', 'baja la velocidad', 'frena un poco', 'más pausado', 'más calmado', 'con más calma'],
  },
  faster: {
    name: 'más rápido',
    synonyms: ['más deprisa', 'deprisa', 'más rapidito', 'rapidito', 'muy lento', 'demasiado lento', 'vas muy lento', 'vas muy despacio', 'hablas muy despacio', 'acelera', 'acelera un poco', 'date prisa', 'apúrate', 'apúrale', 'más ágil', 'más aprisa'],
  },
  'longer-pauses': {
    name: 'pausas más largas',
    synonyms: ['más tiempo', 'dame más tiempo', 'más tiempo para cada pasada', 'más tiempo entre pasadas', 'pausas largas', 'más pausa', 'más rato para cada pasada', 'no me da tiempo', 'necesito más tiempo', 'más tiempo para practicar'],
  },
  'shorter-pauses': {
    name: 'pausas más cortas',
    synonyms: ['menos tiempo', 'pausas cortas', 'menos espera', 'menos pausa', 'menos tiempo entre pasadas', 'esperas menos', 'no tanto tiempo', 'menos rato'],
  },
  brief: {
    name: 'habla menos',
    synonyms: ['menos explicaciones', 'modo breve', 'breve', 'solo los nombres', 'menos detalle', 'hablas mucho', 'hablas demasiado', 'menos charla', 'menos palabras', 'más corto', 'instrucciones cortas', 'solo lo básico'],
  },
  detail: {
    name: 'más detalle',
    synonyms: ['más detalles', 'con más detalle', 'explícamelo con más detalle', 'más explicaciones', 'explica más', 'modo detallado', 'más instrucciones', 'habla más', 'explicaciones completas', 'con detalle'],
  },
  normal: {
    name: 'ritmo normal',
    synonyms: ['velocidad normal', 'normal', 'como siempre', 'el ritmo de siempre', 'ritmo de siempre', 'como antes', 'la velocidad de siempre', 'el ritmo normal', 'modo normal'],
  },
};

export const babySlotTypes: readonly SlotTypeSource<SpanishVocabulary>[] = [
  { name: PACE_SLOT_TYPE, values: () => Object.entries(PACE_VALUES).map(([id, v]) => ({ id, ...v })) },
];

/** How parents start saying something about the baby: the words before it (the classifier reads the rest). */
const STATEMENT_CARRIERS = [
  ...['espera', 'espera que', 'un momento que', 'perdona', 'perdona que', 'ay', 'ay no', 'uy', 'oye', 'vaya', 'es que', 'creo que', 'parece que', 'mira', 'pausa que', 'para que',
    'aguanta que', 'ahorita', 'vale', 'bueno', 'pues', 'oh', 'ups', 'híjole', 'ostras', 'un momentito que', 'un segundo que', 'espérame que', 'espérate que', 'para un momento que'].flatMap((lead) => [`${lead} está`, `${lead} se`, `${lead} tiene`, `${lead} le`, `${lead} me`, `${lead} ya`, ...BABIES.slice(0, 5).map((b) => `${lead} ${b}`)]),
  'está', 'se', 'tiene', 'le', 'me', 'ya', 'ya está', 'ya se', 'ya tiene', 'acaba de', 'se acaba de', 'me acaba de', 'ha', 'no para de', 'sigue', 'no deja de',
  ...BABIES.flatMap((b) => [b, `${b} está`, `${b} tiene`, `${b} se`, `${b} ya`]),
  'tengo que', 'necesito', 'hay que', 'creo que tengo que',
];
