import { fuzz } from '../tools/fuzz/run';

/**
 * 2,000 generated envelopes per run (`npm run fuzz` runs 20,000): every intent and slot of the model,
 * every request type of Alexa's interfaces, malformed sessions and stored states, missing parts. The
 * seed is fixed so a failure reproduces; FUZZ_SEED picks another.
 */
describe('any request at all', () => {
  it('gets a reply Alexa accepts for its type, and never a throw', async () => {
    await fuzz(Number(process.env.FUZZ_RUNS_PER_TEST ?? 2000), Number(process.env.FUZZ_SEED ?? 20261124));
  }, 120_000);
});
