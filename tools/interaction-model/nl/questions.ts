import { IntentName, SlotName } from '../../../lambda/alexa/intents';
import { DutchVocabulary } from '../../../lambda/content/nl/vocabulary';
import { BENEFIT_SLOT_TYPE, BenefitTopic, SAFETY_SLOT_TYPE, SafetyTopic } from '../../../lambda/content/topics';
import { IntentSource, SlotTypeSource } from '../types';

/**
 * Questions Dutch parents ask aloud, mid-massage or not. The slot's words map to the topic ids the
 * handlers answer; words Alexa cannot resolve still reach the skill, whose own classifier
 * (content/nl/understanding.ts) finds the topic. Dutch asks in main-clause order ("welke olie moet ik
 * gebruiken") and, after "vraag baby massage", in subordinate order ("welke olie ik moet gebruiken").
 */
export const questionIntents: readonly IntentSource<DutchVocabulary>[] = [
  {
    name: IntentName.Benefits,
    slots: [{ name: SlotName.Topic, type: BENEFIT_SLOT_TYPE }],
    samples: () => [
      ...['het', 'massage', 'babymassage'].flatMap((what) => [`helpt ${what} bij {topic}`, `helpt ${what} tegen {topic}`, `helpt ${what} voor {topic}`, `helpt ${what} om {topic}`, `helpt ${what} met {topic}`, `werkt ${what} bij {topic}`, `werkt ${what} tegen {topic}`, `is ${what} goed voor {topic}`, `verbetert ${what} {topic}`, `wat doet ${what} voor {topic}`, `wat doet ${what} met {topic}`, `of ${what} helpt bij {topic}`, `of ${what} helpt tegen {topic}`, `of ${what} goed is voor {topic}`]),
      'helpt het als ze {topic}', 'helpt het als hij {topic}', 'helpt het als mijn baby {topic}', 'helpt massage als ze {topic}', 'helpt massage als hij {topic}', 'is het goed voor haar {topic}', 'is het goed voor zijn {topic}', 'wordt ze er {topic} van', 'wordt hij er {topic} van', 'wordt mijn baby er {topic} van', 'krijgt ze er {topic} van', 'krijgt hij er {topic} van', 'is er bewijs voor {topic}', 'wat zegt het onderzoek over {topic}', 'hoe zit het met {topic}', 'en {topic}', 'wat is het nut van {topic}', 'waarom vraag ik om {topic}', 'waarom vragen we om {topic}', 'waarom moet ik om {topic} vragen', 'waarom {topic}', 'ik heb gehoord dat massage helpt bij {topic}', 'ik heb gehoord dat het helpt bij {topic}',
      'wat zijn de voordelen', 'wat zijn de voordelen van babymassage', 'wat zijn de voordelen van massage', 'wat heeft babymassage voor zin', 'wat heeft het voor zin', 'heeft het zin', 'heeft babymassage zin', 'werkt babymassage echt', 'werkt het echt', 'werkt het eigenlijk', 'werkt massage echt', 'waar is babymassage goed voor', 'waar is massage goed voor', 'waar is het goed voor', 'wat levert het op', 'wat levert babymassage op', 'wat heb je eraan', 'is het bewezen', 'is er bewijs dat het werkt', 'wat zegt het onderzoek', 'wat is het nut van babymassage', 'waarom babymassage', 'waarom zou ik mijn baby masseren', 'waarom is massage goed voor baby’s'.replace('’', "'"), 'wat doet babymassage', 'wat doet massage voor mijn baby', 'wat doet het voor mijn baby', 'is babymassage goed voor mijn baby', 'is massage goed voor baby\'s',
    ],
  },
  {
    name: IntentName.Safety,
    slots: [{ name: SlotName.Topic, type: SAFETY_SLOT_TYPE }],
    samples: () => [
      ...['moet ik', 'kan ik', 'mag ik', 'zal ik'].flatMap((may) => [`welke {topic} ${may} gebruiken`, `wat voor {topic} ${may} gebruiken`, `welke {topic} ${may} nemen`]),
      'welke {topic} ik moet gebruiken', 'welke {topic} ik kan gebruiken', 'welke {topic} ik het beste kan gebruiken', 'wat voor {topic} ik moet gebruiken', 'welke {topic} is het beste', 'welke {topic} is het best', 'wat is de beste {topic}', 'wat is de beste {topic} voor babymassage', 'welke {topic} is goed', 'welke {topic} is veilig',
      'mag ik {topic} gebruiken', 'kan ik {topic} gebruiken', 'kan ik {topic} nemen', 'mag ik {topic} nemen', 'moet ik {topic} gebruiken', 'heb ik {topic} nodig', 'is {topic} goed', 'is {topic} veilig', 'is {topic} oké', 'is {topic} goed voor baby\'s', 'mag er {topic} op', 'kan er {topic} op', 'kan het ook {topic}', 'mag het ook {topic}', 'hoeveel {topic} moet ik gebruiken',
      ...['ik', 'je', 'we'].flatMap((who) => [`hoe {topic} moet ${who} masseren`, `hoe {topic} mag ${who} masseren`, `hoe {topic} kan ${who} masseren`, `hoe {topic} moet ${who} het doen`, `hoe {topic} moet ${who} drukken`]),
      'hoe {topic} moet een massage duren', 'hoe {topic} duurt een massage', 'hoe {topic} moet het zijn', 'hoe {topic} moet de massage zijn', 'hoe {topic} moet mijn aanraking zijn', 'hoe {topic} per week', 'hoe {topic} per dag', 'hoeveel {topic} moet ik masseren', 'hoeveel {topic} per dag', 'hoeveel {topic} moet een massage duren', 'hoe {topic} ik moet masseren', 'hoe {topic} ik mag masseren',
      'mag het {topic}', 'kan het {topic}', 'mag ik masseren {topic}', 'kan ik masseren {topic}', 'mag ik {topic} masseren', 'kan ik {topic} masseren', 'mag je {topic} masseren', 'kun je {topic} masseren', 'kan je {topic} masseren', 'is het veilig om {topic} te masseren', 'mag ik haar {topic} masseren', 'mag ik hem {topic} masseren', 'mag ik mijn baby {topic} masseren', 'is het oké om {topic} te masseren', 'of ik {topic} mag masseren', 'of ik mag masseren {topic}',
      'vanaf welke {topic} mag je masseren', 'vanaf welke {topic} kan ik masseren', 'vanaf welke {topic} mag ik beginnen', 'vanaf welke {topic}', 'tot welke {topic} kun je masseren', 'tot welke {topic} mag je masseren', 'tot hoe {topic} kun je masseren', 'tot hoe {topic} mag je masseren', 'tot hoe {topic} kan ik masseren', 'vanaf hoe {topic} mag je masseren', 'wanneer kan ik {topic}', 'wanneer mag ik {topic}', 'wanneer mag je {topic}', 'wanneer moet ik {topic}', 'wanneer kun je {topic}',
      'hoe lang na {topic} moet ik wachten', 'hoe lang na {topic} mag ik masseren', 'hoe lang na {topic} kan ik masseren', 'hoe lang moet ik wachten na {topic}', 'hoe snel na {topic} mag ik masseren', 'voor of na {topic}', 'masseren voor of na {topic}', 'is het beter voor of na {topic}', 'is het beter na {topic}', 'is het beter voor {topic}',
      'wat als ze {topic}', 'wat als hij {topic}', 'wat als mijn baby {topic}', 'wat moet ik doen als ze {topic}', 'wat moet ik doen als hij {topic}', 'wat moet ik doen als mijn baby {topic}', 'wat doe ik als ze {topic}', 'wat doe ik als hij {topic}', 'wat doe je als je baby {topic}',
      'mag {topic} het ook doen', 'kan {topic} het ook doen', 'kan {topic} het ook', 'mag {topic} het ook', 'mag {topic} masseren', 'kan {topic} masseren', 'mag {topic} het doen', 'kan {topic} helpen', 'mag {topic} helpen', 'kan {topic} de baby masseren', 'mag {topic} mijn baby masseren',
      'hoe warm moet {topic} zijn', 'waar leg ik {topic}', 'moet ik {topic} afdoen', 'moet ik {topic} uitdoen', 'moet ik {topic} uittrekken', 'druk ik niet te {topic}', 'druk ik te {topic}', 'is dit te {topic}', 'kan ik haar {topic} doen', 'kan ik hem {topic} doen', 'kan ik mijn baby {topic} doen', 'kan het {topic} doen', 'kan het kwaad {topic}',
      'wat moet ik met {topic}', 'mag ik {topic} aanraken', 'mag ik aan {topic} komen', 'mag ik over {topic} masseren', 'mag ik over {topic} heen', 'mag ik bij {topic} masseren', 'wat doe ik met {topic}',
      'is babymassage veilig', 'is massage veilig', 'is het veilig', 'is de massage veilig', 'is babymassage veilig voor mijn baby', 'is het gevaarlijk', 'kan het kwaad', 'waar moet ik op letten', 'wat moet ik weten over veiligheid',
    ],
  },
  {
    name: IntentName.Question,
    slots: [{ name: SlotName.Question, type: 'AMAZON.SearchQuery' }],
    samples: () => [
      ...[...QUESTION_CARRIERS, ...QUESTION_HEADS.flatMap((head) => QUESTION_CARRIERS.map((carrier) => `${head} ${carrier}`))].map((carrier) => `${carrier} {question}`),
      ...QUESTION_TAILS.map((tail) => `{question} ${tail}`),
    ],
  },
];

