import { IntentName } from '../../lambda/alexa/intents';
import { IntentSource } from './types';
import { around } from './fillers';

/**
 * The guide's commands, extended with the way parents actually talk with their hands full. A phrase
 * belongs to one intent only (test/interaction-models.test.ts): "keep going" and "carry on" continue
 * (resume after a pause or an answer, next at the end of a stroke), "okay" on its own is yes.
 */
export const coreIntents: readonly IntentSource[] = [
  {
    name: IntentName.Next,
    samples: () => [
      'next', 'next one', 'next step', 'next stroke', 'next please', 'okay next', 'ok next', 'ok next one', "what's next",
      'what comes next', 'move on', "let's move on", 'done', "that's done", 'finished that one',
      'all done with this one', 'go to the next step', 'skip', 'skip this one', 'skip this stroke', 'skip ahead', 'onwards',
      'and then', 'ok done', 'okay done', 'done now', 'all done', 'got it', 'ready', "we're ready", 'ready for the next one',
      ...["that's the legs done", "that's the tummy done", "that's the chest done", "that's the arms done", "that's the face done", "that's the back done", "that's that side done", "that's one leg done", "that's one arm done"].flatMap((done) => [done, `ok ${done}`, `right ${done}`, `so ${done}`, `and ${done}`]),
      ...lightly(['the other leg', 'the other arm', 'the other side', 'now the other leg', 'now the other arm', 'now the other side', 'done next']),
      'next stroke please', 'go ahead next step', 'go ahead next one', "what's the next one", 'carry on to the next one', 'go to the next one', 'next bit',
      "what's the next stroke", 'what now', 'what part is next', "what's after this", 'what comes after this', 'ok ready', 'okay ready', "i'm ready", "let's go",
      "ok let's go", "what's the next part",
      ...withFillers(['next', 'next one', 'next step', 'next stroke', 'done', 'done that', "that's done", 'move on', 'on to the next one', 'go to next', 'next bit', "what's next", 'go to next step', 'go to the next step', 'go to the next one', 'the next one', "that one's done", 'done with that one', 'next move', "what's the next stroke", 'got it', 'what now', "we're done with that bit", 'done with that bit', 'and the next', 'and the next one', 'and now', 'which one now', 'which one next', 'finished that', 'finished that side', 'finished that one', "that's that done", 'carry on to the next one', 'on to the next', "that's done what's next", "done what's next", 'go on next', 'next step please']),
    ],
  },
  {
    name: IntentName.Repeat,
    samples: () => [
      'repeat', 'repeat that', 'repeat please', 'say that again', 'say it again', 'again', 'again please', 'one more time',
      'once more please', 'what was that', 'come again', 'pardon', 'sorry what', 'i missed that', "i didn't catch that",
      'can you repeat that', 'repeat the step', 'repeat this stroke', 'tell me again', 'how does this one go again',
      'what did you say', 'sorry can you say that again', 'say again', 'what was the last bit',
      'how do i do this one', 'how do i do it', 'how do i do that', 'what do i do', 'what do i do now', 'explain it again',
      'show me again', 'how do i do this', 'how do i hold her', 'how do i hold him', 'which direction', 'which way', 'which way do i go',
      'clockwise or anticlockwise', 'clockwise or counterclockwise', 'which way round', 'redo that', 'do that one again', 'do that again', "i don't understand", "i don't get it", 'explain that again',
      'can you explain that again', 'how does it go',
      ...withFillers(['repeat', 'repeat that', 'say that again', 'again', 'once more', 'one more time', 'what was that', 'repeat the last bit', 'could you repeat that', 'can you say that one more time', 'say that one more time', 'what did you say', 'i missed that bit', 'i missed that', 'say again', 'say it once more', 'can you say it once more', 'can you say that once more', "i didn't catch that", "didn't catch that"]),
    ],
  },
  {
    name: IntentName.Previous,
    samples: () => [
      'go back', 'back', 'previous', 'previous step', 'previous stroke', 'the one before', 'the step before', 'last step',
      'go back one', 'go back a step', 'back one step', 'take me back', 'i want to go back', "let's go back", 'back to the last stroke',
      'what was the last one', 'rewind', 'one back', 'can we go back', 'back one', 'go back please',
      ...withFillers(['go back', 'back one', 'previous one', 'the last one again', 'previous step', 'go back a bit', 'can we do the last one again', 'take me back one', 'back one please', 'last one again', 'the last step again', 'what was the last step', 'back to the last one', 'back to the previous one', 'back to the previous step']),
    ],
  },
  {
    name: IntentName.StartOver,
    samples: () => [
      'start over', 'start again', 'start all over', 'start over again', 'from the top', 'from the beginning',
      'take it from the top', 'restart', 'restart the massage', 'begin again', 'start from the beginning',
      'go back to the start', 'back to the beginning', 'start the whole thing again', "let's start again", 'start fresh',
      'reset',
      ...withFillers(['start over', 'start again', 'from the top', 'from the beginning', "let's start over", "let's start again", 'start from the beginning', 'restart from the beginning', 'start again from the top', 'can we start again', 'go again from the start', 'from the start', 'again from the start', 'restart the whole thing', 'start from the top', 'start at the top', 'start the whole thing again']),
    ],
  },
  {
    name: IntentName.Pause,
    samples: () => [
      'pause', 'pause please', 'pause the massage', 'pause it', 'hold on', 'hold on a second', 'hold on a sec', 'wait',
      'wait a minute', 'wait a sec', 'give me a minute', 'give me a second', 'hang on', 'hang on a sec', 'one moment',
      'just a moment', 'one sec', 'one second', 'just a sec', 'take a break', "let's take a break", 'time out',
      'hold that thought', 'stop for a moment', 'let me settle the baby', 'back in a minute', 'be right back', 'shh',
      'be quiet', 'stop talking', 'quiet please', 'i need a break', 'i need a minute', 'give me a break',
      'just a minute', 'can you wait a minute', 'can you wait', 'one minute', 'wait please',
      ...withFillers(['pause', 'hang on', 'hold on', 'wait', 'one sec', 'one moment', 'just a minute', 'give me a moment', 'give me a sec', 'hang on a sec', 'hold on a sec', 'wait a sec', 'hang on a minute', 'just hang on a minute', 'stop a sec', 'give us a minute', 'give us a sec', 'hold it', 'hold up', 'wait one second', 'back in a sec', 'one second', 'wait wait', 'hold it there', 'stop there a sec', 'stop for a moment', 'stop for a minute']),
    ],
  },
  {
    name: IntentName.Resume,
    samples: () => [
      'resume', 'resume the massage', 'unpause', 'continue', 'continue the massage', "let's continue",
      'carry on from where we were', 'pick up where we left off', "we're back", "i'm back", 'back again',
      "okay we're ready", "ok we're ready", "we're ready again", "she's settled now", "he's settled now", "baby's calm now",
      'we can go on now',
      ...withFillers(['resume', "we're ready again", "we're back", "i'm back", "let's go again", 'ready again', 'we can carry on now', "we're good to go again", 'good to go', 'continue', 'we can continue', "let's continue", 'carry on from where we stopped', "let's carry on from where we stopped", 'carry on where we left off', 'pick up where we stopped', 'we can start again now', "we're ready now"]),
    ],
  },
  {
    name: IntentName.Continue,
    samples: () => ['crack on', "let's crack on", 'ok crack on', 'right crack on', 'get on with it', "let's get on with it", 'shall i carry on', 'shall we carry on', 'shall i keep going', 'shall we keep going', 'keep going', 'go on', 'carry on', "let's carry on", "let's keep going", 'on we go', ...withFillers(['keep going', 'go on', 'carry on', "let's carry on", "let's keep going", 'on we go'])],
  },
  {
    name: IntentName.Help,
    samples: () => around([
      'help', 'help me', 'i need help', 'what can i say', 'what can i do', 'what do i say', 'what can you do',
      'how does this work', 'how do i use this', 'what are my options', 'what commands are there', 'tell me what to say',
      'instructions', "i'm confused", "i'm lost", "i'm not sure what to say", "i don't know what to say", 'what should i say',
    ]),
  },
  {
    name: IntentName.Stop,
    samples: () => around([
      'stop', 'stop please', 'stop here', "we'll stop here", 'stop the massage', 'end the massage', "that's enough",
      "that's enough for today", "that's all for now", "we're finished for today", "we're done for today", "she's had enough",
      "he's had enough", 'quit', 'exit', 'goodbye', 'bye', 'turn off', 'i want to stop', "let's stop", "we're done",
      'we are done', 'she has had enough', 'he has had enough', 'finish', 'finish the massage', 'stop for today', 'i need to go', 'i need to stop',
      "we're finished", 'we are finished', "that's it for today", "that's it for today thanks", "that's all for today", "that's all thanks", "that'll do", "that'll do for now", "that'll do for today", "we'll leave it there", "let's leave it there", 'can we stop there', "let's stop there", "we'll stop there", "we'll finish there", "let's finish there", "i think that's enough", "let's call it a day",
    ]),
  },
  {
    name: IntentName.Cancel,
    samples: () => around([
      'cancel', 'cancel that', 'cancel please', 'cancel the massage', 'cancel the routine', 'never mind', 'forget it',
      'forget the massage', 'quit the massage', 'abort', 'i have to go', "i've got to go", 'we have to go',
      'something came up', 'leave it for now',
    ]),
  },
  {
    name: IntentName.Yes,
    samples: () => [
      'yes', 'yes please', 'yeah', 'yep', 'sure', 'okay', 'ok', 'alright', 'of course', "let's do it", 'sounds good',
      'absolutely', 'definitely', 'go ahead', 'please do', 'why not', 'yes we are', 'yes carry on from there', 'okay then', 'ok then', 'alright then', 'yes then', 'go for it', 'shall we', 'yes shall we', 'ready when you are', "let's get going", "let's get started", "we're ready when you are",
      ...['yes', 'yeah', 'yep', 'ok', 'okay', 'sure', 'alright'].flatMap((first) => ["let's do it", 'sure', 'ok', 'okay', 'go ahead', 'please', 'why not', 'sounds good'].filter((then) => then !== first).map((then) => `${first} ${then}`)),
    ],
  },
  {
    name: IntentName.No,
    samples: () => [
      'no', 'nope', 'nah', 'no thanks', 'no thank you', 'not now', 'not today', 'not yet', 'not really', 'maybe later',
      "i don't think so", "no let's not", 'no way', "no we're good", "no i'm fine", 'no start from the beginning', 'no not today', 'no not now', 'no not yet', "no we're not ready", "we're not ready", 'not ready yet', "we're not ready yet", 'no thanks not today', 'not today thanks', 'no not really',
    ],
  },
  { name: IntentName.NavigateHome, samples: () => [] },
  // AudioPlayer's built-ins, for play-along: declared so Alexa routes them here.
  { name: IntentName.LoopOn, samples: () => [] },
  { name: IntentName.LoopOff, samples: () => [] },
  { name: IntentName.ShuffleOn, samples: () => [] },
  { name: IntentName.ShuffleOff, samples: () => [] },
  { name: IntentName.Fallback, samples: () => [] },
];

