import { IntentName, SlotName } from '../../lambda/alexa/intents';
import { BENEFIT_SLOT_TYPE, BenefitTopic, SAFETY_SLOT_TYPE, SafetyTopic } from '../../lambda/content/topics';
import { IntentSource, SlotTypeSource } from './types';

/**
 * Questions parents ask aloud, mid-massage or not. The slot's words map to the topic ids the
 * handlers answer (lambda/content/topics.ts); a topic we have nothing on still reaches the handler
 * (ER_SUCCESS_NO_MATCH) and gets an honest "I don't have information on that".
 */
export const questionIntents: readonly IntentSource[] = [
  {
    name: IntentName.Benefits,
    slots: [{ name: SlotName.Topic, type: BENEFIT_SLOT_TYPE }],
    samples: () => [
      'does massage help with {topic}',
      'does massage help my baby {topic}',
      'does massage help my baby with {topic}',
      'does massage help babies with {topic}',
      'does massage make babies {topic}',
      'does massage make my baby {topic}',
      'does massage help {topic}',
      'does baby massage help with {topic}',
      'does baby massage help {topic}',
      'will massage help with {topic}',
      'will massage help my baby {topic}',
      'can massage help with {topic}',
      'can massage help my baby {topic}',
      'can massage help {topic}',
      'is massage good for {topic}',
      'is baby massage good for {topic}',
      "is massage good for my baby's {topic}",
      'is it good for {topic}',
      'does it help with {topic}',
      'does it help {topic}',
      'does it help my baby {topic}',
      'will it help my baby {topic}',
      'will it help with {topic}',
      'can it help with {topic}',
      'does massage improve {topic}',
      'does it improve {topic}',
      'does massage boost {topic}',
      'does massage work for {topic}',
      'does it work for {topic}',
      'what does massage do for {topic}',
      'how does massage help with {topic}',
      'i heard massage helps with {topic}',
      'is there any evidence for {topic}',
      "what's the evidence on {topic}",
      'what about {topic}',
      'why do we ask {topic}',
      'why do i ask {topic}',
      'why do we need {topic}',
      'why ask for {topic}',
      'what is {topic} for',
      'what are the benefits',
      'what are the benefits of baby massage',
      'what are the benefits of massage',
      'why should i massage my baby',
      'why is massage good for babies',
      'is baby massage good for my baby',
      'what is massage good for',
      'what is baby massage good for',
      'what is it good for',
      "what's the point of baby massage",
      'what does baby massage do',
      'does baby massage really work',
      'does it really work', 'does it actually work', 'does massage really work', 'is there any evidence it works', 'is there evidence it works',
      'is there any evidence for it', 'is there any proof it works', 'what does the research say', 'what does the evidence say', 'is it proven',
      'what does massage do for my baby',
      'what does massage do',
      'how does massage help my baby',
    ],
  },
  {
    name: IntentName.Safety,
    slots: [{ name: SlotName.Topic, type: SAFETY_SLOT_TYPE }],
    samples: () => [
      ...HOW_SAMPLES,
      'how long after {topic} should i wait', 'how {topic} should my touch be', 'how {topic} should i be', 'how {topic} should the strokes be', 'how {topic} should i do each stroke', 'how {topic} should each stroke be', 'how {topic} should a session last', 'how {topic} should each session last', 'how {topic} should each session be',
      'what {topic} should i use',
      'which {topic} should i use',
      'what kind of {topic} should i use',
      "what's the best {topic} for baby massage",
      "what's the best {topic}",
      'should i use {topic}',
      'do i need {topic}',
      'can i use {topic}',
      'is {topic} safe',
      'is {topic} safe for my baby',
      'how much {topic} should i use',
      'can i massage my baby {topic}',
      'can i massage {topic}',
      'can i massage her {topic}',
      'can i massage him {topic}',
      'is it safe to massage {topic}',
      'should i massage my baby {topic}',
      'when should i {topic}',
      'how {topic} should i massage',
      'how {topic} should i do it',
      'how {topic} should we do this',
      'how {topic} should i massage her',
      'how {topic} should i massage him',
      'how {topic} should i massage my baby',
      'how {topic} should a massage be',
      'how {topic} should my baby be',
      'from what {topic} can i massage',
      'at what {topic} can i start',
      'when can i start {topic}',
      'how long after {topic} can i massage',
      'can {topic} do the massage',
      'can {topic} do it',
      'can {topic} massage the baby',
      'what if my baby {topic}',
      'how warm should {topic} be',
      'should {topic} be warm',
      'what {topic} should the room be',
      'how do i get {topic}',
      'is it ok to massage {topic}',
      'when is {topic} to massage my baby',
      'when is {topic} to massage',
      'when is {topic} for a massage',
      'when is {topic} to do it',
      'what is {topic} to massage',
      'up to what {topic} can i massage',
      'up to what {topic} can i massage my baby',
      'until what {topic} can i massage',
      'to what {topic} can i massage',
      'what {topic} is best',
      'what {topic} is best for baby massage',
      'which {topic} is best for baby massage',
      'is {topic} ok for babies',
      'is {topic} safe for babies',
      'how {topic} should i massage my baby for',
      'how {topic} should i do it for',
      'how {topic} does my baby need to be',
      'how {topic} does my baby have to be',
      'when should i stop {topic}',
      'should i massage before or after {topic}',
      'what if she {topic}',
      'what if he {topic}',
      'what should i do if she {topic}',
      'what should i do if he {topic}',
      'which {topic} is best',
      'is {topic} ok',
      'is {topic} okay',
      'is it safe for {topic}',
      'what should i do if my baby {topic}',
      'what do i do if my baby {topic}',
      'can i massage my {topic} baby',
      'how do i massage a {topic} baby',
      'is massage safe for {topic} babies',
      'should i massage before or after the {topic}',
      'is it better before or after the {topic}',
      'how {topic} should i press',
      'how soon after {topic} can i massage',
      'how soon after {topic}',
      'can i do this {topic}',
      'can i do it {topic}',
      'how much {topic}',
      'is it ok {topic}',
      'what {topic} is safe',
      'which {topic} is safe',
      "i don't have {topic}",
      'is it normal for her to {topic}',
      'is it normal for him to {topic}',
      'is it normal for my baby to {topic}',
      'why is she {topic}',
      'why is he {topic}',
      'why is my baby {topic}',
      'is this too {topic}',
      'am i pressing too {topic}',
      'can i {topic} my baby',
      'is baby massage safe',
      'is the massage safe',
      'is massage safe',
      'is massage safe for babies',
      'is it safe',
      'what do i need to know about safety',
    ],
  },
  {
    name: IntentName.Question,
    slots: [{ name: SlotName.Question, type: 'AMAZON.SearchQuery' }],
    // AMAZON.SearchQuery's rules: a carrier phrase in every sample, one SearchQuery slot, nothing else beside it.
    // Last of the question intents: where a sample of theirs reads the same words, theirs is the closer one.
    samples: () => [
      ...[...QUESTION_CARRIERS, ...QUESTION_HEADS.flatMap((head) => QUESTION_CARRIERS.map((carrier) => `${head} ${carrier}`))].map((carrier) => `${carrier} {question}`),
      ...QUESTION_TAILS.map((tail) => `{question} ${tail}`),
    ],
  },
];

