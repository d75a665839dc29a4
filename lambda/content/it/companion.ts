import { CompanionWords } from '../types';

/** A time of day as a reminder says it back: "alle 19", "alle 19:30", "all'una", "a mezzanotte". */
function spokenTime(hour: number, minute: number): string {
  const clock = `${hour}${minute ? `:${String(minute).padStart(2, '0')}` : ''}`;
  if (hour === 0) return minute ? `alle 0:${String(minute).padStart(2, '0')}` : 'a mezzanotte';
  if (hour === 1) return minute ? `all'1:${String(minute).padStart(2, '0')}` : "all'una";
  return `alle ${clock}`;
}

/** What the companion says in Italian (lambda/companion). */
export function companionWords(): CompanionWords {
  return {
    courseProgress: 'Hai fatto {done}.',
    coursePractise: "{lesson}: l'hai fatta solo {when}, quindi questa settimana è per esercitarti: eccola di nuovo. Di' prossima lezione quando vuoi andare avanti.",
    daysAgo: ['oggi', 'ieri', '{count} giorni fa'],
    courseNoneYet: "Non hai ancora fatto nessuna lezione, quindi ecco la prima.",
    courseFinished: "Hai finito tutte e cinque le lezioni. Ecco tutto il massaggio; per rifare una lezione, di' il suo numero, per esempio lezione due.",
    courseNoNext: "Quella era l'ultima lezione del corso. Ecco invece tutto il massaggio.",
    courseCarryOn: 'Continuiamo con {routine}.',
    numbers: ['uno', 'due', 'tre', 'quattro', 'cinque'],
    and: 'e',
    lessonsDone: ['la lezione {list}', 'le lezioni {list}'],
    spokenTime,

    ageHeard: '{age}.',
    ageNewborn: "Sotto le sei settimane circa, il massaggio per neonati è il più adatto: pochi minuti, tocco leggerissimo, e niente olio prima del mese compiuto.",
    ageNewbornOil: "Sotto le sei settimane circa, il massaggio per neonati è il più adatto: pochi minuti, tocco leggerissimo. Dal primo mese va bene un goccio di olio semplice, se lo usi.",
    ageBaby: "A questa età va bene il massaggio completo, e il corso se stai imparando: di' insegnami il massaggio infantile.",
    ageMobile: 'Quando i bimbi cominciano a muoversi, molti non stanno fermi a lungo. Vanno meglio massaggi brevi, come quello veloce, o le gambe e la schiena mentre giocano.',
    ageToddler: 'Questa guida è pensata per i neonati, ma molti genitori continuano anche dopo: tienilo breve e giocoso, e lascia scegliere a lui.',
    ageAsk: "Vuoi che mi ricordi che il tuo bimbo è nato a {month}? Terrei solo il mese e l'anno, nient'altro.",
    ageAskReprompt: 'Vuoi che mi ricordi il mese di nascita del tuo bimbo? Sì o no.',
    ageKept: "Fatto. Mi ricorderò {month}, e nient'altro del tuo bimbo. Quando vuoi, di' dimentica l'età del bimbo.",
    ageNotKept: 'Va bene, non lo tengo.',
    ageAlready: 'Ho già il mese di nascita del tuo bimbo: {month}.',
    ageUnclear: 'Quanti mesi ha il tuo bimbo? Puoi dire, per esempio, ha 7 settimane, oppure è nata a marzo.',
    howOld: 'Il tuo bimbo è nato a {month}, quindi adesso ha circa {age}.',
    howOldUnknown: "Non so quanti mesi ha il tuo bimbo. Dimmelo, per esempio il mio bimbo ha 7 settimane, e ti chiederò prima di tenerlo.",
    ageForgotten: "Fatto. Ho dimenticato l'età del tuo bimbo.",
    ageNothingToForget: "Non ho l'età del tuo bimbo, quindi non c'è niente da dimenticare.",
    units: { day: ['giorno', 'giorni'], week: ['settimana', 'settimane'], month: ['mese', 'mesi'], year: ['anno', 'anni'] },
    months: ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
    monthYear: '{month} {year}',

    logWeek: '{count} negli ultimi sette giorni, {minutes} in tutto.',
    logWeekNone: 'Nessun massaggio negli ultimi sette giorni. Quando siete pronti tutti e due.',
    logDay: '{day}: {list}.',
    logDayNone: '{day}: nessun massaggio. Va bene così: ogni giorno è un giorno nuovo.',
    logLast: "L'ultima volta è stata {when}: {routine}, {minutes}, {far}.",
    logMonth: '{count} questo mese.',
    logAll: '{count} finora.',
    logEmpty: 'Nel tuo diario dei massaggi non c\'è ancora niente. Ogni massaggio viene segnato man mano.',
    far: ['fino alla fine', 'quasi tutto', 'circa a metà', 'solo un pezzetto'],
    massages: ['{count} massaggio', '{count} massaggi'],
    minutesAbout: ['circa {count} minuto', 'circa {count} minuti'],
    today: 'Oggi',
    yesterday: 'Ieri',
    onDay: '{day}',
    weekdays: ['domenica', 'lunedì', 'martedì', 'mercoledì', 'giovedì', 'venerdì', 'sabato'],
    weekHeading: 'La tua settimana',

    reminderAskTime: 'A che ora vuoi il promemoria, ogni giorno? Per esempio, alle 7 di sera.',
    reminderAskTimeReprompt: 'A che ora, ogni giorno? Per esempio, alle 7 di sera.',
    reminderSet: "Fatto. Te lo ricorderò ogni giorno {time}. Per toglierlo, di' cancella il promemoria del massaggio.",
    reminderDenied: "Nessun problema, non metto il promemoria. Se cambi idea, puoi permettere i promemoria per Massaggio infantile nell'app Alexa.",
    reminderNotAnswered: 'Non ho messo nessun promemoria. Chiedimelo di nuovo quando lo vuoi.',
    reminderNoPermission: "Non ho il permesso di impostare promemoria, quindi non ho messo niente. Puoi darlo a Massaggio infantile nell'app Alexa.",
    reminderUnsupported: 'Questo dispositivo non accetta promemoria dalle skill, quindi non ne ho messo nessuno.',
    reminderTooMany: "Hai già tutti i promemoria che Alexa permette, quindi non ho potuto aggiungerne uno. Cancellane uno nell'app Alexa, poi chiedimelo di nuovo.",
    reminderFailed: 'Non sono riuscita a raggiungere i promemoria di Alexa, quindi non è cambiato niente. Riprova tra un po\'.',
    reminderNone: "Non hai un promemoria per il massaggio. Per metterlo, di' ricordami di fare il massaggio ogni sera alle 7.",
    reminderIs: 'Sì: ogni giorno {time}.',
    reminderCancelled: 'Fatto. Il promemoria del massaggio è cancellato.',
    reminderMessage: "È l'ora del massaggio, se il tuo bimbo è tranquillo e sveglio. Di': Alexa, apri massaggio infantile.",
    reminderNotSet: 'Va bene, niente promemoria.',

    forgetAsk: 'Ecco cosa tengo: {list}. Vuoi che cancelli tutto?',
    forgetItems: ['il punto del massaggio in cui eravate', 'il tuo ritmo', 'il corso', 'il diario dei massaggi'],
    forgetAge: 'il mese di nascita del tuo bimbo',
    forgetAskReprompt: 'Vuoi che cancelli tutto quello che tengo su di te? Sì o no.',
    forgotten: 'Fatto. Ho cancellato tutto quello che tenevo su di te. Il promemoria del massaggio, se c\'è, resta finché non lo cancelli. A presto.',
    forgetFailed: 'Non sono riuscita a raggiungere il mio archivio, quindi non ho cancellato niente. Riprova tra un po\'.',
    forgetKept: 'Va bene, ho lasciato tutto com\'era.',
  };
}
