import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { PortugueseVocabulary } from '../../../lambda/content/pt/vocabulary';
import { AGE_UNIT_SLOT_TYPE, CLOCK_SLOT_TYPE, DAYPART_SLOT_TYPE, LESSON_SLOT_TYPE, LOG_PERIOD_SLOT_TYPE } from '../companion-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { politely } from './fillers';

/** Who the parent means, and "is" for them: "ela tem", "meu bebê tem". */
const babies = ['ela', 'ele', 'meu bebê', 'o bebê', 'minha filha', 'meu filho', 'a neném', 'o neném'];

/**
 * The course and the companion in Brazilian Portuguese: lessons, the baby's age, the practice log,
 * reminders, and taking one's data back, as parents ask for them ("me ensina a shantala", "próxima aula",
 * "ela tem sete semanas", "me lembra todo dia às sete da noite").
 */
export const companionIntents: readonly IntentSource<PortugueseVocabulary>[] = [
  {
    name: IntentName.Course,
    slots: [{ name: SlotName.Lesson, type: LESSON_SLOT_TYPE }],
    samples: () =>
      politely([
        'me ensina a shantala', 'me ensina a fazer shantala', 'me ensina a fazer a shantala', 'me ensina massagem de bebê', 'me ensina a massagear o bebê', 'me ensina a massagem',
        'me ensina', 'ensina a shantala', 'quero aprender shantala', 'quero aprender a shantala', 'quero aprender a fazer shantala', 'quero aprender massagem de bebê',
        'quero aprender a massagear o bebê', 'como aprendo shantala', 'o curso', 'começa o curso', 'começar o curso', 'o curso de shantala', 'curso de massagem', 'faz o curso',
        'continua o curso', 'seguir com o curso', 'em que aula eu tô', 'em que aula eu estou', 'qual aula eu tô', 'qual aula é a minha', 'onde eu tô no curso', 'as aulas',
        'aula {lesson}', 'a aula {lesson}', 'começa a aula {lesson}', 'faz a aula {lesson}', 'vamos fazer a aula {lesson}', 'quero fazer a aula {lesson}', 'vai pra aula {lesson}',
        'repete a aula {lesson}', 'a aula {lesson} de novo', 'aula {lesson} de novo', 'de novo a aula {lesson}', 'fazer a aula {lesson}', 'pode ser a aula {lesson}',
        '{lesson} aula', 'a {lesson} aula', 'começa a {lesson} aula', 'faz a {lesson} aula', 'vamos pra {lesson} aula', 'quero a {lesson} aula', 'repete a {lesson} aula',
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
      ...babies.flatMap((who) => [
        `${who} tem {number} {unit}`, `${who} tem {number} {unit} de vida`, `${who} tá com {number} {unit}`, `${who} está com {number} {unit}`, `${who} tem {number} {unit} agora`,
        `${who} já tem {number} {unit}`, `${who} tem quase {number} {unit}`, `${who} tem uns {number} {unit}`, `${who} fez {number} {unit}`, `${who} acabou de fazer {number} {unit}`,
        `${who} tem um {unit}`, `${who} tem uma {unit}`, `${who} nasceu em {born}`, `${who} nasceu no dia {born}`, `${who} nasceu {born}`,
      ]),
      'nasceu em {born}', 'nasceu no dia {born}', 'o aniversário dela é {born}', 'o aniversário dele é {born}', '{number} {unit}', 'tem {number} {unit}', 'com {number} {unit}',
      'a idade do meu bebê é {number} {unit}', 'a idade dela é {number} {unit}', 'a idade dele é {number} {unit}',
    ],
  },
  {
    name: IntentName.HowOld,
    samples: () =>
      politely([
        'quantos meses meu bebê tem', 'quantos meses ela tem', 'quantos meses ele tem', 'quantas semanas ela tem', 'quantas semanas ele tem', 'quantas semanas meu bebê tem',
        'quantos anos ela tem', 'quantos anos ele tem', 'qual a idade do meu bebê', 'qual a idade dela', 'qual a idade dele', 'que idade ela tem', 'que idade ele tem',
        'você sabe a idade do meu bebê', 'você sabe quantos meses ela tem', 'você sabe quantos meses ele tem', 'quando meu bebê nasceu', 'quando ela nasceu', 'quando ele nasceu',
        'o que você sabe do meu bebê', 'o que você lembra do meu bebê',
      ]),
  },
  {
    name: IntentName.ForgetAge,
    samples: () =>
      politely([
        'esquece a idade do bebê', 'esquece a idade do meu bebê', 'esquece a idade dela', 'esquece a idade dele', 'apaga a idade do bebê', 'apaga a idade dela', 'apaga a idade dele',
        'não guarda a idade do bebê', 'para de guardar a idade do bebê', 'esquece quando ela nasceu', 'esquece quando ele nasceu', 'esquece o aniversário dela', 'esquece o aniversário dele',
        'remove a idade do bebê', 'apaga o mês que ela nasceu', 'apaga o mês que ele nasceu',
      ]),
  },
  {
    name: IntentName.PracticeLog,
    slots: [{ name: SlotName.Period, type: LOG_PERIOD_SLOT_TYPE }],
    samples: () =>
      politely([
        'quantas massagens {period}', 'quantas massagens a gente fez {period}', 'quantas massagens fizemos {period}', 'quantas massagens eu fiz {period}', 'quantas vezes a gente massageou {period}',
        'quantas vezes fizemos massagem {period}', 'quantas vezes eu fiz massagem {period}', 'o que a gente fez {period}', 'que massagem a gente fez {period}', 'qual massagem a gente fez {period}',
        'quanto tempo a gente massageou {period}', 'quanto tempo durou a massagem {period}', 'a gente fez massagem {period}', 'fizemos massagem {period}', 'teve massagem {period}',
        'quando foi a última massagem', 'quando a gente fez a última massagem', 'quando foi a última vez', 'quantas massagens', 'quantas massagens a gente já fez', 'meu registro de massagens',
        'o registro de massagens', 'mostra meu registro', 'mostra a semana', 'mostra nossa semana', 'como a gente tá indo', 'como eu tô indo', 'meu histórico', 'o histórico de massagens',
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
        'me lembra de fazer massagem toda {daypart} às {time}', 'me lembra de fazer massagem todo dia às {time}', 'me lembra de fazer a massagem todo dia às {time}', 'me lembra de massagear o bebê às {time}',
        'me lembra de fazer massagem às {time}', 'me lembra todo dia às {time}', 'me lembra às {time}', 'me lembra toda {daypart} às {time}', 'cria um lembrete para as {time}', 'cria um lembrete às {time}',
        'coloca um lembrete às {time}', 'põe um lembrete às {time}', 'cria um lembrete de massagem às {time}', 'um lembrete às {time}', 'um lembrete todo dia às {time}',
        'me lembra de fazer massagem toda {daypart}', 'me lembra toda {daypart}', 'me lembra de fazer massagem', 'me lembra de fazer a massagem', 'me lembra de massagear o bebê',
        'me lembra da massagem', 'cria um lembrete', 'cria um lembrete de massagem', 'cria um lembrete diário', 'coloca um lembrete', 'quero um lembrete', 'quero um lembrete diário',
        'você pode me lembrar de fazer massagem', 'pode me lembrar', 'me lembra todo dia', 'muda o lembrete', 'muda o lembrete para {time}', 'muda o lembrete pras {time}',
        'me lembra de fazer massagem todo dia às {clock}', 'me lembra todo dia às {clock}',
        // The answer to "que horas?": a time after "às", as a custom type of the times people say (below); a
        // time alone would be a slot alone, which PaceIntent's "{pace}" already is.
        'às {clock}', 'as {clock}', 'pode ser às {clock}', 'lá pelas {clock}', 'umas {clock}', 'todo dia às {clock}', 'às {clock} todo dia', 'toda {daypart} às {clock}',
      ]),
  },
  {
    name: IntentName.CancelReminder,
    samples: () =>
      politely([
        'cancela o lembrete', 'cancela o lembrete da massagem', 'cancela meu lembrete', 'cancela os lembretes', 'apaga o lembrete', 'apaga meu lembrete', 'remove o lembrete', 'tira o lembrete',
        'desliga o lembrete', 'para de me lembrar', 'não quero mais lembrete', 'não quero lembrete', 'chega de lembrete', 'cancela todos os lembretes', 'exclui o lembrete',
      ]),
  },
  {
    name: IntentName.CheckReminder,
    samples: () =>
      politely([
        'eu tenho algum lembrete', 'tenho lembrete', 'tenho algum lembrete', 'tem lembrete', 'tem algum lembrete', 'meu lembrete tá ativo', 'qual é o meu lembrete', 'que horas é o lembrete',
        'que horas é meu lembrete', 'quando é o lembrete', 'quais lembretes eu tenho', 'você criou meu lembrete', 'confere o lembrete', 'o lembrete tá ligado',
      ]),
  },
  {
    name: IntentName.ForgetMe,
    samples: () =>
      politely([
        'esquece tudo sobre mim', 'esquece tudo', 'esquece de mim', 'apaga meus dados', 'apaga todos os meus dados', 'apaga tudo', 'apaga tudo sobre mim', 'apaga tudo que você sabe de mim',
        'esquece tudo que você sabe', 'remove meus dados', 'exclui meus dados', 'limpa meus dados', 'limpa tudo', 'zera tudo', 'o que você sabe sobre mim', 'o que você guarda sobre mim',
        'que dados você guarda', 'apaga meu histórico', 'esquece meu histórico', 'apaga meu registro de massagens',
      ]),
  },
];

const HOURS = ['doze', 'uma', 'duas', 'três', 'quatro', 'cinco', 'seis', 'sete', 'oito', 'nove', 'dez', 'onze', 'doze'];

/**
 * The times of day a parent says for a reminder, by the quarter hour, with the same ids as English
 * (tools/interaction-model/companion-intents.ts): "sete da noite", "sete e meia da manhã", "19 horas".
 * A time said without its part of the day is the morning from six to eleven, the afternoon from one to five.
 */
export function clockTimes(): { id: string; name: string; synonyms: string[] }[] {
  const values: { id: string; name: string; synonyms: string[] }[] = [];
  const halves: readonly (readonly [string, 'am' | 'pm' | ''])[] = [['', ''], [' da manhã', 'am'], [' de manhã', 'am'], [' da tarde', 'pm'], [' da noite', 'pm'], [' de noite', 'pm']];
  for (let hour = 1; hour <= 12; hour++) {
    for (const minute of [0, 15, 30, 45]) {
      const word = HOURS[hour];
      const next = HOURS[(hour % 12) + 1];
      const spoken =
        minute === 0 ? [word, `${word} horas`, `${hour}`, `${hour} horas`]
        : minute === 15 ? [`${word} e quinze`, `${hour} e 15`, `${hour}:15`]
        : minute === 30 ? [`${word} e meia`, `${word} e trinta`, `${hour} e meia`, `${hour}:30`]
        : [`quinze para as ${next}`, `quinze pras ${next}`, `${word} e quarenta e cinco`, `${hour}:45`];
      for (const [said, half] of halves) {
        // English keeps one "am" form fewer at twelve: the same ids, one for one.
        if (said === ' de manhã' && hour === 12) continue;
        const h24 = half === 'pm' ? (hour % 12) + 12 : half === 'am' ? hour % 12 : hour >= 1 && hour <= 5 ? hour + 12 : hour;
        const id = `${String(h24).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
        const names = spoken.map((w) => `${w}${said}`);
        // Brazilians also say the 24-hour time: "dezenove horas", "19 e 30".
        const daily = half === 'pm' && said === ' da noite' && h24 > 12 ? [`${h24} horas`, `${h24}:${String(minute).padStart(2, '0')}`, minute === 30 ? `${h24} e meia` : minute === 0 ? `${h24}h` : `${h24} e ${minute}`] : [];
        values.push({ id: `${id}${half === '' ? '' : `-${half}`}`, name: names[0], synonyms: [...new Set([...names.slice(1), ...(minute === 0 ? daily.filter((d) => !d.endsWith('h')) : daily.slice(1))])] });
      }
    }
  }
  return values;
}

export const companionSlotTypes: readonly SlotTypeSource<PortugueseVocabulary>[] = [
  { name: CLOCK_SLOT_TYPE, values: () => clockTimes() },
  {
    name: LESSON_SLOT_TYPE,
    values: () => [
      { id: 'this-week', name: 'desta semana', synonyms: ['dessa semana', 'da semana', 'de hoje', 'atual', 'minha', 'nossa', 'esta', 'essa'] },
      { id: 'next', name: 'próxima', synonyms: ['seguinte', 'nova', 'a próxima', 'a seguinte'] },
      { id: 'last', name: 'da semana passada', synonyms: ['última', 'a última', 'anterior', 'a anterior', 'passada', 'de antes', 'da última vez'] },
      { id: '1', name: 'um', synonyms: ['1', 'uma', 'primeira', 'a primeira'] },
      { id: '2', name: 'dois', synonyms: ['2', 'duas', 'segunda', 'a segunda'] },
      { id: '3', name: 'três', synonyms: ['3', 'terceira', 'a terceira'] },
      { id: '4', name: 'quatro', synonyms: ['4', 'quarta', 'a quarta'] },
      { id: '5', name: 'cinco', synonyms: ['5', 'quinta', 'a quinta', 'final', 'a final'] },
    ],
  },
  {
    name: AGE_UNIT_SLOT_TYPE,
    values: () => [
      { id: 'day', name: 'dias', synonyms: ['dia', 'diazinhos'] },
      { id: 'week', name: 'semanas', synonyms: ['semana', 'semaninhas'] },
      { id: 'month', name: 'meses', synonyms: ['mês', 'mesinho', 'mesinhos'] },
      { id: 'year', name: 'anos', synonyms: ['ano', 'aninho', 'aninhos'] },
    ],
  },
  {
    name: LOG_PERIOD_SLOT_TYPE,
    values: () => [
      { id: 'week', name: 'essa semana', synonyms: ['esta semana', 'nesta semana', 'nessa semana', 'na última semana', 'nos últimos sete dias', 'nos últimos dias', 'ultimamente', 'recentemente'] },
      { id: 'today', name: 'hoje', synonyms: ['hoje de manhã', 'hoje à tarde', 'hoje à noite', 'hoje mais cedo', 'agora há pouco'] },
      { id: 'yesterday', name: 'ontem', synonyms: ['ontem à noite', 'ontem de manhã', 'ontem à tarde'] },
      { id: 'last', name: 'da última vez', synonyms: ['na última vez', 'a última vez', 'na vez passada', 'da vez passada'] },
      { id: 'month', name: 'esse mês', synonyms: ['este mês', 'neste mês', 'nesse mês', 'no último mês', 'no mês'] },
      { id: 'all', name: 'até agora', synonyms: ['no total', 'ao todo', 'desde o começo', 'até hoje', 'no geral'] },
    ],
  },
  {
    name: DAYPART_SLOT_TYPE,
    values: () => [
      { id: 'morning', name: 'manhã', synonyms: ['de manhã', 'manhãzinha'] },
      { id: 'afternoon', name: 'tarde', synonyms: ['à tarde', 'de tarde'] },
      { id: 'evening', name: 'noitinha', synonyms: ['fim de tarde', 'começo da noite', 'final da tarde'] },
      { id: 'night', name: 'noite', synonyms: ['à noite', 'de noite', 'hora de dormir', 'antes de dormir'] },
    ],
  },
];