type Values<T extends string> = readonly { readonly id: T; readonly name: string; readonly synonyms: readonly string[] }[];

const BENEFIT_VALUES: Values<BenefitTopic> = [
  {
    id: 'sleep',
    name: 'sleep',
    synonyms: ['sleeping', 'sleep better', 'sleep longer', 'sleep through the night', 'deep sleep', 'bedtime', 'naps', 'night time', 'settle at night'],
  },
  {
    id: 'bonding',
    name: 'bonding',
    synonyms: [
      'bond', 'bonding with my baby', 'connection', 'attachment', 'closeness', 'our relationship', 'touch',
      'confidence', 'my confidence', 'quality time', 'working parents',
    ],
  },
  {
    id: 'relaxation',
    name: 'relaxation',
    synonyms: [
      'relax', 'relaxing', 'stress', 'calm', 'calming', 'crying', 'fussiness', 'anxiety', 'stress hormones', 'oxytocin',
      'endorphins', 'settling', 'emotional stress', 'discomfort',
    ],
  },
  {
    id: 'digestion',
    name: 'colic',
    synonyms: [
      'wind', 'gas', 'trapped wind', 'tummy ache', 'tummy aches', 'stomach ache', 'digestion', 'constipation', 'poo', 'poop',
      'pooping', 'bloating', 'burping', 'tummy problems', 'colicky babies', 'a gassy baby', 'gassy babies', 'a windy baby', 'windy babies',
    ],
  },
  {
    id: 'reflux',
    name: 'reflux',
    synonyms: ['acid reflux', 'silent reflux', 'spitting up', 'spit up', 'posseting', 'being sick after feeds', 'vomiting', 'gerd', 'sicky baby'],
  },
  {
    id: 'teething',
    name: 'teething',
    synonyms: ['teeth', 'teething pain', 'sore gums', 'gums', 'congestion', 'a blocked nose', 'a stuffy nose', 'blocked nose', 'stuffy nose', 'a cold', 'sinuses'],
  },
  {
    id: 'breathing',
    name: 'breathing',
    synonyms: ['asthma', 'breathe', 'breathe better', 'deeper breathing', 'respiration', 'lungs'],
  },
  {
    id: 'immunity',
    name: 'the immune system',
    synonyms: ['immunity', 'immune system', 'getting sick', 'illness', 'infections', 'natural killer cells', 'staying healthy'],
  },
  {
    id: 'brain',
    name: 'brain development',
    synonyms: [
      'brain', 'the brain', 'development', 'nervous system', 'the nervous system', 'myelination', 'learning', 'intelligence',
      'neurological development', 'cognitive development', 'smarter', 'cleverer', 'more intelligent',
    ],
  },
  {
    id: 'growth',
    name: 'growth',
    synonyms: ['weight', 'weight gain', 'gaining weight', 'muscle tone', 'muscles', 'growing', 'strength'],
  },
  {
    id: 'awareness',
    name: 'body awareness',
    synonyms: ['awareness', 'coordination', 'balance', 'senses', 'sensory awareness', 'motor skills', 'midline', 'crawling', 'language', 'first words'],
  },
  {
    id: 'circulation',
    name: 'circulation',
    synonyms: ['blood flow', 'blood circulation', 'oxygen', 'nutrients'],
  },
  {
    id: 'autonomy',
    name: 'body autonomy',
    synonyms: ['autonomy', 'consent', 'saying no', 'permission', 'asking permission', 'respect'],
  },
];

