import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { PaceChange } from '../../../lambda/routine/pace';
import { DutchVocabulary } from '../../../lambda/content/nl/vocabulary';
import { PACE_SLOT_TYPE } from '../baby-intents';
import { IntentSource, SlotTypeSource } from '../types';
import { around, pronouns } from './fillers';

/** How parents name the baby besides "ze" and "hij". */
const BABY = ['de baby', 'mijn baby', 'de kleine', 'ons kindje', 'mijn kleintje'];

/**
 * What Dutch parents say about the baby mid-massage, and how they ask for a different pace. Each
 * statement is its own intent, so each gets its own answer.
 */
export const babyIntents: readonly IntentSource<DutchVocabulary>[] = [
  {
    name: IntentName.BabyAsleep,
    samples: () => [
      ...pronouns((s) => [`${s} slaapt`, `${s} slaapt al`, `${s} is in slaap gevallen`, `${s} is ingeslapen`, `${s} is weggedommeld`, `${s} is ingedut`, `${s} ligt te slapen`, `${s} is in slaap`, `${s} valt in slaap`, `${s} is vertrokken`, `${s} is onder zeil`, `${s} slaapt nu`, `${s} is net in slaap gevallen`]),
      ...BABY.flatMap((b) => [`${b} slaapt`, `${b} is in slaap gevallen`, `${b} slaapt al`]),
    ],
  },
  {
    name: IntentName.BabyUpset,
    samples: () => [
      ...pronouns((s, _o, p) => [`${s} huilt`, `${s} is aan het huilen`, `${s} moet huilen`, `${s} begint te huilen`, `${s} huilt heel hard`, `${s} huilt weer`, `${s} is overstuur`, `${s} is echt overstuur`, `${s} is boos`, `${s} krijst`, `${s} jengelt`, `${s} is aan het jengelen`, `${s} dreint`, `${s} is aan het dreinen`, `${s} is chagrijnig`, `${s} is onrustig`, `${s} wordt onrustig`, `${s} is huilerig`, `${s} zet het op een brullen`, `${s} krijgt tandjes`, `${s} is tandjes aan het krijgen`, `${s} heeft last van ${p} tandjes`, `${s} zit op ${p} handjes te kauwen`, `${s} kauwt op ${p} handjes`, `${s} kwijlt`, `${s} kwijlt heel erg`]),
      ...BABY.flatMap((b) => [`${b} huilt`, `${b} is overstuur`, `${b} krijgt tandjes`]),
    ],
  },
  {
    name: IntentName.BabyNeeds,
    samples: (words) => [
      ...pronouns((s, o, p) => [
        `ik moet ${p} ${words.nappy} verschonen`, `ik moet ${o} even verschonen`, `ik moet ${o} verschonen`, `${s} moet verschoond worden`, `${s} heeft een vieze ${words.nappy}`, `${s} heeft een volle ${words.nappy}`, `${s} heeft gepoept`, `${s} heeft geplast`, `${s} plast`, `${s} plast op de handdoek`, `${s} heeft op de handdoek geplast`, `${s} poept`, `${s} heeft honger`, `${s} wil drinken`, `${s} wil de fles`, `${s} wil aan de borst`, `${s} zoekt de borst`, `${s} heeft dorst`, `ik moet ${o} even voeden`, `ik moet ${o} voeden`, `ik moet ${o} de fles geven`, `${s} spuugt`, `${s} heeft gespuugd`, `${s} heeft overgegeven`, `${s} geeft over`, `${s} heeft op me gespuugd`, `${s} heeft op me geplast`, `${s} spuugt melk`,
      ]),
      `een schone ${words.nappy}`, `${words.nappy} verschonen`, `ik moet de ${words.nappy} verschonen`, `de ${words.nappy} moet verschoond worden`, 'tijd voor de fles', 'tijd voor een voeding', 'ik moet even voeden',
      ...BABY.flatMap((b) => [`${b} heeft honger`, `${b} spuugt`, `${b} heeft gepoept`]),
    ],
  },
  {
    name: IntentName.BabyUnwell,
    samples: (words) => [
      ...pronouns((s, _o, p) => [
        `${s} is ziek`, `${s} is niet lekker`, `${s} is een beetje ziek`, `${s} voelt zich niet lekker`, `${s} is verkouden`, `${s} heeft koorts`, `${s} heeft verhoging`, `${s} voelt warm aan`, `${s} is gloeiend heet`, `${s} heeft uitslag`, `${s} heeft eczeem`, `${s} heeft diarree`, `${s} hoest`, `${s} ziet geel`, `${s} is geel`, `${s} heeft een snotneus`,
        `${s} heeft vandaag ${p} ${words.jabs} gehad`, `${s} heeft vandaag ${p} ${words.jabs}jes gehad`, `${s} heeft gisteren ${p} ${words.jabs} gehad`, `${s} heeft net ${p} ${words.jabs} gehad`, `${s} is vandaag ingeënt`, `${s} is gisteren ingeënt`, `${s} heeft vandaag ${p} ${words.vaccinations} gehad`, `${s} heeft gisteren ${p} ${words.vaccinations} gehad`, `${s} heeft vandaag een ${words.jabs} gehad`,
      ]),
      ...BABY.flatMap((b) => [`${b} is ziek`, `${b} heeft koorts`, `${b} is verkouden`, `${b} heeft vandaag een ${words.jabs} gehad`]),
    ],
  },
  {
    name: IntentName.BabyDislikes,
    samples: () => [
      ...pronouns((s, _o, p) => [`${s} vindt het niet fijn`, `${s} vindt het niet leuk`, `${s} vindt dit niet fijn`, `${s} vindt dit niet leuk`, `${s} wil het niet`, `${s} haat het`, `${s} draait ${p} hoofd weg`, `${s} draait ${p} hoofdje weg`, `${s} kijkt weg`, `${s} draait weg`, `${s} blijft wegdraaien`, `${s} trekt ${p} rug hol`, `${s} wordt rood`, `${s} wordt bleek`, `${s} wordt vlekkerig`, `${s} wordt helemaal vlekkerig`, `${s} maakt vuistjes`, `${s} duwt mijn hand weg`, `${s} heeft de hik`, `${s} hikt`, `${s} heeft de hik gekregen`, `${s} moet niezen`, `${s} niest`, `${s} niest steeds`, `${s} lijkt het niet fijn te vinden`, `${s} geniet er niet van`]),
      ...BABY.flatMap((b) => [`${b} vindt het niet fijn`, `${b} heeft de hik`]),
      'ik denk dat ze het niet fijn vindt', 'ik denk dat hij het niet fijn vindt',
    ],
  },
  {
    name: IntentName.BabyHappy,
    samples: () => [
      ...pronouns((s) => [`${s} lacht`, `${s} lacht naar me`, `${s} moet lachen`, `${s} glimlacht`, `${s} vindt het fijn`, `${s} vindt het leuk`, `${s} vindt het heerlijk`, `${s} geniet`, `${s} geniet ervan`, `${s} geniet echt`, `${s} ligt te kirren`, `${s} kirt`, `${s} brabbelt`, `${s} ligt te brabbelen`, `${s} is blij`, `${s} is zo blij`, `${s} is rustig`, `${s} is ontspannen`, `${s} is lekker rustig`, `${s} ligt heerlijk`, `${s} pakt mijn vinger vast`, `${s} pakt mijn vinger`, `${s} houdt mijn vinger vast`, `${s} houdt mijn duim vast`, `${s} houdt mijn hand vast`, `${s} kijkt me aan`, `${s} giechelt`, `${s} vindt het echt fijn`]),
      ...BABY.flatMap((b) => [`${b} lacht`, `${b} vindt het fijn`, `${b} geniet`]),
      'ik denk dat ze het fijn vindt', 'ik denk dat hij het fijn vindt',
    ],
  },
  {
    name: IntentName.BabyWind,
    samples: () => [
      ...pronouns((s, _o, p) => [`${s} heeft krampjes`, `${s} heeft darmkrampjes`, `${s} heeft buikkrampjes`, `${s} heeft last van krampjes`, `${s} is een krampjesbaby`, `${s} zit vol lucht`, `${s} heeft lucht`, `${s} heeft veel lucht`, `${s} laat windjes`, `${s} laat steeds windjes`, `${s} heeft buikpijn`, `${s} heeft last van ${p} buik`, `${s} heeft last van ${p} buikje`, `${s} is verstopt`, `${s} kan niet poepen`, `${s} heeft een harde buik`, `${s} moet boeren`]),
      ...BABY.flatMap((b) => [`${b} heeft krampjes`, `${b} zit vol lucht`]),
      'ik denk dat ze krampjes heeft', 'ik denk dat hij krampjes heeft',
    ],
  },
  {
    name: IntentName.BabySleepy,
    samples: () => [
      ...pronouns((s, _o, p) => [`${s} wordt moe`, `${s} is moe`, `${s} wordt slaperig`, `${s} is slaperig`, `${s} gaapt`, `${s} gaapt steeds`, `${s} moet gapen`, `${s} wrijft in ${p} oogjes`, `${s} wrijft in ${p} ogen`, `${s} wordt doezelig`, `${s} is doezelig`, `${s} valt bijna in slaap`, `${s} is bijna in slaap`, `${s} is op`, `${s} heeft een dutje nodig`, `${s} krijgt slaap`]),
      ...BABY.flatMap((b) => [`${b} wordt moe`, `${b} is moe`]),
    ],
  },
  {
    name: IntentName.Thanks,
    samples: () =>
      around(['dank je', 'dankjewel', 'dank je wel', 'dank u', 'dank u wel', 'bedankt', 'heel erg bedankt', 'super bedankt', 'top bedankt', 'merci', 'dankje', 'bedankt hoor', 'fijn dank je', 'lief dank je', 'dank je wel dat was fijn', 'dankjewel dat was fijn', 'bedankt dat was fijn', 'dat was fijn dank je', 'dat was heerlijk bedankt', 'dat was fijn bedankt', 'dank je wel dat was heerlijk']),
  },
  {
    name: IntentName.Pace,
    slots: [{ name: SlotName.Pace, type: PACE_SLOT_TYPE }],
    samples: () =>
      around(['{pace}', '{pace} graag', 'wat {pace}', 'iets {pace}', 'een beetje {pace}', 'kun je wat {pace}', 'kun je iets {pace}', 'kun je {pace} praten', 'kun je wat {pace} praten', 'kun je wat {pace} gaan', 'kan het wat {pace}', 'praat {pace}', 'praat wat {pace}', 'ga {pace}', 'ga wat {pace}', 'je praat {pace}', 'je gaat {pace}', 'het gaat {pace}', 'je praat wat {pace}', 'je gaat wat {pace}', 'mag het wat {pace}', 'graag {pace}', 'ik wil {pace}', 'zet op {pace}', 'terug naar {pace}', 'doe maar {pace}', 'liever {pace}', 'wat {pace} graag']),
  },
  {
    name: IntentName.Statement,
    slots: [{ name: SlotName.Statement, type: 'AMAZON.SearchQuery' }],
    samples: () => STATEMENT_CARRIERS.map((carrier) => `${carrier} {statement}`),
  },
];

