import { RequestHandler } from 'ask-sdk-core';
import { answerInPlace } from '../../../guide/moves';
import { readSlot } from '../../slots';
import { IntentName, SlotName } from '../../intents';
import { isIntent } from '../../match';
import { turnOf } from '../../turn';
import { answering } from '../../../lazy';

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
    const heard = said.kind === 'unmatched' ? said.heard : '';
    // "he has clicky hips, can I still massage?" is a question that starts like a statement.
    return answering().respondToWords(input, heard, ['statement', 'question', 'command'], () => answerInPlace(input, content.phrases.statementUnplaced, content.phrases.fallbackReprompt));
  },
};
