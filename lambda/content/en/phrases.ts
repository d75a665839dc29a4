import { Phrases } from '../types';
import { Vocabulary } from './vocabulary';

/** Everything the guide says around the steps, in English. */
export function phrases(_words: Vocabulary): Phrases {
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
  };
}
