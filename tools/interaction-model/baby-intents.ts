import { IntentName, SlotName } from '../../lambda/alexa/intents';
import { PaceChange } from '../../lambda/routine/pace';
import { Vocabulary } from '../../lambda/content/en/vocabulary';
import { IntentSource, SlotTypeSource } from './types';
import { around } from './fillers';

export const PACE_SLOT_TYPE = 'PACE';

/** Both ways a parent refers to the baby. */
const pronouns = (build: (subject: string, object: string, possessive: string) => string[]) => [
  ...build('she', 'her', 'her'),
  ...build('he', 'him', 'his'),
];

/**
 * What parents say about the baby mid-massage, and how they ask for a different pace. Each statement
 * is its own intent, so each gets its own answer (lambda/alexa/handlers/spoken/baby-*.ts).
 */
export const babyIntents: readonly IntentSource[] = [
  {
    name: IntentName.BabyAsleep,
    samples: () => [
      ...pronouns((s) => [`${s} fell asleep`, `${s}'s asleep`, `${s}'s fallen asleep`, `${s}'s sleeping`, `${s}'s dozed off`, `${s}'s gone to sleep`, `${s} is asleep`, `${s}'s falling asleep`, `${s}'s nodding off`]),
      'the baby fell asleep', "the baby's asleep", 'baby fell asleep', "baby's asleep", 'my baby fell asleep', 'my baby is asleep',
      'the baby is sleeping', 'baby is sleeping now',
    ],
  },
  {
    name: IntentName.BabyUpset,
    samples: () => [
      ...pronouns((s) => [`${s}'s crying`, `${s} is crying`, `${s}'s upset`, `${s} is upset`, `${s}'s fussing`, `${s}'s fussy`, `${s}'s screaming`, `${s} won't stop crying`, `${s}'s grizzly`, `${s} started crying`, `${s}'s grumpy`, `${s}'s cranky`,
        `${s}'s getting fussy`, `${s}'s getting upset`, `${s}'s starting to cry`]),
      "the baby's crying", 'the baby is crying', "baby's crying", 'baby is crying', 'my baby is crying', 'my baby is fussing',
      'my baby is upset', "baby's upset", 'the baby is upset', 'the baby is screaming', 'my baby is screaming',
    ],
  },
  {
    name: IntentName.BabyNeeds,
    samples: (words: Vocabulary) => [
      ...pronouns((s, _o, p) => [
        `i need to change ${p} ${words.nappy}`, `i have to change ${p} ${words.nappy}`, `${s} needs a ${words.nappy} change`,
        `${s} needs changing`, `${s}'s done a poo`, `hang on i need to change ${p} ${words.nappy}`, `${s} peed`, `${s} pooped`, `${s}'s done a wee`,
        `${s} spat up`, `${s}'s been sick on me`, `${s} peed on me`, `${s} weed on me`, `${s} pooed`,
      ]),
      `i need to change the ${words.nappy}`, `${words.nappy} change`, `the ${words.nappy} needs changing`,
    ],
  },
  {
    name: IntentName.BabyUnwell,
    samples: (words: Vocabulary) => [
      ...pronouns((s, _o, p) => [
        `${s}'s unwell`, `${s}'s sick`,
        `${s}'s poorly`, `${s} isn't well`, `${s}'s not well`, `${s} has a rash`, `${s}'s got a rash`, `${s} had ${p} ${words.jabs} today`,
        `${s} had ${p} vaccinations today`, `${s} had ${p} vaccinations yesterday`, `${s} just had ${p} ${words.jabs}`,
        `${s} had ${p} ${words.jabs} yesterday`, `${s} had ${p} injections today`, `${s} had ${p} injections yesterday`,
        `${s} has eczema`, `${s}'s got eczema`, `${s} has a cold`, `${s}'s got a cold`, `${s} has a blocked nose`,
      ]),
      'my baby is unwell', 'my baby is sick', 'the baby is unwell',
      `my baby had ${words.jabs} today`, 'my baby had vaccinations today',
      'my baby has a rash', 'the baby has a rash', 'my baby has eczema', 'my baby has a cold', 'the baby is sick', 'my baby is poorly',
    ],
  },
  {
    name: IntentName.BabyDislikes,
    samples: () => [
      ...pronouns((s, _o, p) => [`${s} doesn't like it`, `${s} hates it`,
        `${s}'s yawning`, `${s}'s looking away`, `${s} keeps turning away`, `${s} doesn't like this`, `${s} doesn't seem to like it`, `${s}'s not enjoying it`, `${s} isn't enjoying this`, `${s} doesn't want this`,
        `${s}'s gone red`,
        `${s}'s gone pale`, `${s}'s looking pale`, `${s}'s gone blotchy`, `${s}'s clenching ${p} fists`,
        `${s}'s yawning a lot`]),
      "my baby doesn't like it", "my baby doesn't like this", "the baby doesn't like it", "baby doesn't like it", "i don't think she likes it",
      "i don't think he likes it",
    ],
  },
  {
    name: IntentName.BabyHappy,
    samples: () => [
      ...pronouns((s) => [`${s}'s smiling`, `${s} is smiling`, `${s}'s smiling at me`, `${s} likes it`, `${s} likes this`, `${s} loves it`,
        `${s} loves this`, `${s}'s loving it`, `${s}'s enjoying it`, `${s} is enjoying it`, `${s}'s enjoying this`, `${s}'s cooing`, `${s}'s happy`,
        `${s}'s so happy`, `${s}'s calm`, `${s}'s so calm`, `${s}'s relaxed`, `${s}'s so relaxed`, `${s} seems to like it`, `${s} seems happy`,
        `${s}'s laughing`, `${s}'s giggling`, `${s} really likes it`]),
      'my baby likes it', 'my baby loves it', 'the baby likes it', 'the baby is smiling', "the baby's smiling", "baby's smiling",
      'my baby is smiling', 'my baby is happy', 'my baby is enjoying it', 'i think she likes it', 'i think he likes it',
    ],
  },
  {
    name: IntentName.BabyWind,
    samples: () => [
      ...pronouns((s) => [`${s} has colic`, `${s}'s got colic`, `${s}'s colicky`, `${s} is colicky`, `${s}'s windy`, `${s} is windy`, `${s}'s got wind`,
        `${s} has wind`, `${s} has trapped wind`, `${s}'s gassy`, `${s} has gas`, `${s}'s got gas`, `${s}'s constipated`, `${s} has a tummy ache`,
        `${s}'s got tummy ache`]),
      'my baby has colic', 'the baby has colic', 'my baby is colicky', 'my baby is windy', 'my baby has wind', 'my baby has trapped wind',
      'my baby is gassy', 'my baby has gas', 'my baby is constipated', 'my baby has a tummy ache', 'i think she has colic', 'i think he has colic',
      'i think my baby has colic', 'i think she has wind', 'i think he has wind',
    ],
  },
  {
    name: IntentName.BabySleepy,
    samples: () => [
      ...pronouns((s) => [`${s}'s sleepy`, `${s}'s getting sleepy`, `${s}'s so sleepy`, `${s} looks sleepy`, `${s}'s tired`, `${s}'s getting tired`,
        `${s} looks tired`, `${s} needs a nap`, `${s}'s drowsy`, `${s}'s getting drowsy`, `${s}'s nearly asleep`, `${s}'s almost asleep`]),
      'my baby is sleepy', 'my baby is tired', 'the baby is sleepy', "baby's sleepy", 'my baby is getting sleepy',
    ],
  },
  {
    name: IntentName.Thanks,
    samples: () => around([
      'thank you', 'thanks', 'thank you so much', 'thanks so much', 'thanks a lot', 'cheers',
      'thank you very much', 'lovely thanks', 'great thanks', 'ok thanks', 'okay thank you', 'thanks for that', 'thank you for that',
      'thank you that was lovely', 'thanks that was lovely', 'that was lovely thank you', 'that was lovely thanks', 'that was great thanks', 'thank you that was great',
    ]),
  },
  {
    name: IntentName.Pace,
    slots: [{ name: SlotName.Pace, type: PACE_SLOT_TYPE }],
    samples: () => around([
      "you're going {pace}", 'you are going {pace}', '{pace} a bit', '{pace} a bit please', 'can you {pace}', 'can you {pace} a bit',
      'could you {pace}', 'could you {pace} a bit', "you're talking {pace}", 'could you go {pace}', 'could you go a bit {pace}', 'can you go a bit {pace}',
      'can you go a bit {pace} please', 'could you go a bit {pace} please',
      '{pace}', '{pace} please', 'a bit {pace}', 'a little {pace}', 'go {pace}', 'go a bit {pace}', 'talk {pace}', 'speak {pace}',
      'can you go {pace}', 'can you talk {pace}', 'can you speak {pace}', 'please go {pace}', 'please talk {pace}', 'give me {pace}',
      'i want {pace}', 'i need {pace}', 'can i have {pace}', 'switch to {pace}', 'turn on {pace}', 'use {pace}', "let's have {pace}",
      'can we have {pace}', 'can you give me {pace}', 'could you give me {pace}', 'a bit {pace} please', 'go back to the {pace}', 'go back to {pace}', 'back to the {pace}',
      "that's {pace}", "that's {pace} for me", "that's a bit {pace}", "that's a bit {pace} for me", "it's {pace}", "it's a bit {pace}",
    ]),
  },
  {
    name: IntentName.Statement,
    slots: [{ name: SlotName.Statement, type: 'AMAZON.SearchQuery' }],
    // AMAZON.SearchQuery's rules: a carrier phrase in every sample, one SearchQuery slot, nothing else beside it.
    // Last: where a statement intent's own sample reads the same words, it is the closer one.
    samples: () => STATEMENT_CARRIERS.map((carrier) => `${carrier} {statement}`),
  },
];