const PACE_VALUES: Readonly<Record<PaceChange, { name: string; synonyms: string[] }>> = {
  slower: { name: 'langzamer', synonyms: ['langzaam', 'trager', 'rustiger', 'minder snel', 'te snel', 'te vlug', 'te hard', 'langzamer praten', 'niet zo snel', 'rustig aan', 'kalmer', 'wat rustiger', 'wat langzamer'] },
  faster: { name: 'sneller', synonyms: ['vlugger', 'te langzaam', 'te traag', 'tempo omhoog', 'sneller praten', 'vlotter', 'iets vlotter', 'opschieten', 'wat sneller', 'sneller graag'] },
  'longer-pauses': { name: 'langere pauzes', synonyms: ['meer tijd', 'langere pauze', 'meer tijd per streek', 'meer tijd voor elke streek', 'meer oefentijd', 'langer wachten', 'meer tijd tussen de streken', 'langere stiltes'] },
  'shorter-pauses': { name: 'kortere pauzes', synonyms: ['minder tijd', 'kortere pauze', 'korter wachten', 'minder wachten', 'minder tijd tussen de streken', 'kortere stiltes'] },
  brief: { name: 'minder praten', synonyms: ['korte versie', 'minder uitleg', 'alleen de namen', 'alleen de namen van de streken', 'stille modus', 'praat minder', 'te veel', 'te veel gepraat', 'korter', 'minder woorden'] },
  detail: { name: 'meer uitleg', synonyms: ['meer details', 'meer detail', 'uitgebreid', 'uitgebreider', 'meer vertellen', 'meer instructies', 'volledige uitleg', 'meer praten', 'meer tekst'] },
  normal: { name: 'gewoon tempo', synonyms: ['normaal', 'normaal tempo', 'normale snelheid', 'gewone snelheid', 'zoals eerst', 'standaard', 'het gewone tempo', 'gewone tempo', 'normale tempo', 'terug naar normaal'] },
};

