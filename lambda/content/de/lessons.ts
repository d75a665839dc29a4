import { Line, StepScript, pause } from '../types';
import { safetyLines } from './safety';
import { GermanVocabulary } from './vocabulary';

/**
 * The course's own words (routine/lessons.ts), as a Babymassage-Kursleiterin would teach them over
 * five weeks: each lesson's opening, its reviews and practice passes, and what a lesson adds the first
 * time it teaches a stroke.
 */
export function lessonSteps(words: GermanVocabulary): Record<string, StepScript> {
  const { check, setting, oil, checkInBrief } = safetyLines(words);
  const ask = 'Hände wärmen, deinem Baby zeigen, und frag: Darf ich dich massieren?';
  const returning = (extra: string): StepScript['returning'] => ({
    how: [`${checkInBrief} ${extra}`, pause(2)],
    practice: ['Atme langsam aus, wärm deine Hände, und frag: Darf ich dich massieren?', pause(9)],
    watch: '',
  });
  const called = (name: string, how: string, watch: string): StepScript => ({ name, how: [how], practice: [], watch });
  /** The opening of lessons two to five: the full check for a first-timer, what today brings, the asking. */
  const later = (today: string, watch: string, todayInBrief = today): StepScript => ({
    name: 'Ankommen',
    how: [check, setting, oil, today],
    practice: ['Schultern sinken lassen, langsam ausatmen.', pause(8), ask, pause(10), 'Achte auf ein Ja.', pause(6)],
    watch,
    returning: returning(todayInBrief),
  });

  return {
    // Week one teaches the beginning itself: relaxing, asking, and reading the answer. Always in full.
    'lesson-1-opening': {
      name: 'Willkommen im Kurs',
      how: [
        'In fünf Lektionen, gern eine pro Woche, lernst du die ganze Massage Stück für Stück und übst zu Hause.',
        check,
        setting,
        oil,
        'Heute: das Anfangen, dann Beine und Füße. Dort ist dein Baby Berührung gewohnt, da fällt der Anfang leicht.',
      ],
      practice: [
        'Entspann dich zuerst selbst: Schultern sinken lassen, langsam ausatmen.',
        pause(8),
        'Reib etwas Öl zwischen den Händen, hörbar für dein Baby.',
        pause(6),
        'Jetzt frag: offene Hände zeigen, in die Augen schauen, und leise: Darf ich dich massieren?',
        pause(9),
        'Ein Ja: wache Augen, Greifen, ruhiges Strampeln. Wegdrehen, Weinen oder Überstrecken heißt: jetzt nicht.',
        pause(8),
        'Leg deine warmen Hände auf die Beine, und atme weiter ruhig.',
        pause(8),
      ],
      watch: 'Frag jedes Mal, auch wenn dein Baby noch ganz klein ist: Das Fragen gehört zur Massage.',
    },

    'lesson-2-opening': later('Heute: kurz die Beine, dann der Bauch.', 'Hat dein Baby heute keine Lust, ist Kuscheln genauso gut. Morgen ist auch noch ein Tag.'),
    'lesson-3-opening': later('Heute: kurz Beine und Bauch, dann Brust und Arme.', 'Arme werden anfangs oft festgehalten. Das ist normal: Wir gehen langsam vor.'),
    'lesson-4-opening': later(
      'Leg ein Tuch bereit, um vor dem Gesicht die Hände abzuwischen. Heute: das Gesicht, dann der Rücken.',
      'Manche Babys lieben die Griffe im Gesicht, manche nicht: Beides ist in Ordnung.',
      'Ein Tuch für deine Hände. Heute: das Gesicht, dann der Rücken.',
    ),
    'lesson-5-opening': later(
      'Heute: die ganze Massage der Reihe nach, jeder Griff mit Namen, und zum Schluss die sanften Bewegungen.',
      'Die ganze Massage ist für manche Babys viel. Mittendrin aufhören ist immer in Ordnung.',
      'Heute: die ganze Massage, und zum Schluss die sanften Bewegungen.',
    ),

    'legs-review': called('Die Beine im Überblick', 'Die Beingriffe von letzter Woche, erst ein Bein, dann das andere. Ich sage sie an.', 'Ist dein Baby unruhig, sag: diesen Teil überspringen.'),
    'tummy-review': called('Der Bauch im Überblick', 'Die Bauchgriffe, im Uhrzeigersinn und leicht. Ich sage sie an.', 'Ein angespannter Bauch oder ein Stirnrunzeln heißt: leichter, oder heute weglassen.'),
    'tummy-practice': {
      ...called('Übungsrunde', 'Jetzt die drei Bauchgriffe nochmal der Reihe nach, ohne Erklärungen. Ich sage jeden an.', 'Ein harter, angespannter Bauch oder Weinen heißt: aufhören und kuscheln.'),
      connect: 'Sing oder summ leise dabei.',
    },
    'face-practice': called('Übungsrunde', 'Beide Gesichtsgriffe nochmal, ganz sanft, ohne Erklärungen. Ich sage sie an.', 'Dreht dein Baby sich weg, lass das Gesicht für einen anderen Tag.'),
    'back-practice': called('Übungsrunde', 'Beide Rückengriffe nochmal, ohne Erklärungen. Ich sage sie an.', 'Lass immer eine Hand an deinem Baby.'),
    'whole-legs': called('Die ganze Massage', 'Ab hier die ganze Massage der Reihe nach, jeder Griff mit Namen: zuerst Beine und Füße, ein Bein, dann das andere.', 'Richte dich nach deinem Baby: Sag jederzeit diesen Teil überspringen, um etwas auszulassen.'),
    'whole-tummy': called('Der Bauch', 'Die Bauchgriffe, im Uhrzeigersinn und leicht. Ich sage sie an.', 'Ein angespannter Bauch heißt: leichter, oder weiter zum nächsten Teil.'),
    'whole-chest-and-arms': called('Brust, Arme und Hände', 'Das offene Buch, dann die Griffe für Arm und Hand, ein Arm, dann der andere.', 'Wird ein Arm fest gehalten, schüttle ihn sanft und sag: locker.'),
    'whole-face': called('Das Gesicht', 'Wisch deine Hände ab. Die Gesichtsgriffe, federleicht. Ich sage sie an.', 'Wegdrehen heißt: Das Gesicht heute weglassen.'),
    'whole-back': called('Der Rücken', 'Die Rückengriffe, mit einer Hand immer an deinem Baby. Ich sage sie an.', 'Hebt dein Baby den Kopf und quengelt, dreh es zurück und kuschel.'),
  };
}

