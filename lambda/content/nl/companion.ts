import { CompanionWords } from '../types';

/** A time of day as Dutch parents say it: "7 uur 's avonds", "7:30 's avonds", "9 uur 's ochtends". */
function spokenTime(hour: number, minute: number): string {
  const h12 = hour % 12 === 0 ? 12 : hour % 12;
  const part = hour < 6 ? "'s nachts" : hour < 12 ? "'s ochtends" : hour < 18 ? "'s middags" : "'s avonds";
  return minute ? `${h12}:${String(minute).padStart(2, '0')} ${part}` : `${h12} uur ${part}`;
}

/** What the companion says in Dutch (lambda/companion): the course, the age, the log, reminders, forgetting. */
export function companionWords(): CompanionWords {
  return {
    courseProgress: 'Je hebt {done} gedaan.',
    coursePractise: '{lesson} was pas {when}, dus deze week oefen je die nog: hier is hij weer. Zeg volgende les wanneer je verder wilt.',
    daysAgo: ['eerder vandaag', 'gisteren', '{count} dagen geleden'],
    courseNoneYet: 'Je hebt nog geen les gedaan, dus hier is de eerste.',
    courseFinished: 'Je hebt alle vijf de lessen gedaan. Hier is de hele massage; wil je een les nog eens doen, noem dan het nummer, bijvoorbeeld les twee.',
    courseNoNext: 'Dat was de laatste les van de cursus. Hier is de hele massage.',
    courseCarryOn: 'We gaan verder met {routine}.',
    numbers: ['één', 'twee', 'drie', 'vier', 'vijf'],
    and: 'en',
    lessonsDone: ['les {list}', 'les {list}'],
    spokenTime,

    ageHeard: '{age}.',
    ageNewborn: 'Onder ongeveer zes weken past de massage voor pasgeborenen het best: een paar minuten, vederlicht, en geen olie tot minstens een maand.',
    ageNewbornOil: 'Onder ongeveer zes weken past de massage voor pasgeborenen het best: een paar minuten, vederlicht. Vanaf een maand mag een beetje pure olie, als je die gebruikt.',
    ageBaby: 'Bij deze leeftijd past de hele massage, en de cursus als je het wilt leren: zeg leer me babymassage.',
    ageMobile: 'Als baby’s eenmaal op pad gaan, liggen veel van hen niet lang stil. Dan passen kortere massages, zoals de korte, of de beentjes en de rug tussen het spelen door.',
    ageToddler: 'Deze begeleiding is gemaakt voor baby’s, maar veel ouders gaan door bij peuters: houd het kort en speels, en laat je kind kiezen.',
    ageAsk: 'Zal ik onthouden dat je baby in {month} geboren is? Ik bewaar alleen de maand en het jaar, verder niets.',
    ageAskReprompt: 'Zal ik de geboortemaand van je baby onthouden? Ja of nee.',
    ageKept: 'Klaar. Ik onthoud {month}, en verder niets over je baby. Zeg vergeet de leeftijd van mijn baby wanneer je maar wilt.',
    ageNotKept: 'Prima, dan bewaar ik het niet.',
    ageAlready: 'Ik heb {month} al als geboortemaand van je baby.',
    ageUnclear: 'Hoe oud is je baby? Je kunt bijvoorbeeld zeggen: ze is 7 weken oud, of: ze is geboren in maart.',
    howOld: 'Je baby is geboren in {month}, dus nu ongeveer {age} oud.',
    howOldUnknown: 'Ik weet niet hoe oud je baby is. Vertel het me, bijvoorbeeld: mijn baby is 7 weken oud, en ik vraag het voor ik het bewaar.',
    ageForgotten: 'Klaar. Ik ben de leeftijd van je baby vergeten.',
    ageNothingToForget: 'Ik weet de leeftijd van je baby niet, dus er is niets te vergeten.',
    units: { day: ['dag', 'dagen'], week: ['week', 'weken'], month: ['maand', 'maanden'], year: ['jaar', 'jaar'] },
    months: ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
    monthYear: '{month} {year}',

    logWeek: '{count} in de afgelopen zeven dagen, {minutes} in totaal.',
    logWeekNone: 'Geen massages in de afgelopen zeven dagen. Wanneer jullie er allebei klaar voor zijn.',
    logDay: '{day}: {list}.',
    logDayNone: '{day}: geen massage. Dat is prima: elke dag is een nieuwe dag.',
    logLast: 'De laatste keer was {when}: {routine}, {minutes}, {far}.',
    logMonth: '{count} deze maand.',
    logAll: '{count} tot nu toe.',
    logEmpty: 'Er staat nog niets in je oefenlogboek. Elke massage wordt vanzelf bijgehouden.',
    far: ['helemaal tot het eind', 'het grootste deel', 'ongeveer de helft', 'een klein stukje'],
    massages: ['{count} massage', '{count} massages'],
    minutesAbout: ['ongeveer {count} minuut', 'ongeveer {count} minuten'],
    today: 'Vandaag',
    yesterday: 'Gisteren',
    onDay: 'op {day}',
    weekdays: ['zondag', 'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag'],
    weekHeading: 'Jouw week',

    reminderAskTime: "Hoe laat wil je elke dag de herinnering? Bijvoorbeeld 7 uur 's avonds.",
    reminderAskTimeReprompt: "Hoe laat elke dag? Bijvoorbeeld 7 uur 's avonds.",
    reminderSet: 'Klaar. Ik herinner je elke dag om {time}. Wil je ermee stoppen, zeg dan: annuleer mijn herinnering.',
    reminderDenied: 'Geen probleem, dan zet ik geen herinnering. Bedenk je je, dan kun je herinneringen voor Baby Massage toestaan in de Alexa-app.',
    reminderNotAnswered: 'Ik heb geen herinnering gezet. Vraag het gewoon nog eens als je er een wilt.',
    reminderNoPermission: 'Ik heb geen toestemming om herinneringen te zetten, dus er is niets gezet. Je kunt het voor Baby Massage toestaan in de Alexa-app.',
    reminderUnsupported: 'Dit apparaat kan geen herinneringen van skills aannemen, dus ik heb er geen gezet.',
    reminderTooMany: 'Je hebt al zoveel herinneringen als Alexa toestaat, dus ik kon er geen bij zetten. Verwijder er een in de Alexa-app, en vraag het dan opnieuw.',
    reminderFailed: 'Ik kon de herinneringen van Alexa net niet bereiken, dus er is niets veranderd. Probeer het over een tijdje nog eens.',
    reminderNone: 'Je hebt geen massageherinnering. Wil je er een, zeg dan: herinner me elke avond om 7 uur.',
    reminderIs: 'Ja: elke dag om {time}.',
    reminderCancelled: 'Klaar. Je massageherinnering is geannuleerd.',
    reminderMessage: 'Tijd voor babymassage, als je baby rustig en wakker is. Zeg: Alexa, start baby massage.',
    reminderNotSet: 'Oké, geen herinnering.',

    forgetAsk: 'Dit bewaar ik: {list}. Zal ik alles wissen?',
    forgetItems: ['waar je bent in een massage', 'je tempo', 'de cursus', 'je oefenlogboek'],
    forgetAge: 'de geboortemaand van je baby',
    forgetAskReprompt: 'Zal ik alles wissen wat ik over je bewaar? Ja of nee.',
    forgotten: 'Klaar. Ik heb alles gewist wat ik over je bewaarde. Een massageherinnering blijft staan tot je die annuleert. Tot ziens.',
    forgetFailed: 'Ik kon mijn opslag net niet bereiken, dus er is niets gewist. Probeer het over een tijdje nog eens.',
    forgetKept: 'Oké, ik laat alles zoals het was.',
  };
}
