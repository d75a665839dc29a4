import { Questions } from '../types';
import { classifiersFor } from '../understand';
import * as understanding from './understanding';
import { DutchVocabulary } from './vocabulary';

/**
 * Answers to the questions Dutch parents ask aloud, graded by the evidence grades in
 * lambda/content/topics.ts (the same grade per answer as English) and written in our own words:
 * - "onderzoek wijst erop" only where the grade is research: bonding, sleep, weight gain of premature
 *   babies in hospital, a mother's mood;
 * - elsewhere "sommige ouders merken", or plainly that there is little or no research;
 * - never that massage cures, treats or prevents anything;
 * - health answers end with the short not-medical-advice line (added by the handler).
 */
export function questions(words: DutchVocabulary): Questions {
  const asked: Questions = {
    benefits: {
      sleep: {
        evidence: 'research',
        health: true,
        sentences: [
          'Onderzoek wijst erop dat massage sommige baby’s kan helpen beter te slapen.',
          'In een klein onderzoek kwamen baby’s met een massage van hun moeder voor het slapengaan sneller in een dag-en-nachtritme.',
          'De onderzoeken zijn klein, maar een korte, rustige massage voor het slapengaan is een zacht iets om te proberen.',
        ],
      },
      bonding: {
        evidence: 'research',
        health: true,
        sentences: [
          'Hier wijst onderzoek erop dat massage het meest helpt: het kan jou en je baby dichter bij elkaar brengen, met meer oogcontact, lachjes en gebrabbel.',
          'Moeders die zich somber voelden, gingen warmer met hun baby om, en vaders die masseerden voelden zich meer verbonden en minder gestrest.',
          'En het is gewoon rustige tijd samen, voor wie er ook thuis is.',
        ],
      },
      relaxation: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Sommige ouders merken dat hun baby na een massage rustiger en meer ontspannen is.',
          'In een paar kleine studies daalden stresshormonen daarna, maar het bewijs is beperkt.',
          'Jouw rustige stem en aanraking zijn er een groot deel van.',
        ],
      },
      digestion: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Sommige ouders merken dat de buikstreken met de klok mee en de knietjes naar de buik helpen bij krampjes en lucht.',
          `De studies naar krampjes zijn wisselend: in één hielp massage niet meer dan een zacht trillend ${words.cot}, en over verstopping bij baby’s is weinig bekend.`,
          'De krampjesmassage hier duurt ongeveer negen minuten; sla het buikje over vlak na een voeding.',
        ],
      },
      reflux: {
        evidence: 'none',
        health: true,
        sentences: [
          'Massage bij reflux is niet onderzocht, dus niets zegt dat het helpt.',
          'Spugen komt veel voor en gaat meestal vanzelf over. Laat de buikstreken tot ruim na een voeding, en doe liever de beentjes of de rug.',
          'Spuugt je baby veel, lijkt het pijn te doen, of groeit je baby niet goed, laat het dan nakijken.',
        ],
      },
      teething: {
        evidence: 'none',
        health: true,
        sentences: [
          'Er is weinig onderzoek naar massage bij doorkomende tandjes of een verstopte neus.',
          'Sommige ouders vinden kleine rondjes langs de kaak, of lichte streken over de wangen, rustgevend, en pijnlijk tandvlees masseren met een schone vinger is een bekende troost.',
        ],
      },
      breathing: {
        evidence: 'not-for-babies',
        health: true,
        sentences: [
          'Het onderzoek dat vaak genoemd wordt, ging over kinderen van 4 tot 14 jaar met astma, niet over baby’s, dus het zegt niets over zuigelingen.',
          'Er is geen onderzoek dat laat zien dat massage de ademhaling van een baby verandert.',
        ],
      },
      immunity: {
        evidence: 'little',
        health: true,
        sentences: [
          'Hier is weinig onderzoek naar.',
          'In één studie bij te vroeg geboren baby’s in het ziekenhuis werd één soort afweercel actiever, maar die baby’s kregen niet minder infecties.',
          'Reken er dus niet op dat massage daarbij helpt.',
        ],
      },
      brain: {
        evidence: 'little',
        health: true,
        sentences: [
          'Hier is weinig onderzoek naar, en studies hebben niet laten zien dat massage het leren of de ontwikkeling van gezonde baby’s verandert.',
          'Een paar kleine studies bij te vroeg geboren baby’s zagen de hersenen sneller rijpen, maar dat is verre van bewijs.',
          'Het praten, zingen en oogcontact rond de massage zijn fijn voor elke baby.',
        ],
      },
      growth: {
        evidence: 'research',
        health: true,
        sentences: [
          'Is je baby te vroeg geboren, overleg dan eerst met het behandelteam voor je begint.',
          'Onderzoek wijst alleen op een mogelijk voordeel voor te vroeg geboren baby’s: in sommige ziekenhuisstudies kwamen gemasseerde baby’s iets sneller aan en mochten ze eerder naar huis.',
          'Voor gezonde baby’s thuis is er weinig onderzoek dat laat zien dat het de groei of spierspanning verandert.',
        ],
      },
      awareness: {
        evidence: 'none',
        health: false,
        sentences: [
          'Er is geen direct onderzoek naar lichaamsbesef of coördinatie.',
          'Maar als je elk stukje benoemt, je been, je teentjes, je buikje, wordt massage een fijn moment om te spelen en voor de eerste woordjes.',
        ],
      },
      circulation: {
        evidence: 'none',
        health: true,
        sentences: [
          'Er zijn geen studies bij baby’s die laten zien dat massage de bloedsomloop of de zuurstoftoevoer verbetert.',
          'Geniet er vooral van om de nabijheid en de rust die het jullie allebei geeft.',
        ],
      },
      autonomy: {
        evidence: 'value',
        health: false,
        sentences: [
          'Je baby om toestemming vragen, en kijken naar het antwoord, is de kern van babymassage.',
          'Draait je baby weg of wordt het onrustig, dan stop je. Zo leert je baby vanaf het begin: mijn lijfje is van mij.',
          'Het is een waarde, geen gezondheidsclaim.',
        ],
      },
    },

    safety: {
      'when-not': {
        evidence: 'practice',
        health: true,
        sentences: [
          'Sla de massage over als je baby koorts heeft, ziek lijkt, of uitslag, een wondje of nattend eczeem heeft.',
          `Wacht een paar dagen na een ${words.jabs}, niet vlak na een voeding, en masseer nooit een baby die slaapt of erg overstuur is.`,
          `Laat het buikje weg bij diarree, en overleg eerst met ${words.healthProfessional} na een operatie of een botbreuk, of bij geelzucht.`,
        ],
      },
      vaccinations: {
        evidence: 'practice',
        health: true,
        sentences: [
          `Wacht na de ${words.vaccinations} minstens 48 uur met masseren, en blijf weg van de prikplek tot die rustig is.`,
          `Vóór een ${words.jabs} masseren is prima.`,
        ],
      },
      feeding: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Wacht ongeveer drie kwartier na een voeding, zodat het buikje tot rust kan komen.',
          'Een baby met honger vindt het ook niet fijn, dus kies een rustig, wakker moment tussen de voedingen.',
        ],
      },
      oil: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Olie hoeft niet, en over oliën is weinig zeker: in een grote studie in Nepal maakten zonnebloemolie en mosterdolie weinig uit voor de huid, en zonnebloemolie is het best onderzocht.',
          'Gebruik je olie, kies dan een plantaardige olie zonder geur, liefst koudgeperst en eetbaar, want baby’s sabbelen op hun handjes, en test hem eerst op een klein stukje huid.',
          'Geen notenolie, geen olijfolie en geen opgewarmde of hete olie, geen etherische olie onder de zes maanden, en bij een pasgeborene pas vanaf een maand.',
          'Doe nooit olie in de neus, het mondje of de oortjes, houd het gezicht vrij van olie, en masseer op de grond: een geolied baby’tje is glad.',
        ],
      },
      'how-long': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Begin met ongeveer vijf minuten, zoals de massage voor het slapengaan of voor pasgeborenen hier, en bouw op naar de hele massage, ongeveer achtentwintig minuten, als je baby ervan geniet.',
          'Je kunt altijd stoppen: volg wat je baby aangeeft.',
        ],
      },
      'how-often': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Eén keer per dag is ruim genoeg, als je baby ervan geniet, en een paar keer per week is ook goed.',
          'Bij krampjes kun je de krampjesmassage twee of drie keer per dag doen, ongeveer twee weken lang.',
        ],
      },
      sleeping: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Laat een slapende baby slapen: voor massage moet je baby wakker en rustig zijn, zodat het ja of nee kan laten zien.',
          'Valt je baby tijdens de massage in slaap, dan is dat prima: stop daar, en ga een andere dag verder.',
        ],
      },
      age: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Zachte aanraking kan vanaf de geboorte, en er is geen leeftijd waarop je moet stoppen.',
          'Wacht met olie tot minstens een maand. Veel cursussen beginnen rond vier tot zes weken.',
        ],
      },
      newborn: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Ja, voorzichtig. Houd het kort bij een pasgeborene, ongeveer vijf of zes minuten, vederlicht, eventueel door de kleertjes heen of in je armen: de eerste massage hier doet precies dat.',
          'Pasgeborenen beschermen vaak hun buik, de binnenkant van de bovenbenen en de handpalmen, dus werk daar eerst omheen, en blijf van de navelstomp af tot die genezen is.',
          'Wacht met olie tot minstens een maand.',
        ],
      },
      premature: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Is je baby te vroeg geboren, overleg dan eerst met het behandelteam: massage begint meestal rond de uitgerekende datum.',
          'Tot die tijd vinden veel premature baby’s een stille, rustige aanraking fijner dan strijken, zoals een hand die gewoon op ze rust.',
        ],
      },
      crying: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Huilt je baby, draait het weg of trekt het de rug hol, dan is dat voor nu een nee: stop, pak je baby op en troost.',
          'Probeer het een andere dag, misschien korter, met een andere druk, of alleen de beentjes: zeg alleen de beentjes om daarmee te beginnen.',
          'Veel baby’s hebben een paar weken nodig om het fijn te gaan vinden.',
        ],
      },
      others: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Ja. Vaders, opa’s en oma’s en andere vaste verzorgers kunnen het allemaal, en velen vinden het een fijne manier om dichtbij te komen.',
          'Grote broers en zussen kunnen ook helpen, met zachte streken op de beentjes of de rug, met jou er vlak naast.',
        ],
      },
      bath: {
        evidence: 'practice',
        health: false,
        sentences: ['Allebei goed. Na een warm badje zijn veel baby’s ontspannen, en de handdoek ligt al klaar.', 'Zorg wel dat de kamer warm is.'],
      },
      setting: {
        evidence: 'practice',
        health: false,
        sentences: [
          `Een warme kamer zonder tocht, zacht licht, een handdoek op de grond, en een schone ${words.nappy} bij de hand.`,
          `Kleed je baby uit tot op de ${words.nappy}, of laat een ${words.vest} aan als de kamer koel is of je baby nog heel klein.`,
          'Was en warm je handen, houd je nagels kort, en doe ringen en armbanden af.',
        ],
      },
      pressure: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Van zachte babymassage is geen schade bekend, en een zachte maar stevige aanraking is beter dan een heel lichte, die kan kriebelen.',
          'Een goede maatstaf: druk op je eigen gesloten ooglid tot het net onprettig wordt, en doe dan iets minder, en op het gezicht nog lichter.',
          'Druk nooit op de fontanel of op de ruggengraat, en blijf van een prikplek af.',
        ],
      },
      hips: {
        evidence: 'practice',
        health: true,
        sentences: [
          'De heupjes van een baby zijn nog in ontwikkeling, dus trek of duw de beentjes nooit recht: laat ze opgetrokken en naar buiten liggen, en vanzelf strekken.',
          'Houd het beentje bij de beenstreken losjes vast en glijd, in plaats van te trekken.',
          'Heeft je baby heupdysplasie en draagt het een spreidbroek of beugel, vraag dan het heupteam voor je beenstreken of bewegingen doet, en doe de rest gewoon.',
        ],
      },
      skin: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Rond droge plekjes masseren mag, met een beetje pure plantaardige olie zonder geur als een test op een klein stukje huid geen reactie gaf.',
          'Sla huid met uitslag, open plekjes, blauwe plekken of nattend eczeem over, en masseer de stukjes die prettig zijn.',
          `Is het eczeem aan het opspelen of twijfel je over een crème of olie, vraag het dan eerst ${words.healthProfessional}.`,
        ],
      },
      'soft-spot': {
        evidence: 'practice',
        health: true,
        sentences: [
          'De fontanel bovenop het hoofdje is goed beschermd en een lichte aanraking kan geen kwaad, maar druk er nooit op.',
          'Blijf bij de gezichtsstreken bij het voorhoofd, de wangen en rond de oortjes, vederlicht.',
        ],
      },
      hernia: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Met een navelbreukje ben je extra voorzichtig op het buikje: houd de streken licht en ga om de navel heen, zonder erop te drukken.',
          'Zolang de navelstomp er nog zit of het plekje nog niet genezen is, laat je de navel helemaal met rust.',
          `Is de bult hard, pijnlijk of verkleurd, dan is dat niet iets voor massage: bel meteen ${words.doctor}.`,
        ],
      },
      postnatal: {
        evidence: 'research',
        health: true,
        sentences: [
          'Wat vervelend dat het zo zwaar is. Onderzoek wijst erop dat babymassagecursussen een sombere stemming bij moeders wat kunnen verlichten en ouder en baby dichter bij elkaar brengen, maar het is geen vervanging van hulp.',
          `Voel je je al langer dan een paar weken somber of angstig, praat er dan over met ${words.healthProfessional}, of met je verloskundige: het komt veel voor, en hulp werkt.`,
          'En wees lief voor jezelf: een paar minuten samen masseren is genoeg.',
        ],
      },
    },

    benefitsOverview: {
      evidence: 'research',
      health: true,
      sentences: [
        'Onderzoek wijst erop dat het duidelijkste voordeel de nabijheid is: massage kan jou en je baby helpen een band op te bouwen, en sommige studies vonden beter slapen.',
        'In sommige ziekenhuisstudies kwamen te vroeg geboren baby’s iets sneller aan.',
        'Voor andere claims, zoals krampjes of de afweer, is het bewijs mager.',
      ],
    },
    safetyOverview: {
      evidence: 'practice',
      health: true,
      sentences: [
        'Zachte babymassage is voor de meeste baby’s veilig, en in het onderzoek is geen schade gemeld.',
        `Sla het over als je baby ziek is, koorts of uitslag heeft, of de afgelopen twee dagen een ${words.jabs} heeft gehad, en ga nooit verder dan je baby fijn vindt.`,
      ],
    },
    ...classifiersFor(understanding, understanding.dutchStems, () => asked),
    unknownTopic: 'Sorry, daar heb ik geen informatie over.',
    topicList:
      'Je kunt me vragen naar wat het oplevert, zoals slapen, hechting, krampjes, reflux of tandjes, ' +
      'en naar veiligheid, zoals olie, vaccinaties, pasgeborenen, hoe lang of hoe vaak je masseert, of wanneer beter niet.',
    notMedicalAdvice: `Dit is geen medisch advies: vraag ${words.healthProfessional}.`,
    carryOn: 'Zullen we verdergaan met de massage?',
    carryOnVariants: ['Klaar om verder te gaan?', 'Zullen we terug naar de massage?'],
    startOffer: 'Wil je een massage beginnen?',
    routineOffer: 'Wil je {routine} proberen?',
    topicNames: TOPIC_NAMES,
    nearestOffer: 'Op precies die vraag heb ik geen antwoord. Het dichtst in de buurt komt wat ik weet over {topic}. Wil je dat horen?',
  };
  return asked;
}