export const babySlotTypes: readonly SlotTypeSource<DutchVocabulary>[] = [{ name: PACE_SLOT_TYPE, values: () => Object.entries(PACE_VALUES).map(([id, v]) => ({ id, ...v })) }];

/** How parents start saying something about the baby: the words before it (the classifier reads the rest). */
const WHO = ['ze', 'hij', ...BABY];
const STATEMENT_CARRIERS = [
  ...WHO.flatMap((who) => ['', ' is', ' heeft', ' ligt', ' wordt', ' zit', ' blijft', ' moet', ' wil', ' gaat', ' is aan het', ' is net', ' heeft net', ' is weer', ' heeft weer'].map((verb) => `${who}${verb}`)),
  ...['wacht even', 'wacht', 'sorry', 'oh', 'oei', 'oeps', 'o jee', 'oh nee', 'ah', 'kijk', 'nou', 'ja', 'oké', 'momentje', 'pauze', 'stop even', 'help'].flatMap((lead) => ['ze', 'hij', 'de baby', 'ze is', 'hij is', 'ze heeft', 'hij heeft'].map((who) => `${lead} ${who}`)),
  'ik moet', 'ik moet even', 'ik denk dat ze', 'ik denk dat hij', 'volgens mij is ze', 'volgens mij is hij', 'volgens mij heeft ze', 'volgens mij heeft hij', 'ik geloof dat ze', 'ik geloof dat hij', 'het lijkt of ze', 'het lijkt of hij',
];