const PACE_VALUES: Readonly<Record<PaceChange, { name: string; synonyms: string[] }>> = {
  slower: { name: 'slower', synonyms: ['more slowly', 'slow down', 'slow it down', 'slow it down a bit', 'less fast', 'too fast', 'slowly', 'too quickly', 'too quick'] },
  faster: { name: 'faster', synonyms: ['speed it up', 'speed it up a bit', 'quicker', 'more quickly', 'speed up', 'too slow', 'hurry up', 'quickly', 'too slowly'] },
  'longer-pauses': { name: 'longer pauses', synonyms: ['more time', 'longer breaks', 'more time for each stroke', 'more practice time', 'longer gaps', 'more time between strokes'] },
  'shorter-pauses': { name: 'shorter pauses', synonyms: ['less time', 'shorter breaks', 'shorter gaps', 'less waiting', 'less time between strokes'] },
  brief: { name: 'brief mode', synonyms: ['less talking', 'brief', 'shorter instructions', 'just the names', 'less detail', 'quiet mode', 'talk less', "you're talking too much", 'too much talking'] },
  detail: { name: 'more detail', synonyms: ['more details', 'detailed mode', 'more explanation', 'full instructions', 'more talking', 'more instructions'] },
  normal: { name: 'normal pace', synonyms: ['normal', 'normal speed', 'the usual', 'the usual pace', 'default', 'normal mode', 'reset the pace'] },
};

