import * as path from 'path';
import { circles, importGraph, upwardImports } from '../tools/deps/check';

const graph = importGraph(path.join(__dirname, '..'));

describe('dependencies in lambda/ flow one way', () => {
  it('no import runs back up a layer (handlers -> guide -> play-along, screens -> turn, storage -> routine, speech, content)', () => {
    expect(upwardImports(graph)).toEqual([]);
  });

  it('no import circle', () => {
    expect(circles(graph)).toEqual([]);
  });

  it('reads the real imports: a handler reaches the guide, the guide the routine', () => {
    expect(graph.get('lambda/alexa/handlers/spoken/next.ts')).toContain('lambda/guide/words.ts');
    expect(graph.get('lambda/guide/moves.ts')).toContain('lambda/routine/machine.ts');
  });

  it('would catch an upward import and a circle', () => {
    const bad = new Map([
      ['lambda/routine/machine.ts', ['lambda/guide/moves.ts']],
      ['lambda/guide/moves.ts', ['lambda/routine/machine.ts']],
    ]);
    expect(upwardImports(bad)).toEqual(['lambda/routine/machine.ts -> lambda/guide/moves.ts']);
    expect(circles(bad)).toEqual([['lambda/guide/moves.ts', 'lambda/routine/machine.ts']]);
  });
});