const SAFETY_VALUES: Values<SafetyTopic> = [
  {
    id: 'when-not',
    name: 'when not to massage',
    synonyms: [
      'not massage', 'avoid massage', 'skip the massage', 'skip it', 'with a fever', 'with a temperature', 'with a rash',
      'with eczema', 'with a cold', "when she's sick", "when he's sick", "when she's unwell", "when he's unwell", "when she's ill",
      "when he's ill", 'when my baby is sick', 'when my baby is unwell', 'sick', 'unwell', 'ill', 'fever', 'rash', 'eczema',
      'with diarrhoea', 'with diarrhea', 'with jaundice', 'if she has a cold', 'if he has a cold', 'if she has a fever',
      'if he has a fever', "if she's sick", "if he's sick", "if she's unwell", "if he's unwell", 'if my baby is sick', 'if my baby is unwell',
    ],
  },
  {
    id: 'vaccinations',
    name: 'vaccinations',
    synonyms: [
      'after vaccinations', 'after her vaccinations', 'after his vaccinations', 'after vaccines', 'vaccines', 'jabs', 'after jabs',
      'after her jabs', 'after his jabs', 'shots', 'after shots', 'after her shots', 'after his shots', 'immunisations',
      'immunizations', 'after immunisations', 'after immunizations',
    ],
  },
  {
    id: 'feeding',
    name: 'after a feed',
    synonyms: ['a feed', 'feeding', 'after feeding', 'a feeding', 'eating', 'after eating', 'a bottle', 'after a bottle', 'milk', 'on a full tummy', 'straight after a feed', 'the best time', 'best time', 'time of day', 'a good time'],
  },
  {
    id: 'oil',
    name: 'oil',
    synonyms: [
      'oils', 'massage oil', 'baby oil', 'olive oil', 'coconut oil', 'sunflower oil', 'almond oil', 'essential oils', 'mineral oil',
      'any oil', 'lotion', 'cream', 'baby lotion', 'baby cream', 'moisturiser', 'moisturizer', 'without oil', 'no oil',
    ],
  },
  {
    id: 'how-long',
    name: 'how long',
    synonyms: ['long', 'many minutes', 'much time', 'long for'],
  },
  {
    id: 'how-often',
    name: 'how often',
    synonyms: ['often', 'many times a day', 'many times a week', 'frequently', 'every day', 'daily', 'twice a day'],
  },
  {
    id: 'sleeping',
    name: 'sleeping baby',
    synonyms: ['sleeping', 'asleep', 'while she sleeps', 'while he sleeps', "while she's asleep", "while he's asleep", 'when she is asleep', 'when he is asleep', 'a baby who is asleep'],
  },
  {
    id: 'age',
    name: 'age',
    synonyms: ['old', 'months', 'weeks', 'massaging', 'baby massage', 'from birth', 'massaging my baby', 'massaging her', 'massaging him', 'massaging them', 'doing it', 'doing massage', 'doing baby massage', 'toddler', 'toddlers', 'older baby', 'a one year old'],
  },
  {
    id: 'newborn',
    name: 'newborn',
    synonyms: ['newborns', 'new born', 'new', 'tiny', 'young', 'very young', 'one week old', 'two week old'],
  },
  {
    id: 'premature',
    name: 'premature',
    synonyms: ['preemie', 'prem', 'preterm', 'early', 'born early', 'premmie', 'a premature baby', 'premature babies', 'was premature', 'was born early'],
  },
  {
    id: 'crying',
    name: 'cries',
    synonyms: [
      'is crying', 'crying', 'cry', 'cries', 'cries during massage', 'cries during the massage', 'hates it', "doesn't like it", "doesn't enjoy it", 'turns away', 'gets upset', 'screams', 'fusses',
      "won't settle", 'says no', 'arches', 'arches her back', 'arches his back', 'rolls away', 'wriggles away',
    ],
  },
  {
    id: 'others',
    name: 'other people',
    synonyms: [
      'dad', 'daddy', 'my partner', 'my husband', 'my wife', 'grandma', 'grandpa', 'granny', 'grandparents', 'nanny',
      'a babysitter', 'siblings', 'her brother', 'his sister', 'big brother', 'big sister', 'someone else',
    ],
  },
  {
    id: 'setting',
    name: 'getting ready',
    synonyms: [
      'the room', 'room temperature', 'temperature', 'a warm room', 'getting ready', 'ready', 'set up', 'clothes', 'a towel',
      'to undress my baby', 'undress my baby', 'undress her', 'undress him', 'undressing',
    ],
  },
  {
    id: 'bath',
    name: 'bath',
    synonyms: ['bath time', 'bathtime', 'a bath', 'after a bath', 'before a bath', 'after the bath', 'before the bath'],
  },
  {
    id: 'pressure',
    name: 'pressure',
    synonyms: ['hard', 'rough', 'firm', 'much pressure', 'hurt', 'harm', 'press hard', 'gently'],
  },
  { id: 'hips', name: 'hips', synonyms: ['hip', 'her hips', 'his hips', 'hip dysplasia', 'dysplasia', 'clicky hips', 'a hip harness', 'a pavlik harness', 'a harness', 'a hip brace'] },
  {
    id: 'skin',
    name: 'skin',
    synonyms: ['eczema', 'dry skin', 'a rash', 'rash', 'cradle cap', 'sensitive skin', 'spots', 'baby acne', 'her skin', 'his skin', 'dermatitis'],
  },
  { id: 'soft-spot', name: 'the soft spot', synonyms: ['soft spot', 'the fontanelle', 'fontanelle', 'her head', 'his head', "my baby's head", 'the head'] },
  { id: 'hernia', name: 'hernia', synonyms: ['umbilical hernia', 'a hernia', 'the belly button', 'belly button', 'her belly button', 'his belly button', 'the cord', 'the cord stump'] },
  {
    id: 'postnatal',
    name: 'postnatal depression',
    synonyms: ['postpartum depression', 'post natal depression', 'baby blues', 'my mood', 'feeling low', 'depression', 'anxiety', 'my mental health'],
  },
];

