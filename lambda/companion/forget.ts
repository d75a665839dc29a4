import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { turnOf } from '../alexa/turn';
import { fill } from '../content/fill';
import { ask, goodbye } from '../speech/respond';
import { thenWayBack } from './way-back';

/**
 * "Forget everything about me": what the skill keeps, said plainly, and "shall I delete all of it?".
 * Nothing is deleted without the yes.
 */
export function askToForget(input: HandlerInput): Response {
  const turn = turnOf(input);
  const words = turn.content.companion;
  turn.offer = 'forget-me';
  const items = [...words.forgetItems, ...(turn.profile.born ? [words.forgetAge] : [])];
  const list = `${items.slice(0, -1).join(', ')} ${words.and} ${items[items.length - 1]}`;
  return ask(input, fill(words.forgetAsk, { list }), words.forgetAskReprompt);
}

/**
 * "Yes": the parent's item is deleted, and nothing is written again this session (the next visit
 * starts fresh). A store that does not answer deletes nothing, and says so.
 */
export async function forgetNow(input: HandlerInput): Promise<Response> {
  const words = turnOf(input).content.companion;
  if (await turnOf(input).store.forget()) return goodbye(input, words.forgotten);
  return thenWayBack(input, [words.forgetFailed]);
}

/** "No": everything stays as it was. */
export function keepEverything(input: HandlerInput): Response {
  return thenWayBack(input, [turnOf(input).content.companion.forgetKept]);
}
