import { HandlerInput, SkillBuilders } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';

/**
 * The smallest useful ask-sdk-core skill (like the SDK's hello-world sample), with the same async
 * entry shape as ours and bundled the same way: the baseline the benchmark compares cold start with.
 */
const skill = SkillBuilders.custom()
  .addRequestHandlers({
    canHandle: (input: HandlerInput) => input.requestEnvelope.request.type === 'LaunchRequest',
    handle: (input: HandlerInput) => input.responseBuilder.speak('Hello world.').reprompt('Say hello.').getResponse(),
  })
  .create();

export const handler = (event: RequestEnvelope, context: unknown) => skill.invoke(event, context);