/** What each topic is called in a sentence ("Het dichtst in de buurt komt wat ik weet over olie"). */
const TOPIC_NAMES: Questions['topicNames'] = {
  sleep: 'massage en slapen',
  bonding: 'massage en hechting',
  relaxation: 'massage en een rustigere baby',
  digestion: 'massage bij krampjes en lucht',
  reflux: 'massage en reflux',
  teething: 'massage bij doorkomende tandjes',
  breathing: 'massage en ademhaling',
  immunity: 'massage en de afweer',
  brain: 'massage en de ontwikkeling van je baby',
  growth: 'massage en aankomen in gewicht',
  awareness: 'massage en lichaamsbesef',
  circulation: 'massage en de bloedsomloop',
  autonomy: 'eerst je baby vragen',
  'when-not': 'wanneer je beter niet masseert',
  vaccinations: 'massage en vaccinaties',
  feeding: 'massage en voedingen',
  oil: 'olie',
  'how-long': 'hoe lang je masseert',
  'how-often': 'hoe vaak je masseert',
  sleeping: 'een slaperige of slapende baby',
  age: 'tot welke leeftijd je masseert',
  newborn: 'een pasgeborene masseren',
  premature: 'te vroeg geboren baby’s',
  crying: 'een baby die huilt of het niet fijn vindt',
  others: 'wie er nog meer kan masseren',
  bath: 'massage en het badje',
  setting: 'de kamer en je handen klaarmaken',
  pressure: 'hoe stevig je drukt',
  hips: 'heupjes en heupdysplasie',
  skin: 'droge huid, uitslag en eczeem',
  'soft-spot': 'de fontanel',
  hernia: 'een navelbreukje',
  postnatal: 'hoe je je voelt na de bevalling',
};
