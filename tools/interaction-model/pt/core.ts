import { IntentName } from '../../../lambda/alexa/intents';
import { PortugueseVocabulary } from '../../../lambda/content/pt/vocabulary';
import { IntentSource } from '../types';
import { around, withFillers } from './fillers';

/**
 * The guide's commands as Brazilian parents say them with oily hands: "bora, próximo", "peraí",
 * "repete", "volta um". A phrase belongs to one intent only: "continua" and "pode seguir" continue
 * (resume after a pause or an answer, next at the end of a stroke); "ok" and "beleza" alone are yes.
 */
export const coreIntents: readonly IntentSource<PortugueseVocabulary>[] = [
  {
    name: IntentName.Next,
    samples: () => [
      'próximo', 'próxima', 'o próximo', 'a próxima', 'próximo passo', 'próximo movimento', 'próximo por favor', 'bora próximo', 'vai próximo', 'manda o próximo',
      'qual é o próximo', 'qual o próximo', 'qual é a próxima', 'e agora', 'e agora qual é', 'e depois', 'o que vem agora', 'o que vem depois', 'o que vem depois disso',
      'o que eu faço agora', 'e agora o que eu faço', 'já fiz', 'já fiz esse', 'já foi', 'pronto já foi', 'feito', 'tá feito', 'terminei', 'terminei esse', 'terminei essa',
      'acabei', 'acabei esse', 'pode passar', 'passa', 'passa pro próximo', 'pode ir pro próximo', 'vai pro próximo', 'vamos pro próximo', 'bora pro próximo', 'segue pro próximo',
      'pula esse', 'pula esse movimento', 'pula pro próximo', 'avança', 'pode avançar', 'seguinte', 'o seguinte', 'próximo então', 'pronto', 'prontinho', 'prontos', 'estamos prontos',
      'estamos prontas', 'tô pronta', 'tô pronto', 'vamos nessa',
      ...['pronto terminei essa perna', 'pronto terminei esse braço', 'pronto terminei esse lado', 'terminei essa perna', 'terminei esse braço', 'terminei esse lado', 'terminei a barriga',
        'terminei as pernas', 'terminei o rosto', 'terminei as costas', 'terminei o peito', 'terminei os braços', 'uma perna já foi', 'um braço já foi'],
      ...['a outra perna', 'o outro braço', 'o outro lado', 'agora a outra perna', 'agora o outro braço', 'agora o outro lado', 'vamos pra outra perna', 'vamos pro outro braço', 'vamos pro outro lado'].flatMap((b) => [b, `ok ${b}`, `tá ${b}`, `pronto ${b}`, `e ${b}`, `${b} agora`]),
      ...withFillers(['próximo', 'próxima', 'próximo passo', 'próximo movimento', 'o próximo', 'e agora', 'já fiz', 'feito', 'terminei', 'pode passar', 'passa pro próximo', 'vai pro próximo', 'qual é o próximo', 'o que vem agora', 'bora próximo', 'seguinte', 'pronto já foi', 'já foi', 'e depois', 'próximo então', 'manda o próximo', 'pula esse', 'e agora qual é', 'qual é o próximo então']),
    ],
  },
  {
    name: IntentName.Repeat,
    samples: () => [
      'repete', 'repete por favor', 'repita', 'repetir', 'repete isso', 'repete esse', 'repete esse movimento', 'repete de novo', 'pode repetir', 'pode repetir por favor',
      'fala de novo', 'fala outra vez', 'diz de novo', 'de novo', 'outra vez', 'mais uma vez', 'mais uma vez por favor', 'como é que é', 'como é', 'hein', 'o quê', 'o que',
      'não entendi', 'não ouvi', 'não ouvi direito', 'não escutei', 'não peguei', 'perdi essa', 'perdi', 'como', 'como assim', 'explica de novo', 'explica melhor',
      'como é que faz', 'como é que faz esse', 'como é que faz esse mesmo', 'como faz esse', 'como faz isso', 'como eu faço', 'como eu faço esse', 'o que eu faço', 'me explica de novo',
      'não entendi direito', 'fala mais uma vez', 'faz de novo', 'faz esse de novo', 'pra que lado', 'pra que lado eu vou', 'é pra que lado', 'qual o sentido', 'sentido horário ou anti horário',
      ...withFillers(['repete', 'repete isso', 'fala de novo', 'de novo', 'outra vez', 'mais uma vez', 'não entendi', 'não ouvi', 'pode repetir', 'como é que é', 'repete esse movimento', 'explica de novo', 'não ouvi direito', 'fala outra vez', 'repete esse']),
    ],
  },
  {
    name: IntentName.Previous,
    samples: () => [
      'volta', 'voltar', 'volta um', 'volta uma', 'volta um passo', 'volta um pouquinho', 'volta um pouco', 'anterior', 'o anterior', 'a anterior', 'passo anterior', 'o passo anterior',
      'movimento anterior', 'o movimento anterior', 'volta pro anterior', 'volta pro movimento anterior', 'volta pro passo anterior', 'volta no anterior', 'o de antes', 'o que era antes',
      'o último de novo', 'faz o anterior de novo', 'faz o último de novo', 'repete o anterior', 'qual era o anterior', 'quero voltar', 'vamos voltar', 'pode voltar um',
      ...withFillers(['volta', 'volta um', 'anterior', 'o anterior', 'volta pro anterior', 'passo anterior', 'volta um pouquinho', 'o de antes', 'faz o anterior de novo', 'volta um passo']),
    ],
  },
  {
    name: IntentName.StartOver,
    samples: () => [
      'começa de novo', 'começar de novo', 'começa tudo de novo', 'começar tudo de novo', 'recomeça', 'recomeçar', 'recomeça a massagem', 'do começo', 'do início', 'desde o começo',
      'desde o início', 'volta pro início', 'volta pro começo', 'volta do começo', 'volta do início', 'reinicia', 'reiniciar', 'reinicia a massagem', 'começa do zero', 'do zero',
      'vamos começar de novo', 'bora começar de novo', 'começa do começo', 'começa do início',
      ...withFillers(['começa de novo', 'recomeça', 'do começo', 'do início', 'volta pro início', 'começar de novo', 'reinicia', 'começa do zero', 'volta pro começo', 'começa tudo de novo']),
    ],
  },
  {
    name: IntentName.Pause,
    samples: () => [
      'pausa', 'pausar', 'pausa aí', 'pausa a massagem', 'pausa por favor', 'peraí', 'pera', 'pera aí', 'espera', 'espere', 'espera aí', 'espera um pouco', 'espera um pouquinho',
      'espera um minuto', 'espera um segundo', 'só um minuto', 'só um minutinho', 'só um segundo', 'só um segundinho', 'um minuto', 'um minutinho', 'um segundo', 'um segundinho',
      'um momento', 'um momentinho', 'só um momento', 'só um momentinho', 'segura aí', 'segura', 'segura um pouco', 'dá um tempo', 'dá um tempinho', 'me dá um minuto',
      'me dá um segundo', 'para um pouquinho', 'para um pouco', 'para um minuto', 'para um segundo', 'calma aí', 'calma', 'aguenta aí', 'aguarda', 'aguarda um pouco',
      'peraí um segundo', 'peraí um minuto', 'pera um pouquinho', 'pera só um pouco', 'silêncio', 'fica quieta', 'shh', 'já volto', 'volto já', 'preciso de um minuto',
      'deixa eu acalmar ela', 'deixa eu acalmar ele', 'deixa eu acalmar o bebê',
      ...withFillers(['pausa', 'peraí', 'pera', 'espera', 'espera aí', 'espera um pouco', 'só um minuto', 'só um segundo', 'um momento', 'um minutinho', 'segura aí', 'dá um tempo', 'para um pouquinho', 'calma aí', 'peraí um segundo', 'um momentinho', 'pausa aí', 'já volto']),
    ],
  },
  {
    name: IntentName.Resume,
    samples: () => [
      'retoma', 'retomar', 'retoma a massagem', 'pode retomar', 'vamos retomar', 'voltei', 'já voltei', 'voltamos', 'já voltamos', 'estamos de volta', 'tô de volta', 'tira do pause',
      'tira da pausa', 'sai da pausa', 'despausa', 'estamos prontos de novo', 'estamos prontas de novo', 'prontos de novo', 'pronta de novo', 'já dá pra voltar',
      'podemos voltar', 'pode voltar a massagem', 'ela já se acalmou', 'ele já se acalmou', 'o bebê já se acalmou', 'pronto ela se acalmou', 'pronto ele se acalmou', 'continua de onde parou',
      'continua de onde paramos', 'volta de onde parou', 'volta de onde paramos',
      ...withFillers(['retoma', 'voltei', 'já voltei', 'voltamos', 'pode retomar', 'estamos prontos de novo', 'tira do pause', 'continua de onde parou', 'continua de onde paramos', 'estamos de volta']),
    ],
  },
  {
    name: IntentName.Continue,
    samples: () => [
      'continua', 'continuar', 'pode continuar', 'continua aí', 'continua por favor', 'vamos continuar', 'bora continuar', 'segue', 'pode seguir', 'segue aí', 'vai em frente',
      'pode ir', 'vai', 'vai lá', 'toca pra frente', 'seguindo', 'vamos seguir', 'bora seguir', 'continua a massagem', 'segue a massagem', 'posso continuar', 'vamos em frente',
      ...withFillers(['continua', 'pode continuar', 'segue', 'pode seguir', 'vai em frente', 'continua aí', 'vamos continuar', 'bora continuar', 'segue aí', 'vai lá']),
    ],
  },
  {
    name: IntentName.Help,
    samples: () => around([
      'ajuda', 'me ajuda', 'preciso de ajuda', 'socorro', 'o que eu posso falar', 'o que eu posso dizer', 'o que eu falo', 'o que eu digo', 'o que eu posso pedir',
      'como funciona', 'como funciona isso', 'como isso funciona', 'como usa isso', 'o que você faz', 'o que você sabe fazer', 'o que dá pra fazer', 'quais são os comandos',
      'quais os comandos', 'me explica como funciona', 'instruções', 'tô perdida', 'tô perdido', 'tô confusa', 'tô confuso', 'não sei o que falar', 'não sei o que dizer',
    ]),
  },
  {
    name: IntentName.Stop,
    samples: () => around([
      'para', 'pare', 'parar', 'pode parar', 'para a massagem', 'pode parar a massagem', 'chega', 'já chega', 'chega por hoje', 'chega de massagem', 'encerra', 'encerrar',
      'encerra a massagem', 'termina', 'terminar', 'termina a massagem', 'finaliza', 'tchau', 'tchau tchau', 'sair', 'sai', 'desliga', 'fecha', 'acabou', 'acabou por hoje',
      'por hoje é só', 'por hoje chega', 'terminamos por hoje', 'terminamos', 'a gente terminou', 'já terminamos', 'vamos parar', 'vamos parar por aqui', 'para por aqui',
      'vamos parar por hoje', 'ela já cansou', 'ele já cansou', 'ela já cansou chega', 'ele já cansou chega', 'ela já deu', 'ele já deu', 'ela já teve o bastante', 'ele já teve o bastante',
      'quero parar', 'preciso parar', 'deixa por hoje', 'fica pra próxima', 'até mais', 'até logo',
    ]),
  },
  {
    name: IntentName.Cancel,
    samples: () => around([
      'cancela', 'cancelar', 'cancela isso', 'cancela a massagem', 'esquece', 'esquece isso', 'deixa pra lá', 'deixa quieto', 'preciso ir', 'tenho que ir', 'a gente tem que sair',
      'preciso sair', 'surgiu um imprevisto', 'deixa pra depois', 'aborta',
    ]),
  },
  {
    name: IntentName.Yes,
    samples: () => [
      'sim', 'sim por favor', 'claro', 'claro que sim', 'pode ser', 'pode', 'pode sim', 'quero', 'quero sim', 'isso', 'isso mesmo', 'ok', 'okay', 'tá', 'tá bom', 'tá certo', 'beleza',
      'certo', 'com certeza', 'vamos', 'vamos lá', 'vamos sim', 'sim vamos', 'sim vamos lá', 'uhum', 'aham', 'fechado', 'demorou', 'por que não', 'manda ver', 'partiu', 'bora lá',
      'pode começar', 'pode mandar', 'quero ouvir', 'sim quero', 'sim claro', 'sim pode', 'sim pode ser', 'claro pode', 'ok pode', 'ok vamos', 'ok vamos lá', 'tá bom vamos',
      'beleza vamos', 'bora', 'sim continua daí', 'sim de onde parou', 'bora fazer', 'vamos fazer', 'vamos nessa então', 'sim bora',
    ],
  },
  {
    name: IntentName.No,
    samples: () => [
      'não', 'não obrigada', 'não obrigado', 'não valeu', 'agora não', 'hoje não', 'ainda não', 'não quero', 'não precisa', 'nem', 'nada', 'melhor não', 'acho que não',
      'talvez depois', 'mais tarde', 'depois', 'outra hora', 'outro dia', 'não por enquanto', 'por enquanto não', 'não hoje não', 'não agora não', 'não ainda não',
      'não estamos prontos', 'ainda não estamos prontos', 'não começa do início', 'não do começo', 'não não', 'de jeito nenhum', 'não agora', 'não hoje',
    ],
  },
  { name: IntentName.NavigateHome, samples: () => [] },
  { name: IntentName.LoopOn, samples: () => [] },
  { name: IntentName.LoopOff, samples: () => [] },
  { name: IntentName.ShuffleOn, samples: () => [] },
  { name: IntentName.ShuffleOff, samples: () => [] },
  { name: IntentName.Fallback, samples: () => [] },
];