/**
 * Said before a command by a parent with their hands full: "yep, next", "alright, go back". Hesitation
 * sounds ("um", "er") are not here: speech recognition does not pass them on as words.
 */
const BEFORE = ['yes', 'yeah', 'yep', 'ok', 'okay', 'alright', 'right', 'righto', 'fine', 'so', 'ok so', 'ok then', 'okay then', 'right then', 'go on then', 'yeah go on', 'brilliant', 'lovely', 'great', 'cool', 'ta', 'cheers', 'kindly', 'please', 'oh', 'sorry', 'and'];

/** The fewer said before a long command: "ok, that's done, what's next". */
const BEFORE_LONG = ['yes', 'yeah', 'yep', 'ok', 'okay', 'alright', 'right', 'so', 'and', 'oh', 'sorry', 'kindly', 'please'];

/** The few that also come with "please" after the command: "yeah, next please", "ok, go back please". */
const BEFORE_WITH_PLEASE = ['yes', 'yeah', 'yep', 'ok', 'okay', 'alright', 'right', 'so', 'kindly', 'sorry'];

/** Said after one: "next please", "go back now", "pause for me". */
const AFTER = ['please', 'now', 'then', 'for me', 'now please', 'then please'];

/** A few words around a command that is rarely padded: "ok, the other leg now". */
function lightly(bases: readonly string[]): string[] {
  return bases.flatMap((base) => [base, ...['ok', 'okay', 'right', 'so', 'and', 'yep', 'yeah'].map((before) => `${before} ${base}`), `${base} now`, `${base} please`]);
}

/**
 * A command's base forms with the words parents put around them, generated (carriers x fillers)
 * rather than listed: each base alone, with a word before, with a word after, and "yeah ... please".
 * The model builder keeps each sample once.
 */
function withFillers(bases: readonly string[]): string[] {
  return bases.flatMap((base) => {
    // Long commands ("that's done, what's next") rarely get a word after them: a common word before only,
    // which keeps every intent well under Alexa's limits (test/interaction-models.test.ts).
    if (base.split(' ').length > 3) return [base, ...BEFORE_LONG.map((before) => `${before} ${base}`)];
    return [base, ...BEFORE.map((before) => `${before} ${base}`), ...AFTER.map((after) => `${base} ${after}`), ...BEFORE_WITH_PLEASE.map((before) => `${before} ${base} please`)];
  });
}
