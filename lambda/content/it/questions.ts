import { Questions } from '../types';
import { classifiersFor } from '../understand';
import * as understanding from './understanding';
import { ItalianVocabulary } from './vocabulary';

/**
 * Answers to the questions parents ask aloud, graded by the evidence grades in lambda/content/topics.ts
 * and written in our own words:
 * - "la ricerca suggerisce" only where the grade is research (bonding, sleep, weight gain in premature
 *   babies in hospital, a parent's mood, the overview);
 * - elsewhere "ad alcuni genitori sembra", or plainly that there is little or no research;
 * - never that massage cures, treats or prevents anything;
 * - health answers end with the short not-medical-advice line (added by the handler).
 */
export function questions(words: ItalianVocabulary): Questions {
  const asked: Questions = {
    benefits: {
      sleep: {
        evidence: 'research',
        health: true,
        sentences: [
          'La ricerca suggerisce che il massaggio possa aiutare alcuni bimbi a dormire meglio.',
          'In un piccolo studio, un massaggio della mamma prima della nanna ha aiutato i bimbi a trovare prima il ritmo del giorno e della notte.',
          'Gli studi sono piccoli, ma un massaggio breve e tranquillo prima di dormire è una cosa dolce da provare.',
        ],
      },
      bonding: {
        evidence: 'research',
        health: true,
        sentences: [
          'È qui che la ricerca suggerisce che il massaggio aiuti di più: può farvi sentire più vicini, con più sguardi, sorrisi e chiacchiere.',
          'Negli studi, le mamme giù di morale interagivano con più calore con il loro bimbo, e i papà che lo massaggiano si sentivano più vicini e meno stressati.',
          'Ed è semplicemente un momento tranquillo insieme, per chiunque sia a casa.',
        ],
      },
      relaxation: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Ad alcuni genitori sembra che il bimbo sia più calmo e tranquillo dopo un massaggio.',
          "Qualche piccolo studio ha visto scendere gli ormoni dello stress subito dopo, ma le prove sono poche.",
          'La tua voce calma e il tuo tocco contano molto.',
        ],
      },
      digestion: {
        evidence: 'mixed',
        health: true,
        sentences: [
          "Ad alcuni genitori sembra che i movimenti in senso orario sulla pancia e le ginocchia alla pancia aiutino un bimbo con l'aria.",
          `Gli studi sulle coliche danno risultati diversi: in uno, il massaggio non ha aiutato più di un ${words.cot} che vibra piano, e sulla stitichezza nei neonati ci sono poche ricerche.`,
          'Il massaggio per le coliche qui dura circa nove minuti; subito dopo la poppata, lascia stare la pancia.',
        ],
      },
      reflux: {
        evidence: 'none',
        health: true,
        sentences: [
          'Nessuno studio ha esaminato il massaggio per il reflusso, quindi niente dice che aiuti.',
          'I rigurgiti sono comuni e di solito migliorano col tempo. Lascia i movimenti sulla pancia a ben dopo la poppata, e prova invece le gambe o la schiena.',
          'Se rigurgita tanto, sembra soffrire, o non cresce di peso, fallo controllare.',
        ],
      },
      teething: {
        evidence: 'none',
        health: true,
        sentences: [
          'Ci sono poche ricerche sul massaggio per i dentini o il naso chiuso.',
          'Ad alcuni genitori sembrano calmare dei cerchietti lungo la mandibola, o carezze leggere sulle guance; e massaggiare le gengive doloranti con un dito pulito è un conforto comune.',
        ],
      },
      breathing: {
        evidence: 'not-for-babies',
        health: true,
        sentences: [
          "Lo studio che si cita spesso riguardava bambini dai 4 ai 14 anni con l'asma, non neonati, quindi non ci dice niente sui più piccoli.",
          'Non ci sono ricerche che mostrino che il massaggio cambi il respiro di un neonato.',
        ],
      },
      immunity: {
        evidence: 'little',
        health: true,
        sentences: [
          'Ci sono poche ricerche su questo.',
          'Uno studio su bimbi prematuri in ospedale ha visto più attive alcune cellule delle difese immunitarie, ma quei bimbi non hanno avuto meno infezioni.',
          'Quindi non è qualcosa da aspettarsi dal massaggio.',
        ],
      },
      brain: {
        evidence: 'little',
        health: true,
        sentences: [
          "Ci sono poche ricerche su questo, e gli studi non hanno mostrato che il massaggio cambi l'apprendimento o lo sviluppo dei bimbi sani.",
          'Qualche piccolo studio su bimbi prematuri ha visto il cervello maturare più in fretta, ma è ben lontano da una prova.',
          'Le parole, le canzoni e gli sguardi che accompagnano il massaggio sono un bel regalo per ogni bimbo.',
        ],
      },
      growth: {
        evidence: 'research',
        health: true,
        sentences: [
          'Per un bimbo nato prima del termine, parlane con i medici che lo seguono prima di cominciare.',
          "La ricerca suggerisce un possibile beneficio solo per i bimbi prematuri: in alcuni studi in ospedale, i bimbi massaggiati prendevano peso un po' più in fretta e tornavano a casa prima.",
          'Per i bimbi sani a casa, ci sono poche ricerche che mostrino effetti sulla crescita o sul tono muscolare.',
        ],
      },
      awareness: {
        evidence: 'none',
        health: false,
        sentences: [
          'Non ci sono ricerche dirette sulla consapevolezza del corpo o sulla coordinazione.',
          'Ma se nomini ogni parte mentre massaggi, la tua gamba, i tuoi piedini, il tuo pancino, il massaggio diventa un bel momento di gioco e di prime parole.',
        ],
      },
      circulation: {
        evidence: 'none',
        health: true,
        sentences: [
          "Non ci sono studi sui neonati che mostrino che il massaggio migliori la circolazione o l'ossigenazione.",
          'Goditelo per la vicinanza e la calma che vi regala.',
        ],
      },
      autonomy: {
        evidence: 'value',
        health: false,
        sentences: [
          'Chiedere il permesso al bimbo, e aspettare la sua risposta, è il cuore del massaggio infantile.',
          "Se si gira o protesta, ti fermi: così gli mostri fin dall'inizio che il suo corpo è suo.",
          'È un valore, più che un effetto sulla salute.',
        ],
      },
    },

    safety: {
      'when-not': {
        evidence: 'practice',
        health: true,
        sentences: [
          'Salta il massaggio se il bimbo ha la febbre, non sta bene, o ha uno sfogo, la pelle lesa o un eczema che trasuda.',
          `Aspetta un paio di giorni dopo i ${words.jabs}, evita il momento subito dopo la poppata, e non massaggiare mai un bimbo che dorme o che piange disperato.`,
          `Lascia stare la pancia se ha la diarrea, e senti prima ${words.healthProfessional} dopo un intervento o una frattura, o se ha l'ittero.`,
        ],
      },
      vaccinations: {
        evidence: 'practice',
        health: true,
        sentences: [
          `Aspetta almeno 48 ore dopo i ${words.jabs} prima del massaggio, e stai lontano dal punto dell'iniezione finché non è tornato normale.`,
          `Il massaggio prima dei ${words.jabs} va benissimo.`,
        ],
      },
      feeding: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Aspetta circa 45 minuti dopo la poppata, così la pancia si assesta.',
          "Anche un bimbo affamato non se lo gode, quindi cerca un momento tranquillo e sveglio tra una poppata e l'altra.",
        ],
      },
      oil: {
        evidence: 'practice',
        health: true,
        sentences: [
          "L'olio non è obbligatorio, e sugli oli le ricerche sono incerte: in un grande studio in Nepal, olio di girasole e olio di senape hanno fatto poca differenza sulla pelle, e il girasole è il più studiato.",
          'Se lo usi, scegli un olio vegetale senza profumo, meglio se spremuto a freddo e commestibile, perché i bimbi si mettono le mani in bocca, e provalo prima su un pezzetto di pelle.',
          "Evita gli oli di frutta a guscio, come quello di mandorle, l'olio d'oliva e l'olio scaldato, niente oli essenziali prima dei sei mesi, e con un neonato aspetta almeno il primo mese.",
          'Non mettere mai olio nel naso, in bocca o nelle orecchie del bimbo, tienilo lontano dal viso, e massaggia per terra: un bimbo unto scivola.',
        ],
      },
      'how-long': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Comincia con circa cinque minuti, come il massaggio della nanna o quello per neonati, e arriva a quello completo, circa ventotto minuti, se al bimbo piace.',
          'Puoi fermarti in qualsiasi momento: segui i suoi segnali.',
        ],
      },
      'how-often': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Una volta al giorno è più che sufficiente, se al bimbo piace, e anche qualche volta a settimana va bene.',
          "Per un bimbo con l'aria nella pancia, il massaggio per le coliche si può fare due o tre volte al giorno per circa due settimane.",
        ],
      },
      sleeping: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Se dorme, lascialo dormire: per il massaggio deve essere sveglio e tranquillo, così può dirti sì o no.',
          'Se si addormenta durante il massaggio va bene: fermati lì, e continua un altro giorno.',
        ],
      },
      age: {
        evidence: 'practice',
        health: false,
        sentences: [
          "Un tocco delicato va bene dalla nascita, e non c'è un'età in cui devi smettere.",
          "Per l'olio aspetta almeno il primo mese. Molti corsi cominciano verso le quattro o sei settimane.",
        ],
      },
      newborn: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Sì, con delicatezza. Con un neonato fai un massaggio breve, cinque o sei minuti, con un tocco leggerissimo, anche sopra i vestiti o in braccio: il primo massaggio qui fa proprio questo.',
          "I neonati spesso proteggono la pancia, l'interno delle cosce e i palmi, quindi all'inizio lavora intorno a queste zone, e stai lontano dal moncone dell'ombelico finché non è guarito.",
          "Con l'olio aspetta almeno il primo mese.",
        ],
      },
      premature: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Per un bimbo nato prima del termine, parlane prima con i medici e le infermiere che lo seguono: di solito il massaggio comincia verso la data prevista del parto.',
          'Fino ad allora, molti prematuri preferiscono un contatto fermo e costante, come una mano appoggiata su di loro, alle carezze.',
        ],
      },
      crying: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Se piange, si gira o inarca la schiena, per ora è un no: fermati, prendilo in braccio e consolalo.',
          "Riprova un altro giorno, magari più breve, con una pressione diversa, o solo le gambe: di' solo le gambe per iniziare quello.",
          'Molti bimbi hanno bisogno di qualche settimana per imparare a godersi il massaggio.',
        ],
      },
      others: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Sì. Papà, nonni e chi si prende cura del bimbo ogni giorno possono farlo tutti, e per molti è un bel modo per sentirsi vicini.',
          'Anche i fratelli più grandi possono aiutare, con carezze delicate sulle gambe o sulla schiena, con te proprio accanto.',
        ],
      },
      bath: {
        evidence: 'practice',
        health: false,
        sentences: [
          "Vanno bene entrambi. Dopo un bagnetto caldo molti bimbi sono rilassati, e l'asciugamano è già lì.",
          'Basta che la stanza sia calda.',
        ],
      },
      setting: {
        evidence: 'practice',
        health: false,
        sentences: [
          `Una stanza calda e senza correnti d'aria, luce soffusa, un asciugamano per terra, e un ${words.nappy} pulito a portata di mano.`,
          `Spoglia il bimbo fino al ${words.nappy}, o lasciagli il ${words.vest} se la stanza è fresca o se è appena nato.`,
          'Lavati e scalda le mani, tieni le unghie corte, e togli anelli e braccialetti.',
        ],
      },
      pressure: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Non sono stati segnalati danni da un massaggio infantile delicato, e un tocco morbido ma deciso è meglio di uno troppo leggero, che fa il solletico.',
          'Un buon riferimento: premi sulla tua palpebra chiusa finché diventa appena fastidioso, poi alleggerisci, e sul viso ancora più leggero.',
          "Non premere mai sulla fontanella o sulla colonna, e stai lontano dal punto di un'iniezione.",
        ],
      },
      hips: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Le anche di un bimbo si stanno ancora formando, quindi non tirare e non stendere mai le gambe con la forza: lasciale piegate in su e in fuori, e che si distendano da sole.',
          'Nei movimenti sulle gambe, tieni la gamba morbida e scivola, invece di tirarla.',
          "Se il bimbo ha una displasia dell'anca e porta un divaricatore o un tutore, chiedi allo specialista che lo segue prima dei movimenti sulle gambe, e fai il resto.",
        ],
      },
      skin: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Intorno alle zone di pelle secca puoi massaggiare, con un goccio di olio vegetale semplice e senza profumo, se la prova su un pezzetto di pelle va bene.',
          'Lascia stare la pelle con uno sfogo, ferite aperte, lividi o un eczema che trasuda, e massaggia le parti dove sta bene.',
          `Se l'eczema è in fase acuta, o hai dubbi su una crema o un olio, senti prima ${words.healthProfessional}.`,
        ],
      },
      'soft-spot': {
        evidence: 'practice',
        health: true,
        sentences: [
          'La fontanella in cima alla testa è ben protetta, e un tocco leggero non le fa male, ma non premerci mai sopra.',
          'Nei movimenti del viso, resta sulla fronte, sulle guance e intorno alle orecchie, con un tocco leggerissimo.',
        ],
      },
      hernia: {
        evidence: 'practice',
        health: true,
        sentences: [
          "Con un'ernia ombelicale, attenzione in più sulla pancia: movimenti leggeri intorno all'ombelico, senza mai premerci sopra.",
          "Finché il moncone non è caduto e la zona non è guarita, lascia stare del tutto l'ombelico.",
          `Se il rigonfiamento è duro, dolente o cambia colore, chiama subito ${words.healthProfessional}: non è cosa da massaggio.`,
        ],
      },
      postnatal: {
        evidence: 'research',
        health: true,
        sentences: [
          "Mi dispiace che sia un periodo difficile. La ricerca suggerisce che i corsi di massaggio infantile possano alleviare un po' l'umore giù delle mamme e aiutare genitore e bimbo a sentirsi più vicini, ma non sostituiscono le cure.",
          `Se da più di un paio di settimane ti senti giù o in ansia, parlane ${words.toHealthProfessional}, o al tuo medico di famiglia: succede a tanti, e farsi aiutare funziona.`,
          'E non chiederti troppo: bastano pochi minuti di massaggio insieme.',
        ],
      },
    },

    benefitsOverview: {
      evidence: 'research',
      health: true,
      sentences: [
        'La ricerca suggerisce che il beneficio più chiaro sia la vicinanza: il massaggio può aiutare il legame tra te e il bimbo, e alcuni studi hanno trovato un sonno migliore.',
        "In alcuni studi in ospedale, i bimbi prematuri prendevano peso un po' più in fretta.",
        'Per altri vantaggi, come le coliche o le difese immunitarie, le prove sono scarse.',
      ],
    },
    safetyOverview: {
      evidence: 'practice',
      health: true,
      sentences: [
        'Un massaggio infantile delicato è sicuro per la maggior parte dei bimbi, e le ricerche non hanno segnalato danni.',
        `Lascia perdere se il bimbo non sta bene, ha la febbre o uno sfogo, o ha fatto i ${words.jabs} negli ultimi due giorni, e non andare mai oltre quello che gli va bene.`,
      ],
    },
    ...classifiersFor(understanding, understanding.italianStems, () => asked),
    unknownTopic: 'Mi dispiace, su questo non ho informazioni.',
    topicList:
      'Puoi chiedermi dei benefici, come il sonno, il legame, le coliche, il reflusso o i dentini, ' +
      'e della sicurezza, come gli oli, i vaccini, i neonati, quanto deve durare o quanto spesso farlo, o quando non farlo.',
    notMedicalAdvice: `Questo non è un consiglio medico: senti ${words.healthProfessional}.`,
    carryOn: 'Continuiamo con il massaggio?',
    carryOnVariants: ['Pronti a continuare?', 'Torniamo al massaggio?'],
    startOffer: 'Vuoi iniziare un massaggio?',
    routineOffer: 'Vuoi provare {routine}?',
    topicNames: TOPIC_NAMES,
    nearestOffer: 'Su questo preciso non ho una risposta. La più vicina che ho riguarda {topic}. Vuoi sentirla?',
  };
  return asked;
}

