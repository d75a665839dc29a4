import { FULL_ROUTINE } from '../../routine/routines';
import { pause } from '../../speech/ssml';
import { StepScript } from '../types';
import { Vocabulary } from './vocabulary';

// PLACEHOLDER: real step scripts are being written; this keeps the skill runnable meanwhile.
export function steps(words: Vocabulary): Record<string, StepScript> {
  void words;
  return Object.fromEntries(
    FULL_ROUTINE.steps.map((s) => [
      s.id,
      { name: s.id.replace(/-/g, ' '), how: ['Placeholder how.'], times: 'Three times.', practice: ['Go.', pause(3)], watch: 'Watch your baby.' },
    ]),
  );
}
