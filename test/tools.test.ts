import { promises as fs, mkdtempSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { FileAdapter } from '../lambda/storage/file-adapter';
import { launchRequest } from '../tools/alexa/envelope';
import { Resolver, loadModel, normalise } from '../tools/alexa/resolver';
import { speechText } from '../tools/alexa/speech-text';

describe('resolver (typed phrases against the real en-GB model)', () => {
  const resolver = new Resolver(loadModel('en-GB'));

  it.each(['start baby massage', 'Alexa, open baby massage', 'launch baby massage', 'baby massage', 'resume baby massage', 'talk to baby massage'])('"%s" launches', (phrase) => {
    expect(resolver.resolve(phrase)).toEqual({ kind: 'launch' });
  });

  it.each([
    ['next', 'AMAZON.NextIntent'],
    ['Hold on!', 'AMAZON.PauseIntent'],
    ["The baby's crying.", 'BabyUpsetIntent'],
    ['hang on I need to change her nappy', 'BabyNeedsIntent'],
    ['slower please', 'PaceIntent'],
    ['carry on', 'ContinueIntent'],
    ['say that again please', 'AMAZON.RepeatIntent'],
    // Built-ins the model declares without samples: Alexa's own phrases for them.
    ['loop', 'AMAZON.LoopOnIntent'],
    ['shuffle off', 'AMAZON.ShuffleOffIntent'],
  ])('"%s" is %s', (phrase, name) => {
    expect(resolver.resolve(phrase)).toMatchObject({ kind: 'intent', name, oneShot: false });
  });

  it('knows the one-shot form', () => {
    expect(resolver.resolve('ask baby massage to start a massage')).toMatchObject({ kind: 'intent', name: 'StartRoutineIntent', oneShot: true });
  });

  it('does not guess: an unknown phrase comes back with examples', () => {
    const result = resolver.resolve('order me a pizza');
    expect(result.kind).toBe('none');
    expect(result.kind === 'none' && result.examples).toContain('next');
  });

  it('normalises like a transcript: case, curly apostrophes, punctuation', () => {
    expect(normalise('Alexa, the baby’s CRYING!')).toBe("the baby's crying");
  });
});

describe('speechText', () => {
  it('shows pauses and sounds, sums chained breaks and unescapes', () => {
    const ssml =
      '<speak><audio src="soundbank://x"/><prosody rate="88%"><s>Mum &amp; baby.</s><break time="10s"/><break time="2500ms"/><s>Again.</s></prosody></speak>';
    expect(speechText(ssml)).toBe('(sound) Mum & baby. (pause 12.5 s) Again.');
  });
});

describe('FileAdapter', () => {
  const envelope = (userId: string) => launchRequest({ locale: 'en-US', userId });

  it('keeps each user apart and survives a new adapter on the same file', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'bm-file-')), 'nested', 'state.json');
    await new FileAdapter(file).saveAttributes(envelope('a'), { version: 1, routine: { stepIndex: 3 } });
    await new FileAdapter(file).saveAttributes(envelope('b'), { version: 1 });
    const again = new FileAdapter(file);
    expect(await again.getAttributes(envelope('a'))).toEqual({ version: 1, routine: { stepIndex: 3 } });
    expect(await again.getAttributes(envelope('nobody'))).toEqual({});
    await again.deleteAttributes(envelope('a'));
    expect(await again.getAttributes(envelope('a'))).toEqual({});
    expect(await again.getAttributes(envelope('b'))).toEqual({ version: 1 });
  });

  it('moves a corrupt file aside instead of overwriting it, and carries on', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'bm-file-'));
    const file = path.join(dir, 'state.json');
    await fs.writeFile(file, '{"a": {"version": 1, "rou');
    const adapter = new FileAdapter(file);
    expect(await adapter.getAttributes(envelope('a'))).toEqual({});
    const kept = (await fs.readdir(dir)).filter((name) => name.startsWith('state.json.corrupt-'));
    expect(kept).toHaveLength(1);
    expect(await fs.readFile(path.join(dir, kept[0]), 'utf8')).toBe('{"a": {"version": 1, "rou');
    await adapter.saveAttributes(envelope('a'), { version: 1 });
    expect(JSON.parse(await fs.readFile(file, 'utf8'))).toEqual({ a: { attributes: { version: 1 }, version: 1 } });
  });
});
