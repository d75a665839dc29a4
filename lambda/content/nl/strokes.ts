import { StepScript, pause } from '../types';
import { slowCount } from './count';
import { TEACHING, lessonSteps } from './lessons';
import { DutchVocabulary } from './vocabulary';

/** Every step after the openings, by step id (content/nl/steps.ts has the openings and the rules every script follows). */
export function strokes(words: DutchVocabulary): Record<string, StepScript> {
  return { ...withTeaching(massageStrokes(words)), ...lessonSteps(words) };
}

/** The strokes of the massages, each with what a lesson adds when it teaches it. */
function withTeaching(scripts: Record<string, StepScript>): Record<string, StepScript> {
  return Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, TEACHING[id] ? { ...script, teach: TEACHING[id] } : script]));
}

function massageStrokes(words: DutchVocabulary): Record<string, StepScript> {
  const cuddle: StepScript = {
    name: 'De knuffel aan het eind',
    how: ['Neem je baby in je armen, huid op huid als je wilt.'],
    practice: ['Adem samen rustig.', pause(10), 'Voel hoe ontspannen je baby is.', pause(10), 'Gewoon vasthouden.', pause(10)],
    connect: 'Bedank je baby voor de massage.',
    watch: 'Misschien wil je baby nu drinken of slapen: volg je baby.',
  };

  return {
    'leg-indian-milking': {
      name: 'Indiaas melken',
      how: [
        'Eén been eerst. Houd het enkeltje vast, je andere hand om het bovenbeen, en glijd omlaag naar het voetje.',
        'Wissel van hand, alsof je aan een touw trekt.',
      ],
      times: 'Ongeveer drie keer.',
      practice: ['Bovenbeen, omlaag naar het voetje.', pause(10), 'Wissel van hand, en omlaag.', pause(10), 'Nog één keer, langzaam en soepel.', pause(9)],
      connect: 'Vertel je baby: dit is je been.',
      watch: 'Stijf beentje? Houd het stil, schud het zacht, en zeg: ontspan maar.',
    },

    // The newborn's Indian milking: newborns guard the inner thighs, so the hands stay outside and below.
    'newborn-leg-milking': {
      name: 'Indiaas melken',
      how: [
        'Eén been eerst. Houd het enkeltje vast, je andere hand langs de buitenkant van het bovenbeen, en glijd omlaag naar het voetje.',
        'Wissel van hand, alsof je aan een touw trekt.',
      ],
      times: 'Ongeveer drie keer.',
      practice: ['Buitenkant bovenbeen, omlaag naar het voetje.', pause(10), 'Wissel van hand, en omlaag.', pause(10), 'Nog één keer, langzaam en soepel.', pause(9)],
      connect: 'Vertel je baby: dit is je been.',
      watch: 'Stijf beentje? Houd het stil, schud het zacht, en zeg: ontspan maar.',
    },

    'leg-hug-and-glide': {
      name: 'Omvatten en glijden',
      how: [
        'Beide handen om het bovenbeen. Knijp zacht en draai je handen een beetje tegen elkaar in, terwijl je naar het enkeltje glijdt.',
        'Rond de knie extra zacht.',
      ],
      times: 'Ongeveer drie keer.',
      practice: ['Omvatten, draaien, en glijden.', pause(10), 'Terug naar boven, en nog eens.', pause(10), 'Nog één keer, tot het enkeltje.', pause(9)],
      connect: 'Een zacht liedje past hier mooi.',
      watch: 'Kijk naar het gezichtje: een frons betekent lichter.',
    },

    'foot-sole': {
      name: 'Duim over duim, en teentjes rollen',
      how: [
        'Houd het voetje vast. Strijk met je duimen om de beurt over de zool, van hiel naar tenen.',
        'Rol dan elk teentje tussen duim en vinger, en laat het wegglijden.',
      ],
      times: 'Drie streken, dan elk teentje één keer.',
      practice: ['Duim over duim, hiel naar tenen.', pause(11), 'Nu elk teentje, vanaf de grote teen.', pause(15)],
      connect: 'Zeg een versje, zoals: dit is de duim.',
      watch: 'Krullen de teentjes, ga dan langzamer.',
    },

    'foot-top-and-ankle': {
      name: 'Duimdrukjes, voetrug en enkel',
      how: [
        'Kleine duimdrukjes over de hele zool en de bal van de voet.',
        'Strijk dan over de bovenkant, van enkel naar tenen, en maak kleine rondjes om het enkelbotje.',
      ],
      times: 'Van elk een paar.',
      practice: ['Kleine drukjes, over de hele zool.', pause(10), 'Bovenkant van het voetje, enkel naar tenen.', pause(9), 'Kleine rondjes om de enkel.', pause(9)],
      connect: 'Tel de drukjes hardop.',
      watch: 'Trekt je baby het voetje weg, laat los, en kom rustig terug.',
    },

    'leg-swedish-milking': {
      name: 'Zweeds melken, en rollen',
      how: [
        'Nu de andere kant op: van enkel omhoog naar de heup, hand over hand.',
        'Rol het beentje dan losjes tussen je vlakke handen, van bovenbeen naar enkel.',
      ],
      times: 'Van elk drie keer.',
      practice: ['Enkel omhoog naar de heup.', pause(10), 'En nog eens.', pause(8), 'Nu rollen, bovenbeen naar enkel.', pause(10), 'Nog één keer, lekker los.', pause(8)],
      connect: 'Zeg hoe sterk die beentjes zijn.',
      watch: 'Nooit trekken of draaien aan de knie. Spant het beentje aan, laat je hand rusten.',
    },

    'other-leg': {
      name: 'Het andere been',
      how: ['Dezelfde streken op het andere been. Ik noem ze.'],
      practice: ['Leg je hand erop.', pause(4)],
      connect: 'Benoem elk stukje: bovenbeen, knie, enkel, teentjes.',
      watch: 'Onrustig? Zeg dan: sla dit deel over.',
    },

    'other-leg-one-stroke': {
      name: 'Het andere been',
      how: ['Dezelfde streek op het andere been. Ik noem hem voor je.'],
      practice: ['Leg je hand erop.', pause(4)],
      connect: 'Benoem elk stukje: bovenbeen, knie, enkel, teentjes.',
      watch: 'Onrustig? Zeg dan: sla dit deel over.',
    },

    'legs-integration': {
      name: 'Billenrondjes en de lange streek',
      how: [
        'Handen onder de billetjes, en maak langzame rondjes.',
        'Strijk dan met beide handen van de heupen over de beentjes naar de voetjes, in één lange streek.',
      ],
      times: 'Een paar rondjes, dan drie lange streken.',
      practice: ['Langzame rondjes.', pause(10), 'Lange streek, naar de voetjes.', pause(8), 'Nog eens.', pause(8), 'En nog één.', pause(6)],
      connect: 'Vertel je baby: beentjes klaar.',
      watch: 'Wordt de huid rood, bleek of vlekkerig, of komen er vuistjes, dan is het genoeg: wikkel je baby warm in.',
    },

    'tummy-water-wheel': {
      name: 'Waterrad',
      how: [
        'Niet vlak na een voeding, en niet op een navel die nog geneest.',
        'Blijf onder de ribben. Je handen zijn peddels: om de beurt schep je zacht omlaag naar de onderbuik.',
      ],
      times: 'Ongeveer zes keer.',
      practice: ['Peddelen, en peddelen.', pause(10), 'Lekker langzaam.', pause(10), 'Hand na hand.', pause(10)],
      connect: 'Praat zachtjes: dit is je buikje.',
      watch: 'Spant het buikje aan, laat je handen stil liggen tot het zacht wordt.',
    },

    'knees-up': {
      name: 'Knietjes naar de buik',
      how: ['Pak beide onderbeentjes, en breng de knietjes zacht naar het buikje. Houd ze vast terwijl je langzaam tot zes telt, en strek dan de beentjes.'],
      practice: ['Knietjes omhoog, en vasthouden.', ...slowCount(6), 'En strekken.', pause(5)],
      watch: 'Ga nooit verder dan je baby prettig vindt.',
    },

    'tummy-sun-and-moon': {
      name: 'Zon en maan',
      how: [
        'Met de klok mee zoals jij kijkt: omhoog langs de rechterkant van je baby, over, en omlaag langs links.',
        'De ene hand draait een hele cirkel: de zon. De andere volgt met een halve, van tien naar vijf uur: de maan.',
      ],
      times: 'Ongeveer zes keer.',
      practice: ['Cirkel, en maan.', pause(11), 'Cirkel, en maan.', pause(11), 'Rustig en gelijkmatig.', pause(10)],
      connect: 'Neurie een rustig wijsje.',
      watch: 'Hikken of spugen: het buikje heeft genoeg gehad. Stop en knuffel.',
    },

    'tummy-i-love-you': {
      name: 'I love you',
      how: [
        'Teken drie letters op het buikje. De I: omlaag langs de linkerkant van je baby.',
        'De L: onder de ribben van rechts naar links, en omlaag.',
        'De U: omhoog langs rechts, over, en omlaag langs links.',
      ],
      times: 'Twee keer.',
      practice: ['I.', pause(5), 'Love.', pause(6), 'You.', pause(6), 'En nog eens. I, love, you.', pause(15)],
      connect: 'Zeg de woorden terwijl je tekent.',
      watch: 'Een windje is normaal. Ga rustig verder.',
    },

    'chest-open-book': {
      name: 'Open boek en vlinder',
      how: [
        'Handen plat samen midden op de borst. Glijd langs de ribben naar buiten en rond, als een hartje.',
        'Vlinder: één hand tegelijk, van de zij schuin naar de andere schouder, en terug.',
      ],
      times: 'Van elk drie.',
      practice: ['Open het boek.', pause(10), 'En nog eens.', pause(8), 'Vlinder, de ene kant.', pause(9), 'En de andere.', pause(9)],
      connect: 'Kijk je baby in de ogen.',
      watch: 'Gapen of wegkijken: even pauze, handen rusten tot je baby weer kijkt.',
    },

    'arm-milking': {
      name: 'Oksel en melken',
      how: [
        'Eén arm eerst: een paar zachte streken in het okseltje.',
        'Houd het polsje vast, en glijd van schouder naar handje, hand over hand. Dan omvatten en glijden.',
      ],
      times: 'Van elk ongeveer drie keer.',
      practice: ['Okseltje.', pause(6), 'Melken, schouder naar hand.', pause(10), 'En nog eens.', pause(8), 'Omvatten en glijden.', pause(10)],
      connect: 'Benoem het: je arm, je elleboog, je handje.',
      watch: 'Armpje stijf tegen de borst? Wieg het zacht en zeg: ontspan maar. Nooit rechttrekken.',
    },

    'hand-palm-and-fingers': {
      name: 'Handpalm, vingertjes en pols',
      how: ['Open het handje met je duimen, van de muis naar de vingers. Rol elk vingertje. Strijk over de handrug, en rondjes om het polsje.'],
      times: 'Drie streken, en elk vingertje één keer.',
      practice: ['Open het handje.', pause(9), 'Elk vingertje.', pause(11), 'Over de handrug.', pause(8), 'Rondjes om het polsje.', pause(8)],
      connect: 'Tel de vingertjes hardop.',
      watch: 'Vuistjes betekenen twijfel: strijk over de handrug, en laat het handje vanzelf opengaan.',
    },

    'other-arm': {
      name: 'Het andere armpje',
      how: ['Eerst dit armpje af: van polsje omhoog naar de schouder, en dan rollen tussen je handen.'],
      practice: ['Omhoog naar de schouder.', pause(9), 'En rollen.', pause(8), 'Nu het andere armpje. Ik noem de streken.', pause(2)],
      after: ['Omhoog naar de schouder, en rollen.', pause(12)],
      connect: 'Zing erbij, als je wilt.',
      watch: 'Veeg de olie van de handjes, voor ze in het mondje gaan.',
    },

    'face-forehead-and-nose': {
      name: 'Voorhoofd, wenkbrauwen en wangen',
      how: [
        'Hier je lichtste aanraking.',
        'Vingertoppen van het midden van het voorhoofd naar de slapen. Duimen naar buiten over de wenkbrauwen. Dan van de neusbrug langs de neus omlaag, en over de wangen naar buiten.',
      ],
      times: 'Van elk drie keer.',
      practice: ['Voorhoofd, naar de zijkanten.', pause(9), 'Wenkbrauwen.', pause(8), 'Neus, en wangen.', pause(9), 'Nog één keer, alle drie.', pause(11)],
      connect: 'Blijf lachen. Je baby kijkt naar je.',
      watch: 'De ene baby vindt dit heerlijk, de andere niet. Draait je baby weg, sla het gezichtje vandaag over.',
    },

    'face-smile-and-jaw': {
      name: 'Glimlach, kaak en oortjes',
      how: [
        'Teken met je duimen een glimlach boven de bovenlip, dan onder de onderlip.',
        'Vederlicht kleine rondjes bij het kaakgewricht. Dan achter de oortjes langs, en onder het kinnetje.',
      ],
      times: 'Van elk drie keer.',
      practice: ['Glimlach boven.', pause(8), 'Glimlach onder.', pause(8), 'Rondjes bij de kaak.', pause(9), 'Oortjes, en kinnetje.', pause(9)],
      connect: 'Lach terug naar je baby.',
      watch: 'Draait je baby weg, dan is het gezichtje klaar voor vandaag.',
    },

    'back-back-and-forth': {
      name: 'Heen en weer',
      how: [
        'Je baby ziet je nu niet: blijf praten.',
        'Handen dwars over de rug, heen en weer tegen elkaar in, omlaag naar de billetjes en terug.',
        'Dan de zwaai: één hand op de billetjes, de andere glijdt omlaag vanaf de nek.',
      ],
      times: 'Van elk drie keer.',
      practice: ['Heen en weer, omlaag.', pause(10), 'En weer omhoog.', pause(9), 'Zwaai.', pause(8), 'En zwaai.', pause(8)],
      connect: 'Blijf zachtjes praten.',
      watch: 'Vindt je baby de buikligging lastig, stop en knuffel.',
    },

    'back-circles-and-combing': {
      name: 'Rondjes en kammen',
      how: [
        'Kleine rondjes met je vingertoppen naast de ruggengraat, nooit erop, van schouders naar billetjes.',
        'Kam dan met je vingertoppen licht over rug en beentjes omlaag.',
      ],
      times: 'Eén keer rondjes, dan drie keer kammen.',
      practice: ['Kleine rondjes.', pause(11), 'Verder omlaag langs de rug.', pause(11), 'Nu kammen.', pause(8), 'Lichter.', pause(6), 'Licht als een veertje.', pause(6)],
      connect: 'Een gefluisterd liedje past hier.',
      watch: 'Wordt je baby slaperig, ga dan nog langzamer: bijna tijd om te stoppen.',
    },

    'gentle-movements': {
      name: 'De zachte bewegingen',
      how: [
        'Langzaam en speels, nooit verder dan je baby wil.',
        'Kruis de armpjes over de borst, en open ze wijd. Breng dan een armpje en het andere beentje samen boven het buikje, en open. Dan de andere kant.',
      ],
      times: 'Van elk drie keer.',
      practice: [
        'Armpjes kruisen, en wijd open.',
        pause(10),
        'Armpje naar het andere beentje, en open. Dan de andere kant.',
        pause(12),
        'Knietjes omhoog, en vasthouden.',
        ...slowCount(6),
        'Strekken. Nu langzaam fietsen, en laat de beentjes vanzelf strekken.',
        pause(11),
      ],
      connect: 'Maak er een spelletje van: klaar, af, strek.',
      watch: 'Duw of strek nooit: geeft een armpje of beentje weerstand, ga mee, of laat het.',
    },

    'closing-cuddle': cuddle,

    // The colic massage's cuddle: a parent who came straight to the short opening hears the colic advice
    // here, once, where they would plan the next time (a first-timer heard it in the opening).
    'colic-closing': {
      ...cuddle,
      returning: {
        how: cuddle.how,
        practice: cuddle.practice,
        watch:
          'Bij krampjes doe je deze massage twee of drie keer per dag, ongeveer twee weken lang. ' +
          `Houdt het huilen aan, of klopt er iets niet, ga dan naar ${words.healthProfessional}.`,
      },
    },

    'once-more': {
      name: 'Nog één keer',
      how: ['Dezelfde streken nog eens, iets langzamer. Ik noem ze.'],
      practice: [],
      watch: 'Stop zodra je baby er genoeg van heeft.',
    },

    'colic-round-two': {
      name: 'Ronde twee',
      how: ['Dezelfde vier streken nog eens. Ik noem ze.'],
      practice: [],
      watch: 'Windjes zijn nu heel gewoon. Ga rustig door, en stop als je baby genoeg heeft.',
    },

    'colic-round-three': {
      name: 'Laatste ronde',
      how: ['Dezelfde vier streken, een laatste keer. Ik noem ze.'],
      practice: [],
      watch: 'Eindig met je handen rustend op het buikje.',
    },

    'bedtime-settle': {
      name: 'Tot rust komen',
      how: [`Eén hand stil op de rug, de andere op het hoofdje. Doezelig? Leg je baby dan op de rug in het ${words.cot}.`],
      practice: ['Stille handen.', pause(15), 'Rustig ademen.', pause(15), 'En rust.', pause(10)],
      watch: 'Welterusten.',
    },
  };
}