type Values<T extends string> = readonly { readonly id: T; readonly name: string; readonly synonyms: readonly string[] }[];

const BENEFIT_VALUES: Values<BenefitTopic> = [
  { id: 'sleep', name: 'slapen', synonyms: ['slaap', 'beter slapen', 'beter te slapen', 'beter slapen', 'doorslapen', 'het doorslapen', 'inslapen', 'in slaap vallen', 'in slaap komen', 'in slaap te komen', 'de nachten', 'de nacht', 'slaapproblemen', 'dutjes', 'bedtijd', 'het slapengaan', 'langer slapen', 'beter'] },
  { id: 'bonding', name: 'hechting', synonyms: ['band', 'de band met mijn baby', 'de band met de baby', 'binding', 'verbinding', 'contact', 'nabijheid', 'onze relatie', 'zelfvertrouwen', 'quality time', 'hechten'] },
  { id: 'relaxation', name: 'ontspanning', synonyms: ['ontspannen', 'rust', 'rustiger', 'rustig', 'stress', 'onrust', 'huilen', 'kalmeren', 'stresshormonen', 'oxytocine', 'endorfine', 'spanning', 'minder huilen'] },
  { id: 'digestion', name: 'krampjes', synonyms: ['darmkrampjes', 'buikkrampjes', 'kramp', 'buikpijn', 'lucht', 'windjes', 'darmen', 'spijsvertering', 'verstopping', 'obstipatie', 'verstopt is', 'verstopt', 'poepen', 'boertjes', 'een opgeblazen buik', 'krampjesbaby', 'huilbaby', 'buikje'] },
  { id: 'reflux', name: 'reflux', synonyms: ['spugen', 'veel spugen', 'zuurbranden', 'stille reflux', 'overgeven', 'spuugbaby', 'terugvloeien'] },
  { id: 'teething', name: 'tandjes', synonyms: ['doorkomende tandjes', 'het doorkomen van tandjes', 'het doorkomen van de tandjes', 'tandjes krijgen', 'tandjes krijgt', 'tanden', 'tandvlees', 'pijnlijk tandvlees', 'een verstopte neus', 'verstopte neus', 'snotneus', 'een snotneus', 'verkoudheid', 'bijholtes'] },
  { id: 'breathing', name: 'ademhaling', synonyms: ['ademen', 'astma', 'beter ademen', 'longen'] },
  { id: 'immunity', name: 'afweer', synonyms: ['weerstand', 'immuunsysteem', 'minder snel ziek', 'minder ziek', 'ziek worden', 'infecties', 'gezond blijven'] },
  { id: 'brain', name: 'hersenontwikkeling', synonyms: ['hersenen', 'de ontwikkeling van de hersenen', 'ontwikkeling', 'zenuwstelsel', 'leren', 'intelligentie', 'slimmer', 'slim', 'hersentjes'] },
  { id: 'growth', name: 'groei', synonyms: ['groeien', 'gewicht', 'aankomen', 'gewichtstoename', 'spieren', 'spierspanning', 'sterker', 'beter groeien', 'zwaarder'] },
  { id: 'awareness', name: 'lichaamsbesef', synonyms: ['lichaamsbewustzijn', 'coördinatie', 'evenwicht', 'zintuigen', 'motoriek', 'taal', 'eerste woordjes', 'kruipen'] },
  { id: 'circulation', name: 'bloedsomloop', synonyms: ['doorbloeding', 'bloedcirculatie', 'circulatie', 'zuurstof'] },
  { id: 'autonomy', name: 'toestemming', synonyms: ['toestemming vragen', 'respect', 'nee zeggen', 'zelfbeschikking', 'eigen lijf'] },
];

