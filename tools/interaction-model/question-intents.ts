import { IntentSource, SlotTypeSource } from './types';

/** Questions parents ask aloud (benefits, safety and how-to): filled by the questions work (issue 4). */
export const questionIntents: readonly IntentSource[] = [];
export const questionSlotTypes: readonly SlotTypeSource[] = [];
