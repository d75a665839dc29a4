import type { HandlerInput } from 'ask-sdk-core';
import { getIntentName, getRequestType } from './sdk';
import { IntentName } from './intents';

/** True when the request is an IntentRequest for one of `names`. */
export function isIntent(input: HandlerInput, ...names: readonly IntentName[]): boolean {
  return (
    getRequestType(input.requestEnvelope) === 'IntentRequest' &&
    names.includes(getIntentName(input.requestEnvelope) as IntentName)
  );
}

export function isRequestType(input: HandlerInput, type: string): boolean {
  return getRequestType(input.requestEnvelope) === type;
}