const SAFETY_VALUES: Values<SafetyTopic> = [
  { id: 'when-not', name: 'wanneer niet', synonyms: ['niet masseren', 'beter niet', 'niet', 'als ze ziek is', 'als hij ziek is', 'als ze koorts heeft', 'als hij koorts heeft', 'als ze verkouden is', 'als hij verkouden is', 'als ze uitslag heeft', 'als hij uitslag heeft', 'als ze geel is', 'als hij geel is', 'met koorts', 'bij koorts', 'met verkoudheid', 'bij diarree', 'bij geelzucht', 'ziek', 'koorts', 'geelzucht', 'diarree', 'verkouden'] },
  { id: 'vaccinations', name: 'vaccinaties', synonyms: ['vaccinatie', 'de vaccinaties', 'na de vaccinaties', 'inentingen', 'de inentingen', 'na de inentingen', 'na het consultatiebureau met de inentingen', 'prik', 'de prik', 'na de prik', 'een prik', 'prikjes', 'de prikjes', 'na de prikjes', 'na een prik', 'na vaccinaties'] },
  { id: 'feeding', name: 'voeding', synonyms: ['na de voeding', 'na een voeding', 'de voeding', 'het drinken', 'na het drinken', 'het eten', 'na het eten', 'de fles', 'na de fles', 'borstvoeding', 'na de borstvoeding', 'met een vol buikje', 'het beste moment', 'beste moment', 'tijdstip'] },
  { id: 'oil', name: 'olie', synonyms: ['oliën', 'massageolie', 'babyolie', 'gewone babyolie', 'olijfolie', 'kokosolie', 'zonnebloemolie', 'amandelolie', 'etherische olie', 'etherische oliën', 'minerale olie', 'arganolie', 'mosterdolie', 'lotion', 'bodylotion', 'crème', 'babycrème', 'zalf', 'vaseline', 'zonder olie', 'geen olie'] },
  { id: 'how-long', name: 'lang', synonyms: ['minuten', 'lang duren', 'lang moet het duren'] },
  { id: 'how-often', name: 'vaak', synonyms: ['vaak per dag', 'vaak per week', 'elke dag', 'iedere dag', 'dagelijks', 'twee keer per dag', 'een keer per dag', 'keer'] },
  { id: 'sleeping', name: 'slapende baby', synonyms: ['als ze slaapt', 'als hij slaapt', 'terwijl ze slaapt', 'terwijl hij slaapt', 'in slaap valt', 'in slaap valt tijdens de massage', 'slaapt', 'als de baby slaapt', 'een slapende baby'] },
  { id: 'age', name: 'leeftijd', synonyms: ['oud', 'maanden', 'weken', 'beginnen', 'beginnen met babymassage', 'beginnen met masseren', 'stoppen met masseren', 'starten', 'peuters', 'een peuter', 'een dreumes', 'een oudere baby'] },
  { id: 'newborn', name: 'pasgeborene', synonyms: ['pasgeborenen', 'pasgeboren baby', 'een pasgeboren baby', 'een pasgeborene', 'een baby van een week', 'een baby van twee weken', 'een heel jonge baby', 'een heel kleine baby', 'de navelstomp'] },
  { id: 'premature', name: 'prematuur', synonyms: ['premature baby', 'een premature baby', 'prematuurtje', 'een prematuurtje', 'te vroeg geboren baby', 'een te vroeg geboren baby', 'vroeggeboren baby', 'een couveusekind'] },
  { id: 'crying', name: 'huilt', synonyms: ['huilt tijdens de massage', 'het niet fijn vindt', 'het niet leuk vindt', 'het haat', 'wegdraait', 'overstuur raakt', 'boos wordt', 'krijst', 'de rug hol trekt', 'niet wil', 'nee zegt', 'wegrolt', 'wegkruipt', 'begint te huilen'] },
  { id: 'others', name: 'iemand anders', synonyms: ['papa', 'vader', 'de vader', 'mijn man', 'mijn vrouw', 'mijn partner', 'mijn vriend', 'mijn vriendin', 'oma', 'opa', 'opa en oma', 'de grootouders', 'de oppas', 'oppas', 'de gastouder', 'zijn grote zus', 'haar grote zus', 'zijn grote broer', 'haar grote broer', 'grote zus', 'grote broer', 'broertje', 'zusje', 'de kraamverzorgster', 'mijn schoonmoeder', 'mama', 'de moeder'] },
  { id: 'setting', name: 'voorbereiding', synonyms: ['de kamer', 'de temperatuur', 'kamertemperatuur', 'een warme kamer', 'op de commode', 'de commode', 'op het aankleedkussen', 'op bed', 'op de grond', 'op de bank', 'haar het beste neer', 'hem het beste neer', 'mijn baby het beste neer', 'mijn ring', 'mijn ringen', 'ringen', 'sieraden', 'mijn sieraden', 'een handdoek', 'de kleertjes', 'uitkleden'] },
  { id: 'bath', name: 'bad', synonyms: ['het bad', 'het badje', 'badje', 'badderen', 'het badderen', 'na het bad', 'na het badje', 'voor het bad', 'in bad'] },
  { id: 'pressure', name: 'druk', synonyms: ['hard', 'stevig', 'zacht', 'pijn', 'hoe hard', 'te hard', 'te zacht', 'te stevig', 'veel druk'] },
  { id: 'hips', name: 'heupen', synonyms: ['heupjes', 'heup', 'heupdysplasie', 'dysplasie', 'een spreidbroek', 'spreidbroek', 'een heupbeugel', 'de heupjes', 'haar heupjes', 'zijn heupjes'] },
  { id: 'skin', name: 'huid', synonyms: ['eczeem', 'droge huid', 'een droge huid', 'uitslag', 'berg', 'met berg', 'met berg op zijn hoofdje', 'met berg op haar hoofdje', 'gevoelige huid', 'puistjes', 'droge plekjes', 'luieruitslag', 'haar huid', 'zijn huid', 'huidje'] },
  { id: 'soft-spot', name: 'fontanel', synonyms: ['de fontanel', 'zachte plek', 'de zachte plek', 'het zachte plekje', 'hoofdje', 'het hoofdje', 'zijn hoofdje', 'haar hoofdje', 'het hoofd'] },
  { id: 'hernia', name: 'navelbreuk', synonyms: ['een navelbreuk', 'navelbreukje', 'een navelbreukje', 'navel', 'de navel', 'het navelgebied'] },
  { id: 'postnatal', name: 'postnatale depressie', synonyms: ['depressie', 'somberheid', 'kraamtranen', 'baby blues', 'mijn stemming', 'angst', 'me somber voelen', 'mijn mentale gezondheid'] },
];

