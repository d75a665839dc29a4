import { RequestHandler } from 'ask-sdk-core';
import { answerInPlace } from '../../../guide/moves';
import { respondToStatement } from '../../../guide/statements';
import { readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';

/**
 * Something said about the baby in the parent's own words ("she's just weed everywhere", "he's got the
 * hiccups", "she's holding my finger"): the classifier finds what it means and the guide answers as it
 * does to the statement intents. Words it cannot place keep the place and say what works from here.
 */
export const statementHandler: RequestHandler = {
  canHandle: (input) => isIntent(input, IntentName.Statement),
  handle(input) {
    const { content } = turnOf(input);
    const said = readSlot(input, SlotName.Statement);
    const kind = said.kind === 'unmatched' ? content.questions.statementOf(said.heard) : undefined;
    if (kind) return respondToStatement(input, kind);
    return answerInPlace(input, content.phrases.statementUnplaced, content.phrases.fallbackReprompt);
  },
};
