import { StepScript, pause } from '../types';
import { slowCount } from './count';
import { TEACHING, lessonSteps } from './lessons';
import { GermanVocabulary } from './vocabulary';

/**
 * Every step after the openings, by step id (content/de/steps.ts has the openings), with the course's
 * own steps. The stroke names are the ones German Babymassage courses use (Indisches und Schwedisches
 * Ausstreichen, Wasserrad, Sonne und Mond, Offenes Buch, Schmetterling).
 */
export function strokes(words: GermanVocabulary): Record<string, StepScript> {
  return { ...withTeaching(massageStrokes(words)), ...lessonSteps(words) };
}

/** The strokes of the massages, each with what a lesson adds when it teaches it. */
function withTeaching(scripts: Record<string, StepScript>): Record<string, StepScript> {
  return Object.fromEntries(Object.entries(scripts).map(([id, script]) => [id, TEACHING[id] ? { ...script, teach: TEACHING[id] } : script]));
}

function massageStrokes(words: GermanVocabulary): Record<string, StepScript> {
  const cuddle: StepScript = {
    name: 'Das Kuscheln zum Schluss',
    how: ['Nimm dein Baby in den Arm, gern Haut an Haut.'],
    practice: ['Atmet langsam, zusammen.', pause(10), 'Spür, wie warm und entspannt es ist.', pause(10), 'Halt es einfach.', pause(10)],
    connect: 'Bedank dich bei deinem Baby für die Massage.',
    watch: 'Vielleicht will dein Baby jetzt trinken oder schlafen. Richte dich nach ihm.',
  };

  return {
    'leg-indian-milking': {
      name: 'Indisches Ausstreichen',
      how: [
        'Erst ein Bein. Halte den Knöchel, leg die andere Hand um den Oberschenkel und streich hinunter zum Fuß.',
        'Dann Hände wechseln, wie beim Seilziehen.',
      ],
      times: 'Etwa dreimal.',
      practice: ['Oberschenkel, hinunter zum Fuß.', pause(10), 'Hände wechseln, und hinunter.', pause(10), 'Noch einmal, langsam und gleichmäßig.', pause(9)],
      connect: 'Sag deinem Baby: Das ist dein Bein.',
      watch: 'Ist das Bein steif, halte es still, schüttle es sanft und sag: locker.',
    },

    // The newborn's Indian milking: newborns guard the inner thighs, so the hands stay outside and below.
    'newborn-leg-milking': {
      name: 'Indisches Ausstreichen',
      how: [
        'Erst ein Bein. Halte den Knöchel, leg die andere Hand außen an den Oberschenkel und streich hinunter zum Fuß. Nur außen und darunter.',
        'Dann Hände wechseln, wie beim Seilziehen.',
      ],
      times: 'Etwa dreimal.',
      practice: ['Außen am Oberschenkel, hinunter zum Fuß.', pause(10), 'Hände wechseln, und hinunter.', pause(10), 'Noch einmal, langsam und gleichmäßig.', pause(9)],
      connect: 'Sag deinem Baby: Das ist dein Bein.',
      watch: 'Ist das Bein steif, halte es still, schüttle es sanft und sag: locker.',
    },

    'leg-hug-and-glide': {
      name: 'Drücken und Drehen',
      how: [
        'Beide Hände oben um den Oberschenkel. Sanft drücken und die Hände leicht gegeneinander drehen, während du zum Knöchel gleitest.',
        'Am Knie besonders sanft.',
      ],
      times: 'Etwa dreimal.',
      practice: ['Umfassen, drehen und gleiten.', pause(10), 'Wieder nach oben, und nochmal.', pause(10), 'Ein letztes Mal, bis zum Knöchel.', pause(9)],
      connect: 'Hier passt ein leises Lied.',
      watch: 'Schau dabei deinem Baby ins Gesicht: Runzelt es die Stirn, geh leichter.',
    },

    'foot-sole': {
      name: 'Daumen über Daumen, und Zehen rollen',
      how: [
        'Halte den Fuß. Die Daumen streichen abwechselnd über die Sohle, von der Ferse zu den Zehen.',
        'Dann roll jeden Zeh zwischen Daumen und Finger und lass ihn herausgleiten.',
      ],
      times: 'Dreimal streichen, dann jeden Zeh einmal.',
      practice: ['Daumen über Daumen, Ferse bis Zehen.', pause(11), 'Jetzt jeder kleine Zeh, vom großen an.', pause(15)],
      connect: 'Ein kleiner Zehenreim passt hier gut.',
      watch: 'Krümmen sich die Zehen, werd langsamer und lass sie entspannen.',
    },

    'foot-top-and-ankle': {
      name: 'Daumendrücken, Fußrücken und Knöchel',
      how: [
        'Drück mit dem Daumen in kleinen Tupfern über die ganze Sohle und den Fußballen.',
        'Dann streich über den Fußrücken, vom Knöchel zu den Zehen, und kreise mit den Fingerspitzen um den Knöchel.',
      ],
      times: 'Von jedem ein paar.',
      practice: ['Kleine Tupfer, über die ganze Sohle.', pause(10), 'Fußrücken, Knöchel bis Zehen.', pause(9), 'Kleine Kreise um den Knöchel.', pause(9)],
      connect: 'Zähl die Tupfer laut mit.',
      watch: 'Zieht dein Baby den Fuß weg, lass los, und komm sanft zurück.',
    },

    'leg-swedish-milking': {
      name: 'Schwedisches Ausstreichen, und Rollen',
      how: [
        'Jetzt in die andere Richtung: vom Knöchel hinauf zur Hüfte, Hand über Hand.',
        'Dann roll das Bein locker zwischen flachen Händen, vom Oberschenkel zum Knöchel.',
      ],
      times: 'Jeweils dreimal.',
      practice: ['Knöchel hinauf zur Hüfte.', pause(10), 'Und nochmal.', pause(8), 'Jetzt rollen, Oberschenkel bis Knöchel.', pause(10), 'Noch einmal, schön locker.', pause(8)],
      connect: 'Sag deinem Baby, wie stark seine Beine sind.',
      watch: 'Nie am Knie ziehen oder drehen. Spannt sich das Bein an, leg einfach die Hand auf.',
    },

    'other-leg': {
      name: 'Das andere Bein',
      how: ['Die gleichen Griffe am anderen Bein. Ich sage jeden an.'],
      practice: ['Leg deine Hand darauf.', pause(4)],
      connect: 'Benenne jeden Teil: Oberschenkel, Knie, Knöchel, Zehen.',
      watch: 'Wird dein Baby unruhig, sag einfach: diesen Teil überspringen.',
    },

    'other-leg-one-stroke': {
      name: 'Das andere Bein',
      how: ['Der gleiche Griff am anderen Bein. Ich sage ihn an.'],
      practice: ['Leg deine Hand darauf.', pause(4)],
      connect: 'Benenne jeden Teil: Oberschenkel, Knie, Knöchel, Zehen.',
      watch: 'Wird dein Baby unruhig, sag einfach: diesen Teil überspringen.',
    },

    'legs-integration': {
      name: 'Po-Kreise und das lange Ausstreichen',
      how: [
        'Schieb die Hände unter den Po, und mach langsame Kreise.',
        'Dann mit beiden Händen in einem langen Zug von der Hüfte über die Beine bis zu den Füßen.',
      ],
      times: 'Ein paar Kreise, dann dreimal ausstreichen.',
      practice: ['Langsame Kreise.', pause(10), 'Lang ausstreichen, bis zu den Füßen.', pause(8), 'Nochmal.', pause(8), 'Und noch einmal.', pause(6)],
      connect: 'Sag deinem Baby: Beine fertig.',
      watch: 'Wird die Haut rot, blass oder fleckig, oder ballt dein Baby die Fäuste, ist es erst mal genug: Wickel es warm ein.',
    },

    'tummy-water-wheel': {
      name: 'Wasserrad',
      how: [
        'Nicht direkt nach dem Trinken, und lass den Nabel aus, bis er verheilt ist.',
        'Bleib unterhalb der Rippen. Die Hände wie Schaufeln, eine nach der anderen, streichen sanft von unter den Rippen zum Unterbauch.',
      ],
      times: 'Etwa sechsmal.',
      practice: ['Schaufeln, und schaufeln.', pause(10), 'Schön langsam.', pause(10), 'Hand nach Hand.', pause(10)],
      connect: 'Sprich leise: Hier ist dein Bauch.',
      watch: 'Spannt sich der Bauch an, lass die Hände ruhen, bis er weich wird.',
    },

    'knees-up': {
      name: 'Knie zum Bauch',
      how: ['Halte beide Unterschenkel und schieb die Knie sanft Richtung Bauch. Halte sie dort, langsam bis sechs gezählt, dann streck die Beine wieder aus.'],
      practice: ['Knie hoch, und halten.', ...slowCount(6), 'Und ausstrecken.', pause(5)],
      watch: 'Nie weiter drücken, als es für dein Baby angenehm ist.',
    },

    'tummy-sun-and-moon': {
      name: 'Sonne und Mond',
      how: [
        'Im Uhrzeigersinn, von oben gesehen: die rechte Seite deines Babys hinauf, hinüber, die linke hinunter.',
        'Eine Hand kreist ganz herum: die Sonne. Die andere folgt mit einem Halbkreis, von etwa zehn bis fünf Uhr: der Mond.',
      ],
      times: 'Etwa sechsmal.',
      practice: ['Kreis, und Mond.', pause(11), 'Kreis, und Mond.', pause(11), 'Ruhig und gleichmäßig.', pause(10)],
      connect: 'Summ dabei eine langsame Melodie.',
      watch: 'Schluckauf oder Spucken heißt: Der Bauch hat genug. Hör hier auf und kuschel.',
    },

    'tummy-i-love-you': {
      name: 'Ich hab dich lieb',
      how: [
        'Mal drei Buchstaben auf den Bauch. I: gerade die linke Seite deines Babys hinunter.',
        'L: unter den Rippen von seiner rechten zur linken Seite, dann hinunter.',
        'U: rechts hinauf, hinüber, links hinunter.',
      ],
      times: 'Zweimal durch.',
      practice: ['I.', pause(5), 'L.', pause(6), 'U.', pause(6), 'Und nochmal. I, L, U.', pause(15)],
      connect: 'Sag dabei leise: Ich hab dich so lieb.',
      watch: 'Pupst dein Baby, ist das ganz normal. Mach sanft weiter.',
    },

    'chest-open-book': {
      name: 'Offenes Buch und Schmetterling',
      how: [
        'Hände flach auf die Brustmitte, an den Rippen entlang nach außen gleiten und zurück, wie ein Herz.',
        'Schmetterling: abwechselnd eine Hand von der Rippenseite zur gegenüberliegenden Schulter und zurück.',
      ],
      times: 'Von jedem drei.',
      practice: ['Das Buch öffnen.', pause(10), 'Und nochmal.', pause(8), 'Schmetterling, eine Seite.', pause(9), 'Und die andere.', pause(9)],
      connect: 'Schau deinem Baby in die Augen.',
      watch: 'Gähnen oder Wegschauen heißt Pause: Hände ruhen lassen, bis dein Baby wieder herschaut.',
    },

    'arm-milking': {
      name: 'Achselhöhle und Ausstreichen',
      how: [
        'Erst ein Arm: ein paar sanfte Striche in der Achselhöhle.',
        'Dann das Handgelenk halten und von der Schulter zur Hand streichen, Hand über Hand. Dann drücken und drehen.',
      ],
      times: 'Jeweils etwa dreimal.',
      practice: ['Achselhöhle.', pause(6), 'Ausstreichen, Schulter bis Hand.', pause(10), 'Und nochmal.', pause(8), 'Drücken und drehen.', pause(10)],
      connect: 'Benenne es: dein Arm, dein Ellbogen, deine Hand.',
      watch: 'Hält dein Baby den Arm fest an der Brust, wipp ihn sanft und sag: locker. Nie gerade ziehen.',
    },

    'hand-palm-and-fingers': {
      name: 'Handfläche, Finger und Handgelenk',
      how: ['Öffne die Hand mit den Daumen, vom Handballen zu den Fingern. Roll jeden Finger. Streich über den Handrücken, dann kreise ums Handgelenk.'],
      times: 'Dreimal streichen, und jeden Finger einmal.',
      practice: ['Handfläche öffnen.', pause(9), 'Jeder kleine Finger.', pause(11), 'Handrücken.', pause(8), 'Kreise ums Handgelenk.', pause(8)],
      connect: 'Zähl die Finger laut.',
      watch: 'Geballte Fäuste heißen: Dein Baby ist unsicher. Streich über den Handrücken, bis die Hand von selbst aufgeht.',
    },

    'other-arm': {
      name: 'Der andere Arm',
      how: ['Erst diesen Arm fertig: vom Handgelenk hinauf zur Schulter streichen, dann zwischen den Händen rollen.'],
      practice: ['Hinauf zur Schulter.', pause(9), 'Und rollen.', pause(8), 'Jetzt der andere Arm. Ich sage die Griffe an.', pause(2)],
      after: ['Hinauf zur Schulter, und rollen.', pause(12)],
      connect: 'Sing dabei, wenn du magst.',
      watch: 'Wisch das Öl von den Händen deines Babys, bevor sie in den Mund wandern.',
    },

    'face-forehead-and-nose': {
      name: 'Stirn, Augenbrauen und Wangen',
      how: [
        'Hier deine leichteste Berührung.',
        'Fingerspitzen von der Mitte der Stirn hinaus zu den Schläfen. Daumen an den Augenbrauen entlang nach außen. Dann vom Nasenrücken die Nase hinunter und über die Wangen nach außen.',
      ],
      times: 'Jeweils dreimal.',
      practice: ['Stirn, hinaus zu den Seiten.', pause(9), 'Augenbrauen.', pause(8), 'Nase, und Wangen.', pause(9), 'Noch einmal, alle drei.', pause(11)],
      connect: 'Lächle weiter. Dein Baby schaut dich an.',
      watch: 'Manche Babys lieben das, manche nicht. Dreht dein Baby sich weg, lass das Gesicht heute aus.',
    },

    'face-smile-and-jaw': {
      name: 'Lächeln, Kiefer und Ohren',
      how: [
        'Mal mit den Daumen ein Lächeln über die Oberlippe, dann unter die Unterlippe.',
        'Federleicht kleine Kreise am Kiefergelenk. Dann hinter den Ohren streichen, und unter dem Kinn.',
      ],
      times: 'Jeweils dreimal.',
      practice: ['Lächeln oben.', pause(8), 'Lächeln unten.', pause(8), 'Kieferkreise.', pause(9), 'Ohren, und Kinn.', pause(9)],
      connect: 'Lächle dein Baby an.',
      watch: 'Dreht dein Baby sich weg, ist es genug mit dem Gesicht für heute.',
    },

    'back-back-and-forth': {
      name: 'Hin und her',
      how: [
        'Sprich weiter: Dein Baby kann dich jetzt nicht sehen.',
        'Hände quer auf den Rücken, gegeneinander hin und her, hinunter zum Po und hinauf.',
        'Dann ausstreichen: Eine Hand ruht auf dem Po, die andere gleitet vom Nacken hinunter.',
      ],
      times: 'Jeweils dreimal.',
      practice: ['Hin und her, hinunter.', pause(10), 'Und wieder hinauf.', pause(9), 'Ausstreichen.', pause(8), 'Und ausstreichen.', pause(8)],
      connect: 'Sprich leise weiter.',
      watch: 'Wehrt sich dein Baby in Bauchlage, hör hier auf und kuschel.',
    },

    'back-circles-and-combing': {
      name: 'Kreise und Kämmen',
      how: [
        'Kleine Fingerspitzenkreise neben der Wirbelsäule, nie darauf, von den Schultern bis zum Po.',
        'Dann kämm mit den Fingerspitzen leicht über Rücken und Beine hinunter.',
      ],
      times: 'Einmal Kreise, dann dreimal kämmen.',
      practice: ['Kleine Kreise.', pause(11), 'Weiter den Rücken hinunter.', pause(11), 'Jetzt kämmen.', pause(8), 'Leichter.', pause(6), 'Leicht wie eine Feder.', pause(6)],
      connect: 'Ein geflüstertes Lied passt gut dazu.',
      watch: 'Wird dein Baby schläfrig, werd ganz langsam: Bald ist Schluss.',
    },

    'gentle-movements': {
      name: 'Die sanften Bewegungen',
      how: [
        'Langsam und verspielt, nie weiter, als dein Baby möchte.',
        'Kreuz die Arme über der Brust, dann weit öffnen. Dann einen Arm und das gegenüberliegende Bein über dem Bauch zusammenführen, und öffnen. Dann die andere Seite.',
      ],
      times: 'Jeweils dreimal.',
      practice: [
        'Arme kreuzen, und weit öffnen.',
        pause(10),
        'Arm zum gegenüberliegenden Bein, und öffnen. Dann die andere Seite.',
        pause(12),
        'Knie hoch, und halten.',
        ...slowCount(6),
        'Ausstrecken. Jetzt langsam Fahrrad fahren, dann lass die Beine sich von selbst ausstrecken.',
        pause(11),
      ],
      connect: 'Mach ein Spiel daraus: Achtung, fertig, strecken.',
      watch: 'Die Beine nie mit Kraft strecken oder gerade ziehen: Spürst du Widerstand, geh mit, oder lass es.',
    },

    'closing-cuddle': cuddle,

    // The colic massage's cuddle: a parent who came straight to the short opening hears the colic advice
    // here, once, where they would plan the next time (a first-timer heard it in the opening).
    'colic-closing': {
      ...cuddle,
      returning: {
        how: cuddle.how,
        practice: cuddle.practice,
        watch:
          'Bei Blähungen macht man die Kolikmassage zwei- bis dreimal am Tag, etwa zwei Wochen lang. ' +
          `Wenn das Weinen nicht aufhört oder dir etwas komisch vorkommt, wende dich an ${words.healthProfessional}.`,
      },
    },

    'once-more': {
      name: 'Noch einmal',
      how: ['Die gleichen Griffe nochmal, etwas langsamer. Ich sage sie an.'],
      practice: [],
      watch: 'Hör auf, sobald dein Baby genug hat.',
    },

    'colic-round-two': {
      name: 'Zweite Runde',
      how: ['Die gleichen vier Griffe nochmal. Ich sage sie an.'],
      practice: [],
      watch: 'Manche Babys pupsen jetzt. Mach sanft weiter, und hör auf, wenn dein Baby genug hat.',
    },

    'colic-round-three': {
      name: 'Letzte Runde',
      how: ['Die gleichen vier Griffe, ein letztes Mal. Ich sage sie an.'],
      practice: [],
      watch: 'Zum Schluss lass deine Hände auf dem Bauch ruhen.',
    },

    'bedtime-settle': {
      name: 'Zur Ruhe kommen',
      how: [`Eine Hand ruht still auf dem Rücken, die andere auf dem Kopf. Ist dein Baby schläfrig, leg es auf dem Rücken in sein ${words.cot}.`],
      practice: ['Ruhige Hände.', pause(15), 'Langsam atmen.', pause(15), 'Und ausruhen.', pause(10)],
      watch: 'Gute Nacht.',
    },
  };
}
