import { readFileSync } from 'fs';
import { VirtualAlexa } from 'virtual-alexa';
import type { Resolution } from '../alexa/resolver';
import type { SlotFill } from '../alexa/envelope';
import { modelFile } from '../interaction-model/build';
import type { InteractionModel } from '../interaction-model/types';
import type { SupportedLocale } from '../../lambda/content/locales';

/**
 * The second, independent resolver the understanding measure uses: Bespoken's virtual-alexa over the
 * same interaction models. It is stricter than ours in one way Alexa is not (a custom slot takes only
 * the values and synonyms listed), and looser in one way that is a bug (any phrase containing "ask",
 * "open" or "tell" counts as a launch): the phrasings are said inside a session, so only one that
 * starts with the skill's name is read as a launch or a one-shot, as Alexa does.
 */
/** What virtual-alexa sent the skill, as much of it as the measure reads. */
interface HeardRequest {
  readonly type: string;
  readonly intent?: {
    readonly name: string;
    readonly slots?: Record<string, { readonly value?: string; readonly resolutions?: { readonly resolutionsPerAuthority?: readonly { readonly status: { readonly code: string }; readonly values?: readonly { readonly value: { readonly id: string } }[] }[] } }>;
  };
}

export class VirtualAlexaResolver {
  private readonly alexa: VirtualAlexa;
  private readonly language: InteractionModel['interactionModel']['languageModel'];
  private heard: HeardRequest | undefined;

  constructor(locale: SupportedLocale) {
    const model = JSON.parse(readFileSync(modelFile(locale), 'utf8')) as InteractionModel;
    this.language = model.interactionModel.languageModel;
    this.alexa = VirtualAlexa.Builder()
      .handler(async (event: { request: HeardRequest }) => {
        this.heard = event.request;
        return { version: '1.0', response: {} };
      })
      .interactionModel(model.interactionModel)
      .locale(locale)
      .create();
    const alexa = this.alexa as unknown as { parseLaunchRequest(utter: string): unknown };
    const launchOrOneShot = alexa.parseLaunchRequest.bind(alexa);
    alexa.parseLaunchRequest = (utter) => (/^(?:ask|open|launch|talk to|tell) baby massage\b/i.test(utter) ? launchOrOneShot(utter) : undefined);
  }

  async resolve(phrase: string): Promise<Resolution> {
    // A one-shot ("ask baby massage for the bedtime one"): Alexa hands the skill what follows the name;
    // virtual-alexa reads only "ask ... to ...".
    const oneShot = /^(?:ask|tell) baby massage (?:to |for |about |whether |if )?(.+)$/i.exec(phrase);
    this.heard = undefined;
    try {
      await this.alexa.utter(oneShot ? oneShot[1] : phrase);
    } catch {
      return { kind: 'none', examples: [] };
    }
    const request = this.lastHeard();
    if (request?.type === 'LaunchRequest') return { kind: 'launch' };
    if (request?.type !== 'IntentRequest' || !request.intent) return { kind: 'none', examples: [] };
    const { name } = request.intent;
    const declared = this.language.intents.find((intent) => intent.name === name);
    const slots: Record<string, SlotFill> = {};
    for (const [slot, fill] of Object.entries(request.intent.slots ?? {})) {
      if (!fill.value) continue;
      const type = declared?.slots?.find((s) => s.name === slot)?.type;
      const custom = this.language.types.some((t) => t.name === type);
      const resolution = fill.resolutions?.resolutionsPerAuthority?.[0];
      const id = resolution?.status.code === 'ER_SUCCESS_MATCH' ? resolution.values?.[0]?.value.id : undefined;
      slots[slot] = { value: fill.value, ...(custom && type ? { slotType: type } : {}), ...(id ? { id } : {}) };
    }
    return { kind: 'intent', name, slots, oneShot: oneShot !== null };
  }

  private lastHeard(): HeardRequest | undefined {
    return this.heard;
  }
}