export const questionSlotTypes: readonly SlotTypeSource<DutchVocabulary>[] = [
  { name: BENEFIT_SLOT_TYPE, values: () => withArticles(BENEFIT_VALUES) },
  { name: SAFETY_SLOT_TYPE, values: () => withArticles(SAFETY_VALUES) },
];

/** Parents say "de afweer", "zijn ademhaling", "haar heupjes": each value also answers after de, het, een, zijn, haar, mijn. */
function withArticles<T extends string>(values: Values<T>): Values<T> {
  return values.map((value) => {
    const words = [value.name, ...value.synonyms];
    const articled = words.filter((w) => !/^(de|het|een|zijn|haar|mijn|met|als|na|voor|op|in|bij)\b/.test(w) && w.split(' ').length <= 2).flatMap((w) => ['de', 'het', 'een', 'zijn', 'haar', 'mijn'].map((article) => `${article} ${w}`));
    const synonyms = [...new Set([...value.synonyms, ...articled])].filter((w) => w !== value.name);
    return { ...value, synonyms };
  });
}

/** How Dutch parents start a question in their own words: the words before it (the classifier reads the rest). */
const QUESTION_CARRIERS = [
  'mag ik', 'mag je', 'mag mijn', 'mag de', 'mag dat', 'kan ik', 'kun je', 'kan je', 'kunnen we', 'kan mijn', 'kan de', 'moet ik', 'moet je', 'is het', 'is het goed', 'is het erg', 'is het normaal', 'is het oké', 'is het slim', 'hoe', 'hoe moet ik', 'hoe kan ik', 'hoe doe ik', 'wat als', 'wat moet ik doen als', 'wat doe ik als', 'welke', 'wanneer', 'waar', 'wie', 'werkt het', 'ik voel me', 'ik zit', 'ik ben zo', 'ik ben heel', 'ik heb een vraag', 'vraagje', 'ik vroeg me af', 'vertel eens', 'wat met', 'en wat met', 'komt ze', 'komt hij', 'groeit ze', 'groeit hij', 'slaapt ze', 'slaapt hij', 'wordt ze', 'wordt hij', 'is', 'zijn', 'heeft', 'doet', 'kan', 'mag', 'moet', 'zou ik', 'zou het', 'heb ik', 'is er', 'zijn er', 'ik heb gehoord dat', 'klopt het dat', 'is het waar dat', 'wat vind je van', 'wat weet je over',
];
/** Said before a question's carrier: "oké, mag ik olijfolie gebruiken?", "en kan papa het ook?" */
const QUESTION_HEADS = ['oké', 'en', 'zeg', 'nou', 'oh', 'ook', 'nog een vraag', 'even een vraag', 'trouwens'];

