import { fuzz } from '../tools/fuzz/run';

/**
 * 2,000 generated cases per run (`npm run fuzz` runs 20,000): every intent and slot of the model,
 * every request type of Alexa's interfaces, devices with and without AudioPlayer and a screen (and
 * declarations Alexa would never send), the skill's real tokens of every step and variant, other
 * versions' and near-misses, offsets of every kind, PlaybackFailed errors up to 300 KB, the screen's
 * touches, stored states of version 1 (as it was stored), 2, newer and corrupt, malformed sessions,
 * missing parts. Half the cases are sequences of 2 to 6 requests for the same parent and store, whose
 * reports, buttons, touches and words follow the audio the skill last played and the session it left
 * open. Every reply must be valid for its request (no speech, card or screen on AudioPlayer and
 * PlaybackController requests), every Play directive inside its step (tools/fuzz/check.ts
 * maxOffsetFor) with a token readToken reads, whatever is stored readable, and a newer release's state
 * never saved over. The seed is fixed so a failure reproduces; FUZZ_SEED picks another.
 */
describe('any request at all', () => {
  it('gets a reply Alexa accepts for its type, and never a throw', async () => {
    await fuzz(Number(process.env.FUZZ_RUNS_PER_TEST ?? 2000), Number(process.env.FUZZ_SEED ?? 20261124));
  }, 120_000);
});
