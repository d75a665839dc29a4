import { HandlerInput } from 'ask-sdk-core';
import { Response } from 'ask-sdk-model';
import { SpeechBuilder } from './ssml';

/** A short spoken answer that keeps the session open, with its reprompt. */
export function ask(input: HandlerInput, speech: string | readonly string[], reprompt: string): Response {
  const spoken = typeof speech === 'string' ? [speech] : speech;
  return input.responseBuilder
    .speak(new SpeechBuilder().say(...spoken).build())
    .reprompt(new SpeechBuilder().say(reprompt).build())
    .getResponse();
}

/** A last word: the session closes. */
export function goodbye(input: HandlerInput, speech: string): Response {
  return input.responseBuilder.speak(new SpeechBuilder().say(speech).build()).withShouldEndSession(true).getResponse();
}
