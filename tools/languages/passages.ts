/**
 * The same three short passages of guidance, written in each language the skill is to speak (issue
 * 21), to compare how fast eSpeak NG says each language against English: a language's speaking rate
 * for the timing estimate is eSpeak NG's words a minute for it over its words a minute for English,
 * times the English rate calibrated for Alexa (`tools/languages/rates.ts`). Each is written as a
 * parent there would hear it; they are measuring sticks, not the skill's words.
 */
export const PASSAGES: Readonly<Record<string, readonly [string, string, string]>> = {
  en: [
    'Warm your hands and rest them on the legs for a moment. Then hold the ankle, wrap your other hand round the thigh, and glide slowly down to the foot.',
    'Watch your baby while you massage. Bright eyes and a smile mean yes. Crying, turning away or arching the back mean not today, so stop and cuddle instead.',
    'Oil is optional. If you use one, choose a plain plant oil without scent, try it on a small patch of skin first, and keep it away from the face.',
  ],
  de: [
    'Wärme deine Hände und lege sie einen Moment auf die Beine. Dann hältst du den Knöchel, umfasst mit der anderen Hand den Oberschenkel und streichst langsam bis zum Fuß.',
    'Beobachte dein Baby während der Massage. Wache Augen und ein Lächeln bedeuten ja. Weinen, Wegdrehen oder ein Überstrecken bedeuten heute nicht, also hör auf und kuschle stattdessen.',
    'Öl ist kein Muss. Wenn du eines nimmst, dann ein reines Pflanzenöl ohne Duft. Probiere es zuerst an einer kleinen Hautstelle aus und halte es vom Gesicht fern.',
  ],
  es: [
    'Calienta tus manos y apóyalas un momento sobre las piernas. Luego sujeta el tobillo, rodea el muslo con la otra mano y desliza despacio hasta el pie.',
    'Observa a tu bebé mientras le das el masaje. Los ojos brillantes y una sonrisa significan que sí. Si llora, gira la cabeza o arquea la espalda, hoy no: para y abrázalo.',
    'El aceite es opcional. Si usas uno, que sea un aceite vegetal sin perfume. Pruébalo antes en una zona pequeña de la piel y mantenlo lejos de la cara.',
  ],
  fr: [
    'Réchauffe tes mains et pose-les un instant sur les jambes. Puis tiens la cheville, entoure la cuisse de ton autre main et glisse lentement jusqu’au pied.',
    'Observe ton bébé pendant le massage. Des yeux brillants et un sourire veulent dire oui. S’il pleure, détourne la tête ou se cambre, ce n’est pas le jour : arrête et fais-lui un câlin.',
    'L’huile n’est pas obligatoire. Si tu en utilises une, choisis une huile végétale sans parfum, teste-la d’abord sur un petit bout de peau et garde-la loin du visage.',
  ],
  it: [
    'Scalda le mani e appoggiale per un momento sulle gambe. Poi tieni la caviglia, avvolgi la coscia con l’altra mano e scivola piano fino al piede.',
    'Osserva il tuo bambino durante il massaggio. Occhi vivaci e un sorriso vogliono dire sì. Se piange, si gira o inarca la schiena, oggi no: fermati e coccolalo.',
    'L’olio non è obbligatorio. Se lo usi, scegli un olio vegetale senza profumo, provalo prima su un piccolo tratto di pelle e tienilo lontano dal viso.',
  ],
  pt: [
    'Aqueça as mãos e apoie-as um momento nas perninhas. Depois segure o tornozelo, envolva a coxa com a outra mão e deslize devagar até o pé.',
    'Observe o seu bebê durante a massagem. Olhos brilhando e um sorriso querem dizer sim. Se ele chorar, virar o rosto ou arquear as costas, hoje não: pare e dê colo.',
    'O óleo é opcional. Se usar, escolha um óleo vegetal sem perfume, teste antes num pedacinho da pele e mantenha longe do rosto.',
  ],
  nl: [
    'Warm je handen op en leg ze even op de beentjes. Houd dan het enkeltje vast, sla je andere hand om het bovenbeen en strijk langzaam naar beneden tot aan de voet.',
    'Let tijdens de massage op je baby. Heldere oogjes en een glimlach betekenen ja. Huilen, wegdraaien of de rug hol trekken betekent vandaag niet: stop en knuffel in plaats daarvan.',
    'Olie hoeft niet. Gebruik je wel olie, kies dan een pure plantaardige olie zonder geur, probeer die eerst op een klein stukje huid en houd hem weg van het gezicht.',
  ],
};

/** Words as the timing estimate counts them (lambda/speech/timing.ts): whitespace-separated, with a letter or digit. */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}
