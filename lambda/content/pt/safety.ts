import { PortugueseVocabulary } from './vocabulary';

/** The safety lines every opening is made from, the course's lessons' too (content/pt/lessons.ts). */
export function safetyLines(words: PortugueseVocabulary): { check: string; setting: string; oil: string; checkInBrief: string } {
  /** Before the first stroke of any routine, in full for a new parent. */
  const check =
    'Primeiro, uma checagem. Hoje não, se o bebê estiver doente, com febre, irritação ou ferida na pele, ' +
    `ou se tomou ${words.jabs} há menos de dois dias. Após mamar, espere uns quarenta e cinco minutos.`;
  const setting = `Bebê numa toalha no chão, em lugar quentinho, só de ${words.nappy}. Unhas curtas, sem anéis nem pulseiras.`;
  const oil = 'Óleo é opcional: a partir de um mês, vegetal, sem perfume, sem castanhas, testado antes num pedacinho da pele, nunca no rosto.';
  /** The same check in one line, for a parent who has heard it before. */
  const checkInBrief = `Checagem: bebê bem, sem irritação nova, sem ${words.jabs} há dois dias, não mamou agora.`;

  return { check, setting, oil, checkInBrief };
}
