import type { HandlerInput } from 'ask-sdk-core';
import { getSlot } from './sdk';
import { SlotName } from './intents';
import { turnOf } from './turn';
import { isMassagePart } from '../routine/machine';
import type { MassagePart } from '../routine/types';

/** What a slot held: nothing, a value the model resolved (its id), or words it did not. */
export type SlotValue = { readonly kind: 'none' } | { readonly kind: 'matched'; readonly id: string } | { readonly kind: 'unmatched'; readonly heard: string };

export function readSlot(input: HandlerInput, name: SlotName): SlotValue {
  const request = input.requestEnvelope.request;
  const slot = request.type === 'IntentRequest' ? getSlot(input.requestEnvelope, name) : null;
  if (!slot?.value) return { kind: 'none' };
  const resolution = slot.resolutions?.resolutionsPerAuthority?.[0];
  const id = resolution?.status?.code === 'ER_SUCCESS_MATCH' ? resolution.values?.[0]?.value?.id : undefined;
  return id ? { kind: 'matched', id } : { kind: 'unmatched', heard: String(slot.value) };
}

/**
 * The body part a part slot names: the value Alexa resolved, or, for words it could not resolve ("her
 * face, she hates it"), a part named inside them (the skill's own classifier). Unresolved words are
 * never trusted as they are.
 */
export function partNamed(input: HandlerInput, slot: SlotValue): MassagePart | undefined {
  if (slot.kind === 'matched') return isMassagePart(slot.id) ? slot.id : undefined;
  if (slot.kind === 'unmatched') return turnOf(input).content.questions.partOf(slot.heard);
  return undefined;
}
