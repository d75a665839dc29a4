/**
 * The questions the skill can answer, by stable id. The ids are the slot values' ids in the
 * interaction models (BENEFIT_TOPIC, SAFETY_TOPIC) and the keys of the answers in content/<locale>.
 */
export const BENEFIT_TOPICS = [
  'sleep',
  'bonding',
  'relaxation',
  'digestion',
  'reflux',
  'teething',
  'breathing',
  'immunity',
  'brain',
  'growth',
  'awareness',
  'circulation',
  'autonomy',
] as const;
export type BenefitTopic = (typeof BENEFIT_TOPICS)[number];

export const SAFETY_TOPICS = [
  'when-not',
  'vaccinations',
  'feeding',
  'oil',
  'how-long',
  'how-often',
  'sleeping',
  'age',
  'newborn',
  'premature',
  'crying',
  'others',
  'bath',
  'setting',
  'pressure',
  'hips',
  'skin',
  'soft-spot',
  'hernia',
  'postnatal',
] as const;
export type SafetyTopic = (typeof SAFETY_TOPICS)[number];

export const BENEFIT_SLOT_TYPE = 'BENEFIT_TOPIC';
export const SAFETY_SLOT_TYPE = 'SAFETY_TOPIC';

/**
 * How strong the evidence is behind an answer, graded from the published trials and reviews. It
 * decides the wording: only `research` answers may say "research suggests".
 */
export type Evidence = 'research' | 'mixed' | 'little' | 'none' | 'not-for-babies' | 'value' | 'practice';

export function isBenefitTopic(id: unknown): id is BenefitTopic {
  return BENEFIT_TOPICS.includes(id as BenefitTopic);
}

export function isSafetyTopic(id: unknown): id is SafetyTopic {
  return SAFETY_TOPICS.includes(id as SafetyTopic);
}
