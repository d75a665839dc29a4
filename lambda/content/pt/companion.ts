import { CompanionWords } from '../types';

/** "7 da noite", "7 e meia da manhã", "12 e 15 da tarde": a time as Brazilians say it aloud. */
function spokenTime(hour: number, minute: number): string {
  const h = hour % 12 === 0 ? 12 : hour % 12;
  const minutes = minute === 0 ? '' : minute === 30 ? ' e meia' : ` e ${minute}`;
  // Said after "às": "às 12 horas", not "às meio-dia"; midnight as Brazilians say it, "12 da noite".
  if (hour === 12 && minute === 0) return '12 horas';
  const part = hour === 0 || hour >= 18 ? 'da noite' : hour < 5 ? 'da madrugada' : hour < 12 ? 'da manhã' : 'da tarde';
  return `${h}${minutes} ${part}`;
}

/** What the companion says in Brazilian Portuguese (lambda/companion). */
export function companionWords(): CompanionWords {
  return {
    courseProgress: 'Você já fez {done}.',
    coursePractise: 'A {lesson} foi {when}, então esta semana é para praticar: aqui está ela de novo. Diga próxima aula quando quiser seguir em frente.',
    daysAgo: ['hoje mais cedo', 'ontem', 'há {count} dias'],
    courseNoneYet: 'Ainda não tem nenhuma aula feita, então aqui vai a primeira.',
    courseFinished: 'Você terminou as cinco aulas. Aqui vai a Shantala completa; para refazer uma aula, diga o número dela, como aula dois.',
    courseNoNext: 'Essa foi a última aula do curso. Aqui vai a massagem completa, então.',
    courseCarryOn: 'Seguindo com {routine}.',
    numbers: ['um', 'dois', 'três', 'quatro', 'cinco'],
    and: 'e',
    lessonsDone: ['a aula {list}', 'as aulas {list}'],
    spokenTime,

    ageHeard: '{age}.',
    ageNewborn: 'Com menos de umas seis semanas, a massagem do recém-nascido é a melhor: poucos minutos, toque levíssimo, e sem óleo até pelo menos um mês.',
    ageNewbornOil: 'Com menos de umas seis semanas, a massagem do recém-nascido é a melhor: poucos minutos, toque levíssimo. Um pouco de óleo vegetal puro pode, a partir de um mês, se você quiser usar.',
    ageBaby: 'A massagem completa, a Shantala, combina com essa idade, e o curso também, se você está aprendendo: diga me ensina a shantala.',
    ageMobile: 'Quando o bebê começa a se mexer para todo lado, muitos não ficam parados por muito tempo. Massagens curtas funcionam melhor, como a rápida, ou as pernas e as costas enquanto ele brinca.',
    ageToddler: 'Este guia foi feito para bebês, mas muitas famílias continuam com a criança maior: faça curto e brincando, e deixe que ela escolha.',
    ageAsk: 'Posso guardar que o seu bebê nasceu em {month}? Eu guardaria só o mês e o ano, mais nada.',
    ageAskReprompt: 'Posso guardar o mês em que o seu bebê nasceu? Sim ou não.',
    ageKept: 'Pronto. Vou lembrar de {month}, e de mais nada sobre o seu bebê. Diga esquece a idade do bebê quando quiser.',
    ageNotKept: 'Tudo bem, não vou guardar.',
    ageAlready: 'Eu já tenho guardado que o seu bebê nasceu em {month}.',
    ageUnclear: 'Quantos meses tem o seu bebê? Você pode dizer, por exemplo: ela tem 7 semanas, ou: ele nasceu em março.',
    howOld: 'O seu bebê nasceu em {month}, então agora está com mais ou menos {age}.',
    howOldUnknown: 'Eu não sei a idade do seu bebê. Me diga, por exemplo: meu bebê tem 7 semanas, e eu pergunto antes de guardar.',
    ageForgotten: 'Pronto. Esqueci a idade do seu bebê.',
    ageNothingToForget: 'Eu não tenho a idade do seu bebê, então não há nada para esquecer.',
    units: { day: ['dia', 'dias'], week: ['semana', 'semanas'], month: ['mês', 'meses'], year: ['ano', 'anos'] },
    months: ['janeiro', 'fevereiro', 'março', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
    monthYear: '{month} de {year}',

    logWeek: '{count} nos últimos sete dias, {minutes} no total.',
    logWeekNone: 'Nenhuma massagem nos últimos sete dias. Quando vocês dois estiverem prontos.',
    logDay: '{day}: {list}.',
    logDayNone: '{day}: nenhuma massagem. Tudo bem: cada dia é um novo dia.',
    logLast: 'A última vez foi {when}: {routine}, {minutes}, {far}.',
    logMonth: '{count} neste mês.',
    logAll: '{count} até agora.',
    logEmpty: 'Ainda não há nada no seu registro de massagens. Cada massagem é anotada enquanto vocês fazem.',
    far: ['até o fim', 'quase toda', 'mais ou menos a metade', 'só um pouquinho'],
    massages: ['{count} massagem', '{count} massagens'],
    minutesAbout: ['cerca de {count} minuto', 'cerca de {count} minutos'],
    today: 'Hoje',
    yesterday: 'Ontem',
    onDay: '{day}',
    weekdays: ['domingo', 'segunda-feira', 'terça-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira', 'sábado'],
    weekHeading: 'Sua semana',

    reminderAskTime: 'Que horas, todo dia, você quer o lembrete? Por exemplo, 7 da noite.',
    reminderAskTimeReprompt: 'Que horas, todo dia? Por exemplo, 7 da noite.',
    reminderSet: 'Pronto. Vou te lembrar todo dia às {time}. Para parar, diga cancela o lembrete da massagem.',
    reminderDenied: 'Sem problema, não vou criar o lembrete. Se mudar de ideia, dá para permitir lembretes para a Massagem Bebê no app Alexa.',
    reminderNotAnswered: 'Não criei nenhum lembrete. É só pedir de novo quando quiser.',
    reminderNoPermission: 'Eu não tenho permissão para criar lembretes, então nada foi criado. Você pode permitir isso para a Massagem Bebê no app Alexa.',
    reminderUnsupported: 'Este aparelho não aceita lembretes de skills, então não criei nenhum.',
    reminderTooMany: 'Você já tem o máximo de lembretes que a Alexa permite, então não consegui criar mais um. Cancele um no app Alexa e peça de novo.',
    reminderFailed: 'Não consegui falar com os lembretes da Alexa agora, então nada mudou. Tente de novo daqui a pouco.',
    reminderNone: 'Você não tem lembrete de massagem. Para criar um, diga me lembra de fazer massagem todo dia às 7 da noite.',
    reminderIs: 'Tem sim: todo dia às {time}.',
    reminderCancelled: 'Pronto. O lembrete da massagem foi cancelado.',
    reminderMessage: 'Hora da massagem no bebê, se ele estiver calmo e acordado. Diga: Alexa, abra massagem bebê.',
    reminderNotSet: 'Tudo bem, sem lembrete.',

    forgetAsk: 'Isto é o que eu guardo: {list}. Quer que eu apague tudo?',
    forgetItems: ['o seu lugar na massagem', 'o seu ritmo', 'o curso', 'o seu registro de massagens'],
    forgetAge: 'o mês em que o seu bebê nasceu',
    forgetAskReprompt: 'Quer que eu apague tudo o que guardo sobre você? Sim ou não.',
    forgotten: 'Pronto. Apaguei tudo o que eu guardava sobre você. Um lembrete de massagem continua até você cancelar. Até logo.',
    forgetFailed: 'Não consegui acessar o que eu guardo agora, então nada foi apagado. Tente de novo daqui a pouco.',
    forgetKept: 'Tudo bem, deixei tudo como estava.',
  };
}
