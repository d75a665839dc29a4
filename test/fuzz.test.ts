import { fuzz } from '../tools/fuzz/run';

/**
 * 2,000 generated cases per run (`npm run fuzz` runs 20,000): every intent and slot of the model,
 * every request type of Alexa's interfaces, devices with and without AudioPlayer and a screen, the
 * skill's real tokens and near-misses, offsets of every kind, stored states of version 1, 2, newer and
 * broken, malformed sessions, missing parts, and sequences of Alexa's reports and button presses. Every
 * reply must be valid for its request (no speech on AudioPlayer and PlaybackController requests), every
 * Play directive inside its step, and whatever is stored readable. The seed is fixed so a failure
 * reproduces; FUZZ_SEED picks another.
 */
describe('any request at all', () => {
  it('gets a reply Alexa accepts for its type, and never a throw', async () => {
    await fuzz(Number(process.env.FUZZ_RUNS_PER_TEST ?? 2000), Number(process.env.FUZZ_SEED ?? 20261124));
  }, 120_000);
});
