import { Line, StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { DutchVocabulary } from './vocabulary';

/**
 * The course's own words in Dutch (routine/lessons.ts): each lesson's opening, its reviews and practice
 * passes, and what a lesson adds the first time it teaches a stroke.
 */
export function lessonSteps(words: DutchVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);
  const ask = 'Wrijf je handen warm, laat ze aan je baby zien, en vraag: mag ik je masseren?';
  const returning = (extra: string): StepScript['returning'] => ({
    how: [`${checkInBrief} ${extra}`, pause(2)],
    practice: ['Adem langzaam uit, wrijf je handen warm, en vraag: mag ik je masseren?', pause(9)],
    watch: '',
  });
  const called = (name: string, how: string, watch: string): StepScript => ({ name, how: [how], practice: [], watch });
  /** The opening of lessons two to five: the full check for a first-timer, what today brings, the asking. */
  const later = (today: string, watch: string, todayInBrief = today): StepScript => ({
    name: 'Voorbereiden',
    how: [check, setting, oil, today],
    practice: ['Laat je schouders zakken, en adem langzaam uit.', pause(8), ask, pause(10), 'Let op een ja.', pause(6)],
    watch,
    returning: returning(todayInBrief),
  });

  return {
    // Week one teaches the beginning itself: relaxing, asking, and reading the answer. Always in full.
    'lesson-1-opening': {
      name: 'Welkom bij de cursus',
      how: [
        'In vijf lessen, één per week als je wilt, leer je de hele massage stukje voor stukje, en thuis oefen je tussendoor.',
        check,
        setting,
        oil,
        'Vandaag: hoe je begint, en de beentjes en voetjes. Daar is je baby aanraking gewend, dus daar begin je makkelijk.',
      ],
      practice: [
        'Ontspan eerst zelf. Laat je schouders zakken, en adem langzaam uit.',
        pause(8),
        'Wrijf wat olie tussen je handen, hoorbaar voor je baby.',
        pause(6),
        'Vraag het nu. Laat je open handen zien, kijk je baby aan, en zeg zacht: mag ik je masseren?',
        pause(9),
        'Een ja: heldere oogjes, reiken, rustig bewegen. Wegdraaien, huilen of een holle rug: nu niet.',
        pause(8),
        'Leg je warme handen op de beentjes, en blijf rustig ademen.',
        pause(8),
      ],
      watch: 'Vraag het elke keer, ook nu je baby nog klein is: het vragen hoort erbij.',
    },

    'lesson-2-opening': later('Vandaag: kort de beentjes, en dan het buikje.', 'Heeft je baby er vandaag geen zin in, dan is een knuffel ook goed. Morgen is er weer een dag.'),
    'lesson-3-opening': later('Vandaag: kort beentjes en buikje, dan borst, armpjes en handjes.', 'Armpjes worden in het begin vaak stijf vastgehouden. Dat is normaal: we doen het rustig aan.'),
    'lesson-4-opening': later(
      'Leg een doekje klaar om je handen af te vegen voor het gezichtje. Vandaag: het gezichtje, en dan de rug.',
      'Sommige baby’s vinden de gezichtsstreken heerlijk en andere niet: allebei prima.',
      'Een doekje voor je handen. Vandaag: het gezichtje, en dan de rug.',
    ),
    'lesson-5-opening': later(
      'Vandaag: de hele massage op volgorde, elke streek bij naam, en de zachte bewegingen als afsluiting.',
      'De hele massage is voor sommige baby’s veel. Halverwege stoppen is altijd goed.',
      'Vandaag: de hele massage, en de zachte bewegingen als afsluiting.',
    ),

    'legs-review': called('Kort de beentjes', 'De beenstreken van vorige week: elke streek op het ene been, dan op het andere. Ik noem ze.', 'Is je baby onrustig, zeg dan: sla dit deel over.'),
    'tummy-review': called('Kort het buikje', 'De buikstreken, met de klok mee en licht. Ik noem ze.', 'Een gespannen buikje of een frons betekent lichter, of laat het vandaag zitten.'),
    'tummy-practice': {
      ...called('Oefenronde', 'Nu de drie buikstreken nog eens op volgorde, zonder uitleg. Ik noem ze één voor één.', 'Een hard, gespannen buikje of huilen betekent: stoppen, en knuffelen.'),
      connect: 'Zing of neurie zachtjes terwijl je bezig bent.',
    },
    'face-practice': called('Oefenronde', 'Beide gezichtsstreken nog eens, zacht, zonder uitleg. Ik noem ze.', 'Draait je baby weg, bewaar het gezichtje dan voor een andere dag.'),
    'back-practice': called('Oefenronde', 'Beide rugstreken nog eens, zonder uitleg. Ik noem ze.', 'Houd steeds een hand op je baby.'),
    'whole-legs': called('De hele massage', 'Vanaf hier de hele massage op volgorde, elke streek bij naam: eerst de beentjes en voetjes, het ene been en dan het andere.', 'Volg je baby: sla een deel over wanneer je wilt door te zeggen: sla dit deel over.'),
    'whole-tummy': called('Het buikje', 'De buikstreken, met de klok mee en licht. Ik noem ze.', 'Een gespannen buikje betekent lichter, of ga verder.'),
    'whole-chest-and-arms': called('Borst, armpjes en handjes', 'Het open boek, en dan de streken voor arm en handje, het ene armpje en dan het andere.', 'Wordt een armpje stijf vastgehouden, schud het zachtjes en zeg: ontspan maar.'),
    'whole-face': called('Het gezichtje', 'Veeg je handen af. De gezichtsstreken, vederlicht. Ik noem ze.', 'Wegdraaien betekent: laat het gezichtje vandaag zitten.'),
    'whole-back': called('De rug', 'De rugstreken, met steeds een hand op je baby. Ik noem ze.', 'Tilt je baby het hoofdje op en wordt het onrustig, draai je baby dan terug en knuffel.'),
  };
}

