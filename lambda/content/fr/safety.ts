import { FrenchVocabulary } from './vocabulary';

/** The safety lines every opening is made from, the course's lessons' too (content/fr/lessons.ts). */
export function safetyLines(words: FrenchVocabulary): { check: string; setting: string; oil: string; checkInBrief: string } {
  /** Before the first stroke of any routine, in full for a new parent. */
  const check =
    "D'abord, une petite vérification. Pas de massage aujourd'hui si votre bébé est malade, a de la fièvre, des boutons ou la peau abîmée, " +
    `ou s'il a eu des vaccins ces deux derniers jours. ${capital(words.afterFeed)}, attendez environ trois quarts d'heure.`;
  const setting = 'Bébé sur une serviette, par terre, dans une pièce chaude, en couche. Ongles courts, ni bagues ni bracelets.';
  const oil = "L'huile est facultative : à partir d'un mois, une huile végétale simple, sans parfum, sans fruits à coque, testée d'abord sur un petit bout de peau, et jamais sur le visage.";
  /** The same check in one line, for a parent who has heard it before. */
  const checkInBrief = 'Petite vérification : bébé en forme, pas de nouveaux boutons, pas de vaccins depuis deux jours, pas juste après un repas.';

  return { check, setting, oil, checkInBrief };
}

/** "après un boire" at the head of a sentence. */
export function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
