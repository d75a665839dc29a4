import { HandlerInput } from 'ask-sdk-core';
import { turnOf } from '../alexa/turn';
import { PaceChange, changePace } from '../routine/pace';

/**
 * "Slower", "more time", "less talking": remembered in the parent's profile, and the line that says
 * what changed (or that it goes no further), for the spoken guide and play-along alike.
 */
export function applyPace(input: HandlerInput, change: PaceChange): string {
  const turn = turnOf(input);
  const { phrases } = turn.content;
  const { prefs, atLimit } = changePace(turn.profile.prefs, change);
  const { prefs: _old, ...rest } = turn.profile;
  turn.profile = Object.keys(prefs).length > 0 ? { ...rest, prefs } : rest;
  return atLimit ? phrases.paceAtLimit : phrases.pace[change];
}
