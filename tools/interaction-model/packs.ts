import { PackLanguage, PackLocale } from '../../lambda/content/locales';
import { InteractionModel } from './types';

/**
 * Each language pack's interaction model (tools/interaction-model/<language>/index.ts, with the
 * vocabulary of lambda/content/<language>/vocabulary.ts), built for one of its locales. A language is
 * listed once its pack is complete.
 */
export const MODEL_PACKS: Readonly<Partial<Record<PackLanguage, { build(locale: PackLocale): InteractionModel }>>> = {};