export const babySlotTypes: readonly SlotTypeSource[] = [
  { name: PACE_SLOT_TYPE, values: () => Object.entries(PACE_VALUES).map(([id, v]) => ({ id, ...v })) },
];

/** How parents start saying something about the baby: the words before it (the classifier reads the rest). */
const STATEMENT_CARRIERS = [
  ...['hang on', 'hold on', 'wait', 'wait a second', 'wait a sec', 'hang on a sec', 'one sec', 'sorry', 'oh', 'oh no', 'aww', 'aw', 'ah', 'so', 'and', 'right', 'ok', 'okay', 'um', 'look', 'stop for a moment', 'stop for a minute', 'pause', 'pause it'].flatMap((lead) => [`${lead} she's`, `${lead} he's`, `${lead} she`, `${lead} he`, `${lead} the baby's`, `${lead} baby's`]),
  "she's", "he's", 'she is', 'he is', 'she has', 'he has', "she's got", "he's got", 'she just', 'he just', "she's just", "he's just",
  'she keeps', 'he keeps', 'she', 'he', 'my baby', 'my baby is', "my baby's", 'the baby', 'the baby is', "the baby's", 'baby is', "baby's", 'baby',
  'my bub', "my bub's", 'the bub', "the bub's", "bub's", "we've just", 'we just', "i've just", 'i just', 'i need to', 'i have to', 'i think i need to', "it's time for", 'time for',
  'i think she', 'i think he', "i think she's", "i think he's", "oh she's", "oh he's", 'oh no she', 'oh no he', 'uh oh she', 'uh oh he',
];
