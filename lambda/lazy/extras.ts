/**
 * What most requests never need: the play-along protocol, the Echo Show screens and the answers to
 * questions. In the Lambda bundle this is a file of its own beside index.js (tools/build.ts), read
 * only by the request that needs it, so a cold start neither loads nor parses it. `lazy.ts` finds it.
 */
export * as audio from '../play-along/commands';
export { onPlaybackEvent } from '../play-along/events';
export { addScreen } from '../screens/index';
export * as views from '../screens/views';
export { questions } from '../content/en/questions';
