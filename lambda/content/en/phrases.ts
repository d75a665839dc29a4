import { Phrases } from '../types';
import { Vocabulary } from './vocabulary';

/** Everything the guide says around the steps, in English. */
export function phrases(words: Vocabulary): Phrases {
  return {
    welcome:
      "Welcome to baby massage. I'll guide you stroke by stroke, and go quiet while you massage. Say pause any time.",
    welcomeBack: 'Welcome back. Here we go.',
    routineStart: "Here's {routine}.",
    shorterRoutines: 'For something shorter, say which massages are there.',
    resumeOffer: 'Welcome back. Last time you paused at {step}, on {part}. Shall we carry on from there?',
    resumeOfferMidStroke:
      'Welcome back. Last time we stopped in the middle of {step}, on {part}. Say carry on to do it again, or next for the one after.',
    resumeOfferReprompt: 'Shall we carry on from {step}? Say yes, next, or start over.',
    partOfRoutine: '{part}, in {routine}',
    startFresh: "Alright, let's start from the beginning.",
    stateReset: "I couldn't pick up where you left off last time, so let's start again from the beginning.",
    resuming: "Let's pick up from the start of this stroke.",
    carryingOn: 'Back to where we were.',
    keepPlace: "Alright, we'll carry on from here.",
    repeating: ['Once more.', 'Here it is again.'],
    alreadyAtStart: "We're at the very first step, so here it is again.",
    goOn: ["Say next when you're ready.", "When you're both ready, say next.", 'Say next to go on.'],
    stepReprompt: 'Say next to go on, or repeat to hear that again.',
    finished: "That's the whole massage. Well done, both of you. Enjoy the calm together.",
    finishedQuietly: 'Sleep well, little one.',
    alreadyFinished: "We've finished this massage. Say start over to begin again, or stop to finish.",
    alreadyFinishedReprompt: 'Say start over to begin again, or stop.',
    paused: 'Paused on {part}. Take your time, and comfort your baby if they need you.',
    pausedReprompt: "Say resume when you're ready. If you need longer, just open baby massage later and I'll remember your place.",
    nothingToPause: "We haven't started a massage yet. Say start when you and your baby are ready.",
    nothingToResume: "There's nothing to carry on from yet, so let's start at the beginning.",
    help:
      'I talk you through a baby massage, stroke by stroke, and go quiet while you massage. Say next to go on, repeat to hear a stroke again, ' +
      'go back, skip this part, go to the tummy, or pause if your baby needs you. Ask where are we, or how much is left. ' +
      'You can also ask things like, what oil should I use, or does massage help with sleep.',
    helpShort: 'Say next, repeat, go back, skip this part, go to a body part, or pause. Or ask me a question.',
    helpReprompt: 'Say next to go on, or ask me a question.',
    goodbyeWithPlace: "Goodbye. I've kept your place on {part}, so just open baby massage to carry on.",
    goodbye: 'Goodbye, and enjoy the cuddles.',
    fallback: "Sorry, I didn't catch that. You can say next, repeat, go back, or pause.",
    fallbackReprompt: 'Say next, repeat, go back, or pause.',
    notNow: "Alright, I'll wait. Say resume when you're ready, or ask me something else.",
    unexpectedAnswer: "I'm not sure what that was for. Say next to go on, or repeat to hear the stroke again.",
    unknownRequest: "Sorry, I can't do that here. Say next to go on, or help to hear what I can do.",
    error: "Sorry, something went wrong on my side, but your place is safe. Say repeat to hear the stroke again.",
    errorReprompt: 'Say repeat, or next to go on.',
    skippingPart: 'Skipping {part}.',
    partNotInRoutine: "This massage doesn't do {part}, so we'll stay where we are. Say next to go on.",
    partSkippedLater: "Alright, I'll leave out {part} when we get there.",
    whichPart: 'Which part? You can say the legs, tummy, chest, arms, face or back.',
    whichPartReprompt: 'Say a body part, like go to the tummy, or say next.',
    where: "We're on {step}, on {part}, in {routine}.",
    whereNowhere: "We haven't started a massage yet.",
    timeLeft: 'About {minutes} to go, with {strokes} strokes left, this one included.',
    timeLeftOneStroke: 'About {minutes} to go: this is the last stroke.',
    timeLeftNoStrokes: 'About {minutes} to go: just the end of the massage.',
    oneMinute: 'a minute',
    minutes: '{count} minutes',
    howLongRoutines: 'The full massage takes about twenty-five minutes; the quick one, the bedtime one and the newborn one about five.',
    routineList:
      'There are five: the full massage, about twenty-five minutes; a quick one, five; colic relief, seven; a bedtime wind-down, five; ' +
      'and a first massage for newborns, five. Or just the legs, tummy, arms, face or back.',
    unknownRoutine: "I don't know that one.",
    noSinglePartRoutine: "There's no short massage for that part alone, so here it is in the full massage.",
    restartCheck: "We're on {step}, on {part}. Start again from the very beginning?",
    restartCheckReprompt: 'Say yes to start again, or no to carry on.',
    asleep: "Then let them sleep: the massage can wait. I've kept your place on {part}. Sleep well, little one.",
    asleepNothingKept: 'Then let them sleep: the massage can wait. Sleep well, little one.',
    upset: `Paused. Stop, and pick your baby up: crying means no for now. A cuddle, a feed or a clean ${words.nappy} may be all they need.`,
    upsetReprompt: "Say resume when you're both ready, or stop to finish for today.",
    needs: "Of course, go ahead. I've paused on {part}. After a feed, leave about forty-five minutes before the massage.",
    needsReprompt: "Say resume when you're back, or open baby massage later and I'll remember your place.",
    unwell: `Then not today. Leave the massage while your baby is unwell, and for two days after vaccinations. If you're worried, talk to ${words.healthProfessional}.`,
    unwellPlaceKept: "I've kept your place for another day.",
    dislikes:
      "That's alright, and you can stop at any time. Watch your baby's signs: crying, turning away, arching, hiccups, yawning, looking away " +
      'or clenched fists all mean enough for now. You could skip this part, or try just the legs another day. Shall we carry on?',
    pace: {
      slower: "Alright, I'll speak more slowly.",
      faster: "Alright, I'll speak a little faster.",
      'longer-pauses': 'Alright, more time for each stroke.',
      'shorter-pauses': 'Alright, shorter pauses.',
      brief: "Alright, less talking: the stroke's name and count, then time to massage.",
      detail: 'Alright, more detail, with ideas to talk and sing as you go.',
      normal: 'Alright, back to the usual pace.',
    },
    paceAtLimit: "That's already as far as I go that way.",
    whichPace: 'You can say slower, faster, longer pauses, shorter pauses, less talking, or more detail.',
  };
}
