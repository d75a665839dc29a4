import type { HandlerInput } from 'ask-sdk-core';
import { getSlot } from './sdk';
import { SlotName } from './intents';

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