/** Questions that end with their carrier: "ze heeft eczeem, mag dat?" */
const QUESTION_TAILS = [
  // "ze heeft net de fles gehad, kan dat?": longer than a statement's carrier ("ze heeft net"), so the question wins.
  'gehad mag dat', 'gehad kan dat', 'gehad is dat erg', 'gehad mag ik masseren', 'gehad mag ik haar masseren', 'gehad mag ik hem masseren', 'gehad kan ik masseren',
  'mag dat', 'mag dat al', 'mag dat wel', 'kan dat', 'kan dat wel', 'kan dat kwaad', 'is dat erg', 'is dat goed', 'is dat oké', 'is dat een probleem', 'mag ik masseren', 'mag ik dan masseren', 'mag ik nog masseren', 'mag ik haar masseren', 'mag ik hem masseren', 'kan ik haar masseren', 'kan ik hem masseren', 'mag ik de beentjes doen', 'mag ik het buikje doen', 'helpt massage daarbij', 'helpt massage daartegen', 'helpt massage', 'helpt dat', 'helpt babymassage', 'wat nu', 'wat moet ik doen', 'wat moet ik nu doen', 'van massage', 'van babymassage', 'door massage', 'kan ik nog masseren', 'kunnen we nog masseren', 'is massage dan goed',
];
