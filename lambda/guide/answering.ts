/**
 * Everything that answers rather than moves (lambda/lazy's `answering()` chunk): questions, "where
 * are we", "how much is left", the list of routines, help, statements about the baby and words Alexa
 * could not place. A launch and "next" never need it, so a cold start neither loads nor parses it.
 */
export { answerHelp, answerNearest, answerQuestion, answerRoutines, answerTimeLeft, answerWhere, replayAnswer } from './answers';
export { respondToStatement } from './statements';
export { respondToWords } from './understood';
