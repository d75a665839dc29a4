import { ItalianVocabulary } from './vocabulary';

/** The safety lines every opening is made from, the course's lessons' too (content/it/lessons.ts). */
export function safetyLines(words: ItalianVocabulary): { check: string; setting: string; oil: string; checkInBrief: string } {
  /** Before the first stroke of any routine, in full for a new parent. */
  const check =
    'Prima, un controllo. Oggi no se il bimbo sta male, ha febbre, sfoghi o pelle lesa, ' +
    `o ha fatto i ${words.jabs} negli ultimi due giorni. Dopo la poppata, aspetta quarantacinque minuti.`;
  const setting = `Il bimbo sull'asciugamano per terra, in una stanza calda, col solo ${words.nappy}. Unghie corte, niente anelli né braccialetti.`;
  const oil = "L'olio è facoltativo: dopo il primo mese, un olio vegetale semplice, senza profumo, non di frutta a guscio, provato prima su un pezzetto di pelle. Mai sul viso.";
  /** The same check in one line, for a parent who has heard it before. */
  const checkInBrief = `Controllo veloce: bimbo in forma, nessuno sfogo nuovo, niente ${words.jabs} da due giorni, non ha appena mangiato.`;

  return { check, setting, oil, checkInBrief };
}
