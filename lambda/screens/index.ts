import { existsSync, readFileSync } from 'fs';
import * as path from 'path';
import { HandlerInput } from 'ask-sdk-core';
import { ScreenView } from './views';

export * as views from './views';

/**
 * The screens chunk (lambda/lazy/index.ts loads it on first use): the views and the one APL document.
 */

/** The RenderDocument token: UserEvents name the document they came from. */
export const DOCUMENT_TOKEN = 'baby-massage';

let document: unknown;

/**
 * The APL document, read from its JSON file on the first screen (next to the bundle in Lambda, see
 * tools/build.ts), so screenless devices and cold starts never load or parse it.
 */
export function screenDocument(): unknown {
  if (document === undefined) {
    const file = [path.join(__dirname, 'document.json'), path.join(__dirname, 'screens', 'document.json')].find((candidate) => existsSync(candidate));
    if (!file) throw new Error('The APL document is missing');
    document = JSON.parse(readFileSync(file, 'utf8'));
  }
  return document;
}

/** Shows a screen on this turn's reply. Callers check `supportsApl` first. */
export function addScreen(input: HandlerInput, view: ScreenView): void {
  input.responseBuilder.addDirective({
    type: 'Alexa.Presentation.APL.RenderDocument',
    token: DOCUMENT_TOKEN,
    document: screenDocument() as Record<string, unknown>,
    datasources: { payload: view as unknown as Record<string, unknown> },
  });
}