/**
 * Parents say "a newborn", "my premature baby", "the immune system": each value also answers to its
 * words after a, my or the, so the topic still resolves.
 */
function withArticles<T extends string>(values: Values<T>): Values<T> {
  return values.map((value) => {
    const words = [value.name, ...value.synonyms];
    const articled = words.filter((w) => !/^(a|an|the|my|her|his|with|when|while|after)\b/.test(w)).flatMap((w) => ['a', 'my', 'the'].map((article) => `${article} ${w}`));
    const synonyms = [...new Set([...value.synonyms, ...articled])].filter((w) => w !== value.name);
    return { ...value, synonyms };
  });
}

export const questionSlotTypes: readonly SlotTypeSource[] = [
  { name: BENEFIT_SLOT_TYPE, values: () => withArticles(BENEFIT_VALUES) },
  { name: SAFETY_SLOT_TYPE, values: () => withArticles(SAFETY_VALUES) },
];

/** How parents start a question in their own words: the words before it (the classifier reads the rest). */
const QUESTION_CARRIERS = [
  'can i', 'can we', 'can my', 'can his', 'can her', 'can their', 'can the', 'can baby massage help', "i think i've got", 'i think i have', "i've got", 'how do i know', "i've been", 'i have been', "i'm feeling", 'i feel', 'could i', 'may i', 'is it okay', 'is it ok', 'is it alright', 'is it safe', 'is it fine', 'is it good',
  'is it bad', 'should i', 'should we', 'do i', 'do we', 'do i need', 'what about', 'how about', 'what if', 'what do i do if', 'what should i do if',
  'does it help', 'will massage', 'will baby massage', 'will it', 'will this', 'does massage help', 'does baby massage help', 'will it help', 'will this help', 'will massage help', 'can massage help',
  'can it help', 'how do i', 'when can i', 'when should i', 'why', 'why should i', 'what', "what's", 'which', 'is there', 'are there', 'is', 'are',
  'does', 'do', 'i want to know', 'tell me', 'kindly tell me', 'please tell me', 'can you tell me', 'could you tell me', 'i was wondering', 'quick question',
  'would it be ok', 'would it be okay', 'would it be alright', 'would it be safe', 'am i allowed to', 'is it ok if', 'is it okay if', 'is it alright if', 'is it fine if', 'can', 'how', 'how much',
];
/** Said before a question's carrier: "so, can I use olive oil?", "and can dad do it?" */
const QUESTION_HEADS = ['so', 'ok', 'okay', 'ok so', 'and', 'oh', 'also', 'right'];

// Not carriers here: "how often", "how long", "where", "when shouldn't I" carry the topic themselves, and
// Alexa hands the skill only the words after a carrier. They are SafetyIntent samples (HOW_SAMPLES).

/** "how often should we massage her", "how long should you do this": every subject and verb, generated. */
const HOW_SAMPLES = ['i', 'we', 'you'].flatMap((subject) =>
  ['massage', 'do it', 'do this', 'massage her', 'massage him', 'massage my baby', 'massage the baby', 'massage a baby', 'be massaging', 'do baby massage'].map(
    (verb) => `how {topic} should ${subject} ${verb}`,
  ),
);

/** Questions that end with their carrier: "she's got eczema, is that alright?" */
const QUESTION_TAILS = [
  'is that alright', 'is that okay', 'is that ok', 'is it okay', 'is it ok', 'is it safe', 'can i still do it', 'can we still do it', 'can i still massage her',
  'can i still massage him', 'is that a problem', 'can i massage him', 'can i massage her', 'can i massage my baby', 'is massage ok', 'is massage okay', 'is massage safe',
  'is it ok to massage', 'can we massage',
];
