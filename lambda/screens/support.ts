import { HandlerInput } from 'ask-sdk-core';
import { screens } from '../lazy';

/**
 * Whether the device has a screen that takes APL (an Echo Show or Spot). Screenless devices must get
 * no APL directive at all. Small and free of the screens, so a request for a screenless device never
 * loads them.
 */
export function supportsApl(input: HandlerInput): boolean {
  return input.requestEnvelope.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL'] !== undefined;
}

/**
 * Puts a screen on this turn's reply if the device has one. The screen code and document are loaded
 * only then: `make` receives the view builders.
 */
export function showScreen(input: HandlerInput, make: (views: typeof import('./views')) => import('./views').ScreenView): void {
  if (!supportsApl(input)) return;
  const { addScreen, views } = screens();
  addScreen(input, make(views));
}