/**
 * What a lesson says the first time it teaches each stroke (RoutineStep.teach), after the usual how-to:
 * why it is done, and what the hands should feel. Claims stay with what the reference supports.
 */
export const TEACHING: Readonly<Record<string, readonly Line[]>> = {
  'leg-indian-milking': ['Indiaas melken gaat van het lichaam af, naar de voetjes toe. Gebruik je hele hand: handpalm en vingers, niet alleen je vingertoppen.'],
  'leg-hug-and-glide': ['Omvatten en glijden is zacht wringen. Het draaien is heel klein: denk aan een kraan opendraaien, niet aan een doek uitwringen.'],
  'foot-sole': ['Voetjes zijn vaak het lievelingsstukje. Je duimen blijven plat en lopen om de beurt, als kleine stapjes.'],
  'foot-top-and-ankle': ['Op de bovenkant van het voetje druk je licht, zonder de teentjes naar achteren te duwen. De rondjes om het enkelbotje zijn heel klein.'],
  'leg-swedish-milking': ['Zweeds melken gaat de andere kant op, van het voetje omhoog naar het bovenbeen. Zo rond je het been af met een lange, rustige streek.'],
  'legs-integration': ['Dit verbindt de streken met elkaar, zodat de beentjes als één geheel voelen. Een fijne manier om de beentjes elke keer af te sluiten.'],
  'tummy-water-wheel': ['Je handen peddelen de een na de ander, als een waterrad, altijd omlaag en weg van de ribben. Blijf onder de ribben, en weg van de navel als die nog geneest.'],
  'tummy-sun-and-moon': ['De zon is een hele cirkel met de ene hand; de maan een halve cirkel met de andere. Met de klok mee, zoals elke buikstreek.'],
  'tummy-i-love-you': ['Zeg de woorden terwijl je de letters tekent: I, L, en dan een U op zijn kop. Baby’s leren ze herkennen.'],
  'chest-open-book': ['Je vlakke handen gaan naar buiten open, als de bladzijden van een boek, en komen in een hartvorm terug. Niet harder dan op het buikje.'],
  'arm-milking': ['Armpjes worden vaak dicht tegen het lijfje gehouden. Trek ze nooit recht: blijft een armpje gebogen, masseer het dan zoals het is.'],
  'hand-palm-and-fingers': ['Baby’s pakken vaak je vinger vast: dat is prima. Open het handje alleen als het makkelijk opengaat.'],
  'face-forehead-and-nose': ['Je duimen doen het werk, vederlicht. Veel baby’s doen hier hun oogjes dicht.'],
  'face-smile-and-jaw': ['Sommige ouders gebruiken deze kleine rondjes bij de kaak als een baby tandjes krijgt. Houd je aanraking heel licht.'],
  'back-back-and-forth': ['Je handen bewegen in tegengestelde richting over de rug, als schuren over een plank, langzaam. Druk nooit op de ruggengraat.'],
  'back-circles-and-combing': ['De rondjes gaan aan weerszijden van de ruggengraat, nooit erop. Het kammen is de lichtste aanraking van de hele massage.'],
  'gentle-movements': ['Dit is spelen, geen gymnastiek. Ga alleen zo ver als je baby makkelijk meebeweegt, en stop bij weerstand.'],
};
