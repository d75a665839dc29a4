import { Phrases } from '../types';

/** Everything the guide says around the steps, in English. */
export function phrases(): Phrases {
  return {
    welcome:
      "Welcome to baby massage. I'll guide you stroke by stroke, from the legs to the back, in fifteen to twenty minutes. " +
      "Say pause any time, and next when you're ready.",
    welcomeBack: "Welcome back to baby massage. Let's begin. Say pause at any time.",
    resumeOffer: 'Welcome back. Last time you stopped at {step}, on {part}. Shall we carry on from there?',
    resumeOfferReprompt: 'Shall we carry on from {step}? Say yes, or say start over to begin again.',
    startFresh: "Alright, let's start from the beginning.",
    stateReset: "I couldn't pick up where you left off last time, so let's start again from the beginning.",
    resuming: ["Let's pick up from the start of this stroke.", 'Back to where we were.'],
    repeating: ['Once more.', 'Here it is again.'],
    alreadyAtStart: "We're at the very first step, so here it is again.",
    goOn: ["Say next when you're ready.", "When you're both ready, say next.", 'Say next to go on.'],
    stepReprompt: 'Say next to go on, or repeat to hear that again.',
    finished: "That's the whole massage. Well done, both of you. Enjoy the calm together.",
    alreadyFinished: "We've finished the massage. Say start over to begin again, or stop to finish.",
    alreadyFinishedReprompt: 'Say start over to begin again, or stop.',
    paused: 'Paused on {part}. Take your time, and comfort your baby if they need you.',
    pausedReprompt: "Say resume when you're ready. If you need longer, just open baby massage later and I'll remember your place.",
    nothingToPause: "We haven't started a massage yet. Say start when you and your baby are ready.",
    nothingToResume: "There's nothing to carry on from yet, so let's start at the beginning.",
    help:
      'I talk you through a baby massage, stroke by stroke. Say next to go on, repeat to hear a stroke again, ' +
      'go back for the one before, or pause if your baby needs you. ' +
      'You can also ask me things like, what oil should I use, or does massage help with sleep.',
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
  };
}