/**
 * What a lesson says the first time it teaches each stroke (RoutineStep.teach), after the usual how-to:
 * why it is done, and what the hands should feel. Claims stay with what the reference supports.
 */
export const TEACHING: Readonly<Record<string, readonly Line[]>> = {
  'leg-indian-milking': ['Das indische Ausstreichen geht vom Körper weg, zu den Füßen. Die ganze Hand liegt an, nicht nur die Fingerspitzen.'],
  'leg-hug-and-glide': ['Ein sanftes Auswringen, mit winziger Drehung: wie an einem Wasserhahn, nicht wie bei einem nassen Tuch.'],
  'foot-sole': ['Die Füße sind oft der Lieblingsteil. Deine Daumen bleiben flach und laufen abwechselnd, wie kleine Schritte.'],
  'foot-top-and-ankle': ['Auf dem Fußrücken drücken die Daumen nur leicht, die Zehen nie nach hinten biegen. Die Knöchelkreise sind winzig.'],
  'leg-swedish-milking': ['Das schwedische Ausstreichen geht andersherum, vom Fuß zum Oberschenkel, und schließt das Bein mit einem langen, ruhigen Strich ab.'],
  'legs-integration': ['Das verbindet die Griffe, die Beine fühlen sich wie ein Ganzes an. Ein guter Abschluss für die Beine, jedes Mal.'],
  'tummy-water-wheel': ['Die Hände schaufeln abwechselnd wie ein Wasserrad, immer nach unten, weg von den Rippen. Den Nabel auslassen, solange er heilt.'],
  'tummy-sun-and-moon': ['Die Sonne ist ein ganzer Kreis mit einer Hand, der Mond ein Halbkreis mit der anderen. Im Uhrzeigersinn, wie jeder Bauchgriff.'],
  'tummy-i-love-you': ['Sag die Worte, während du die Buchstaben malst: I, L, und ein umgedrehtes U. Babys lernen sie kennen.'],
  'chest-open-book': ['Die flachen Hände öffnen sich nach außen wie Buchseiten und kommen in Herzform zurück. Nicht mehr Druck als am Bauch.'],
  'arm-milking': ['Arme bleiben oft nah am Körper. Nie gerade ziehen: Ist ein Arm gebeugt, streich ihn einfach so.'],
  'hand-palm-and-fingers': ['Babys greifen oft nach deinem Finger: schön so. Öffne die Hand nur, wenn sie leicht aufgeht.'],
  'face-forehead-and-nose': ['Deine Daumen machen die Arbeit, federleicht. Viele Babys schließen hier die Augen.'],
  'face-smile-and-jaw': ['Manche Eltern machen diese kleinen Kieferkreise, wenn ein Baby zahnt. Berühr dabei nur ganz leicht.'],
  'back-back-and-forth': ['Deine Hände bewegen sich gegeneinander über den Rücken, wie beim Schleifen eines Bretts, ganz langsam. Nie auf die Wirbelsäule drücken.'],
  'back-circles-and-combing': ['Die Kreise gehen neben der Wirbelsäule, nie darauf. Das Kämmen ist die leichteste Berührung der ganzen Massage.'],
  'gentle-movements': ['Das ist Spiel, kein Turnen. Geh nur so weit, wie dein Baby sich leicht bewegt, und hör bei jedem Widerstand auf.'],
};
