import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { turnOf } from '../alexa/turn';
import type { CommandKind, UnderstandingOrder } from '../content/understand';
import { answerQuestion } from './answers';
import { respondToStatement } from './statements';
import { goBack, goNext, pause, repeat, resume, startOver } from './words';

const COMMANDS: Readonly<Record<CommandKind, (input: HandlerInput) => Response | Promise<Response>>> = {
  next: goNext,
  repeat,
  previous: goBack,
  pause,
  resume,
  'start-over': startOver,
};

/**
 * Words Alexa could not place, in a free slot or a custom slot it could not resolve: whatever they
 * mean (a command inside them, a statement about the baby, a question; tried in `order`, what the
 * words came as first) is done, as the spoken word would be; words that mean none of these get
 * `otherwise`. Unresolved words are never trusted as the slot's value.
 */
export function respondToWords(input: HandlerInput, heard: string, order: UnderstandingOrder, otherwise: () => Response | Promise<Response>): Response | Promise<Response> {
  const understood = turnOf(input).content.questions.understand(heard, order);
  switch (understood?.kind) {
    case 'command':
      return COMMANDS[understood.command](input);
    case 'statement':
      return respondToStatement(input, understood.statement);
    case 'question':
      return answerQuestion(input, understood.topic.kind, { kind: 'matched', id: understood.topic.id });
    default:
      return otherwise();
  }
}