/** What each topic is called in a sentence ("La più vicina che ho riguarda gli oli"). */
const TOPIC_NAMES: Questions['topicNames'] = {
  sleep: 'il massaggio e il sonno',
  bonding: 'il massaggio e il legame',
  relaxation: 'il massaggio e un bimbo più tranquillo',
  digestion: "il massaggio per le coliche e l'aria nella pancia",
  reflux: 'il massaggio e il reflusso',
  teething: 'il massaggio per i dentini',
  breathing: 'il massaggio e il respiro',
  immunity: 'il massaggio e le difese immunitarie',
  brain: 'il massaggio e lo sviluppo del bimbo',
  growth: 'il massaggio e la crescita di peso',
  awareness: 'il massaggio e la consapevolezza del corpo',
  circulation: 'il massaggio e la circolazione',
  autonomy: 'chiedere il permesso al bimbo',
  'when-not': 'quando non fare il massaggio',
  vaccinations: 'il massaggio e i vaccini',
  feeding: 'il massaggio e le poppate',
  oil: 'gli oli',
  'how-long': 'quanto deve durare il massaggio',
  'how-often': 'quanto spesso fare il massaggio',
  sleeping: 'un bimbo assonnato o che dorme',
  age: "l'età giusta per il massaggio",
  newborn: 'il massaggio a un neonato',
  premature: 'i bimbi prematuri',
  crying: 'un bimbo che piange o a cui non piace',
  others: 'chi altro può fare il massaggio',
  bath: 'il massaggio e il bagnetto',
  setting: 'come preparare la stanza e le mani',
  pressure: 'quanto premere',
  hips: "le anche e la displasia dell'anca",
  skin: 'pelle secca, sfoghi ed eczema',
  'soft-spot': 'la fontanella',
  hernia: "l'ernia ombelicale",
  postnatal: "l'umore dei genitori dopo il parto",
};
