import { Questions } from '../types';
import { classifiersFor } from '../understand';
import * as understanding from './understanding';
import { GermanVocabulary } from './vocabulary';

/**
 * Answers to the questions German-speaking parents ask aloud, graded by the evidence in
 * lambda/content/topics.ts (the same grade as the English answer) and written in our own words:
 * - "Studien deuten darauf hin" only where the grade is research (Bindung, Schlaf, Gewicht bei
 *   Frühgeborenen im Krankenhaus, die Stimmung nach der Geburt);
 * - elsewhere "manche Eltern merken", or plainly that there is wenig oder keine Forschung;
 * - never that massage heals, treats or prevents anything;
 * - health answers end with the short not-medical-advice line (added by the handler).
 */
export function questions(words: GermanVocabulary): Questions {
  const asked: Questions = {
    benefits: {
      sleep: {
        evidence: 'research',
        health: true,
        sentences: [
          'Studien deuten darauf hin, dass Massage manchen Babys hilft, besser zu schlafen.',
          'In einer kleinen Studie fanden Babys mit einer abendlichen Massage durch ihre Mütter schneller in einen Tag-Nacht-Rhythmus.',
          'Die Studien sind klein, aber eine kurze, ruhige Massage vor dem Schlafen ist einen sanften Versuch wert.',
        ],
      },
      bonding: {
        evidence: 'research',
        health: true,
        sentences: [
          'Hier ist der Nutzen am klarsten: Studien deuten darauf hin, dass Massage dich und dein Baby einander näherbringen kann, mit mehr Blickkontakt, Lächeln und Geplapper.',
          'Mütter mit gedrückter Stimmung gingen in Studien liebevoller mit ihren Babys um, und Väter, die massieren, fühlten sich näher dran und weniger gestresst.',
          'Und es ist einfach ruhige Zeit zu zweit, egal wer zu Hause ist.',
        ],
      },
      relaxation: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Manche Eltern merken, dass ihr Baby nach einer Massage ruhiger und ausgeglichener ist.',
          'In ein paar kleinen Untersuchungen sanken danach die Stresshormone, aber die Datenlage ist dünn.',
          'Deine ruhige Stimme und deine Hände machen dabei viel aus.',
        ],
      },
      digestion: {
        evidence: 'mixed',
        health: true,
        sentences: [
          'Manche Eltern merken, dass die Bauchgriffe im Uhrzeigersinn und Knie zum Bauch einem Baby mit Blähungen guttun.',
          `Die Forschung zu Koliken ist gemischt: In einer Untersuchung half Massage nicht mehr als ein sanft vibrierendes ${words.cot}, und zu Verstopfung bei Babys gibt es kaum Forschung.`,
          'Die Kolikmassage hier dauert etwa neun Minuten; direkt nach dem Trinken lässt du den Bauch aus.',
        ],
      },
      reflux: {
        evidence: 'none',
        health: true,
        sentences: [
          'Zu Massage bei Reflux gibt es keine Untersuchungen, also nichts, was für eine Wirkung spricht.',
          'Spucken ist häufig und wird meist mit der Zeit besser. Lass die Bauchgriffe bis lange nach dem Trinken weg, und nimm lieber Beine oder Rücken.',
          'Spuckt dein Baby sehr viel, scheint es Schmerzen zu haben oder nimmt es nicht zu, lass das ansehen.',
        ],
      },
      teething: {
        evidence: 'none',
        health: true,
        sentences: [
          'Zu Massage beim Zahnen oder bei verstopfter Nase gibt es kaum Forschung.',
          'Manche Eltern finden kleine Kreise am Kiefer oder leichtes Streichen über die Wangen wohltuend, und wundes Zahnfleisch mit einem sauberen Finger zu reiben, ist ein bewährter Trost.',
        ],
      },
      breathing: {
        evidence: 'not-for-babies',
        health: true,
        sentences: [
          'Die Studie, die oft genannt wird, untersuchte Kinder mit Asthma zwischen 4 und 14 Jahren, keine Babys; über Säuglinge sagt sie nichts.',
          'Es gibt keine Forschung, die zeigt, dass Massage die Atmung eines Babys verändert.',
        ],
      },
      immunity: {
        evidence: 'little',
        health: true,
        sentences: [
          'Dazu gibt es wenig Forschung.',
          'In einer Untersuchung mit Frühgeborenen im Krankenhaus wurde eine Art Abwehrzellen aktiver, aber diese Babys hatten nicht weniger Infekte.',
          'Darauf solltest du bei Massage also nicht setzen.',
        ],
      },
      brain: {
        evidence: 'little',
        health: true,
        sentences: [
          'Dazu gibt es wenig Forschung, und es wurde nicht gezeigt, dass Massage das Lernen oder die Entwicklung gesunder Babys verändert.',
          'Ein paar kleine Untersuchungen an Frühgeborenen sahen eine schnellere Reifung im Gehirn, aber das ist weit von einem Beweis entfernt.',
          'Das Reden, Singen und der Blickkontakt bei der Massage tun jedem Baby gut.',
        ],
      },
      growth: {
        evidence: 'research',
        health: true,
        sentences: [
          'Ist dein Baby zu früh geboren, sprich vorher mit dem Team, das es betreut.',
          'Studien deuten auf einen möglichen Nutzen nur bei Frühgeborenen hin: In manchen Kliniken nahmen massierte Babys etwas schneller zu und durften früher nach Hause.',
          'Bei gesunden Babys zu Hause gibt es kaum Forschung, dass Massage Wachstum oder Muskelspannung verändert.',
        ],
      },
      awareness: {
        evidence: 'none',
        health: false,
        sentences: [
          'Zu Körperwahrnehmung oder Koordination gibt es keine direkte Forschung.',
          'Aber wenn du beim Massieren jeden Teil benennst, dein Bein, deine Zehen, dein Bauch, wird die Massage zu einer schönen Zeit zum Spielen und für erste Wörter.',
        ],
      },
      circulation: {
        evidence: 'none',
        health: true,
        sentences: [
          'Es gibt keine Untersuchungen an Babys, die zeigen, dass Massage die Durchblutung oder die Sauerstoffversorgung verbessert.',
          'Genieß sie am besten wegen der Nähe und Ruhe, die sie euch beiden schenkt.',
        ],
      },
      autonomy: {
        evidence: 'value',
        health: false,
        sentences: [
          'Dein Baby um Erlaubnis zu fragen und auf seine Antwort zu achten, ist das Herzstück der Babymassage.',
          'Dreht es sich weg oder quengelt, hörst du auf, und zeigst ihm so von Anfang an, dass sein Körper ihm gehört.',
          'Das ist eine Haltung, keine Aussage über Gesundheit.',
        ],
      },
    },

    safety: {
      'when-not': {
        evidence: 'practice',
        health: true,
        sentences: [
          'Lass die Massage aus, wenn dein Baby Fieber hat, krank wirkt, oder einen Ausschlag, offene Haut oder nässendes Ekzem hat.',
          `Warte zwei Tage nach einer ${words.jabs}, nicht direkt nach dem Trinken, und massier nie ein schlafendes oder sehr aufgebrachtes Baby.`,
          `Bei Durchfall lass den Bauch aus, und nach einer Operation, einem Knochenbruch oder bei Gelbsucht frag vorher ${words.healthProfessional}.`,
        ],
      },
      vaccinations: {
        evidence: 'practice',
        health: true,
        sentences: [
          `Warte nach einer ${words.jabs} mindestens 48 Stunden mit der Massage, und lass die Einstichstelle aus, bis sie abgeheilt ist.`,
          `Vor einer ${words.jabs} zu massieren, ist in Ordnung.`,
        ],
      },
      feeding: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Warte nach dem Stillen oder Fläschchen etwa 45 Minuten, damit sich der Bauch beruhigen kann.',
          'Ein hungriges Baby genießt es aber auch nicht, also such dir eine ruhige, wache Zeit zwischen den Mahlzeiten.',
        ],
      },
      oil: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Öl ist freiwillig, und die Forschung zu Ölen ist unsicher: In einer großen Untersuchung in Nepal machten Sonnenblumen- und Senföl für die Haut kaum einen Unterschied, und Sonnenblumenöl ist am besten untersucht.',
          'Wenn du eins nimmst, dann ein Pflanzenöl ohne Duft, am besten kalt gepresst und speisetauglich, weil Babys an ihren Händen lutschen, und teste es vorher an einer kleinen Hautstelle.',
          'Kein Nussöl, kein Olivenöl, kein angewärmtes oder heißes Öl, keine ätherischen Öle unter sechs Monaten, und bei Neugeborenen frühestens ab einem Monat.',
          'Nie Öl in Nase, Mund oder Ohren deines Babys, nichts ins Gesicht, und massier auf dem Boden: Ein eingeöltes Baby ist rutschig.',
        ],
      },
      'how-long': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Fang mit etwa fünf Minuten an, wie bei der Einschlaf- oder Neugeborenenmassage hier, und steigere dich bis zur ganzen, etwa achtundzwanzig Minuten, wenn dein Baby es genießt.',
          'Du kannst jederzeit aufhören: Richte dich nach den Signalen deines Babys.',
        ],
      },
      'how-often': {
        evidence: 'practice',
        health: false,
        sentences: [
          'Einmal am Tag ist reichlich, wenn dein Baby es mag, und ein paar Mal die Woche ist auch gut.',
          'Bei Blähungen kannst du die Kolikmassage zwei- bis dreimal am Tag machen, etwa zwei Wochen lang.',
        ],
      },
      sleeping: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Lass ein schlafendes Baby schlafen: Für die Massage sollte es wach und ruhig sein, damit es dir ja oder nein zeigen kann.',
          'Schläft dein Baby während der Massage ein, ist das in Ordnung: Hör dort auf, und macht ein andermal weiter.',
        ],
      },
      age: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Sanfte Berührung ist ab der Geburt in Ordnung, und es gibt kein Alter, in dem du aufhören musst.',
          'Mit Öl wartest du mindestens bis zum ersten Monat. Viele Kurse beginnen mit etwa vier bis sechs Wochen.',
        ],
      },
      newborn: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Ja, ganz sanft. Bei einem Neugeborenen kurz, etwa fünf oder sechs Minuten, federleicht, auch durch die Kleidung oder auf dem Arm: Die erste Massage hier macht genau das.',
          'Neugeborene schützen oft Bauch, Innenseite der Oberschenkel und Handflächen, also geh am Anfang um diese Stellen herum, und lass den Nabelschnurrest aus, bis er abgeheilt ist.',
          'Mit Öl wartest du bis mindestens zum ersten Monat.',
        ],
      },
      premature: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Ist dein Baby zu früh geboren, sprich zuerst mit dem Team, das es betreut: Massage beginnt meist um den errechneten Geburtstermin.',
          'Bis dahin mögen viele Frühchen ruhige, haltende Berührung, etwa eine aufgelegte Hand, lieber als Streichen.',
        ],
      },
      crying: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Weint dein Baby, dreht es sich weg oder überstreckt es sich, ist das erst mal ein Nein: Hör auf, nimm es hoch und tröste es.',
          'Probier es an einem anderen Tag nochmal, vielleicht kürzer, mit anderem Druck, oder nur die Beine: Sag nur die Beine, um damit anzufangen.',
          'Viele Babys brauchen ein paar Wochen, bis sie es genießen.',
        ],
      },
      others: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Ja. Papas, Großeltern und andere vertraute Bezugspersonen können es alle, und viele finden es eine schöne Art, sich nahezukommen.',
          'Auch große Geschwister können mithelfen, mit sanften Strichen an Beinen oder Rücken, und du bist direkt daneben.',
        ],
      },
      bath: {
        evidence: 'practice',
        health: false,
        sentences: [
          'Beides geht. Nach einem warmen Bad sind viele Babys entspannt, und das Handtuch liegt schon bereit.',
          'Sorg nur dafür, dass das Zimmer warm ist.',
        ],
      },
      setting: {
        evidence: 'practice',
        health: false,
        sentences: [
          `Ein warmes Zimmer ohne Zugluft, gedämpftes Licht, ein Handtuch auf dem Boden, und eine frische ${words.nappy} in Reichweite.`,
          `Zieh dein Baby bis auf die ${words.nappy} aus, oder lass den ${words.vest} an, wenn das Zimmer kühl oder dein Baby ganz neu ist.`,
          'Wasch und wärm deine Hände, halte die Nägel kurz, und nimm Ringe und Armbänder ab.',
        ],
      },
      pressure: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Schäden durch sanfte Babymassage sind nicht bekannt, und eine weiche, aber feste Berührung ist besser als eine ganz leichte, die kitzeln kann.',
          'Ein guter Maßstab: Drück auf dein eigenes geschlossenes Augenlid, bis es gerade unangenehm wird, dann nimm etwas Druck weg, und im Gesicht noch weniger.',
          'Drück nie auf die Fontanelle oder die Wirbelsäule, und lass jede Einstichstelle aus.',
        ],
      },
      hips: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Die Hüften eines Babys reifen noch, deshalb zieh oder drück die Beine nie gerade: Lass sie angewinkelt und gespreizt, und sich von selbst ausstrecken.',
          'Bei den Beingriffen halte das Bein locker und gleite, statt daran zu ziehen.',
          'Hat dein Baby eine Hüftdysplasie und trägt eine Spreizhose oder Schiene, frag vor Beingriffen und Bewegungen das Team, das die Hüfte behandelt, und mach den Rest.',
        ],
      },
      skin: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Um trockene Stellen herum kannst du massieren, mit etwas reinem Pflanzenöl ohne Duft, wenn dein Baby beim Test an einer kleinen Stelle nicht reagiert.',
          'Lass Haut mit Ausschlag, offenen Stellen, blauen Flecken oder nässendem Ekzem aus, und massier die Stellen, die sich gut anfühlen.',
          `Blüht das Ekzem gerade auf, oder bist du bei einer Creme oder einem Öl unsicher, frag vorher ${words.healthProfessional}.`,
        ],
      },
      'soft-spot': {
        evidence: 'practice',
        health: true,
        sentences: [
          'Die Fontanelle oben am Kopf ist gut geschützt, eine leichte Berührung schadet ihr nicht, aber drück nie darauf.',
          'Bei den Gesichtsgriffen bleib bei Stirn, Wangen und um die Ohren, federleicht.',
        ],
      },
      hernia: {
        evidence: 'practice',
        health: true,
        sentences: [
          'Bei einem Nabelbruch sei am Bauch besonders vorsichtig: Bleib leicht und geh um den Nabel herum, ohne je darauf zu drücken.',
          'Bis der Nabelschnurrest abgefallen und alles verheilt ist, lass den Nabel ganz aus.',
          `Wird die Vorwölbung hart, druckempfindlich oder verfärbt sie sich, ruf sofort ${words.healthProfessional} an, statt zu massieren.`,
        ],
      },
      postnatal: {
        evidence: 'research',
        health: true,
        sentences: [
          'Es tut mir leid, dass es gerade so schwer ist. Studien deuten darauf hin, dass Babymassage-Kurse eine gedrückte Stimmung nach der Geburt etwas lindern und Eltern und Baby einander näherbringen können, aber sie ersetzen keine Hilfe.',
          `Fühlst du dich seit mehr als zwei Wochen niedergeschlagen oder ängstlich, wende dich bitte an ${words.healthProfessional} oder an deine Hausärztin: Das ist häufig, und Hilfe wirkt.`,
          'Und sei sanft mit dir selbst: Ein paar Minuten Massage zusammen sind genug.',
        ],
      },
    },

    benefitsOverview: {
      evidence: 'research',
      health: true,
      sentences: [
        'Studien deuten darauf hin, dass der klarste Nutzen die Nähe ist: Massage kann die Bindung zwischen dir und deinem Baby stärken, und manche Studien fanden besseren Schlaf.',
        'In manchen Kliniken nahmen Frühgeborene etwas schneller zu.',
        'Für andere Versprechen, etwa bei Koliken oder fürs Immunsystem, ist die Datenlage dünn.',
      ],
    },
    safetyOverview: {
      evidence: 'practice',
      health: true,
      sentences: [
        'Sanfte Babymassage ist für die meisten Babys sicher, und in der Forschung sind keine Schäden bekannt.',
        `Lass sie aus, wenn dein Baby krank ist, Fieber oder einen Ausschlag hat, oder in den letzten zwei Tagen eine ${words.jabs} hatte, und geh nie weiter, als es deinem Baby gefällt.`,
      ],
    },
    ...classifiersFor(understanding, understanding.germanStems, () => asked),
    unknownTopic: 'Tut mir leid, dazu habe ich keine Informationen.',
    topicList:
      'Du kannst mich nach dem Nutzen fragen, etwa bei Schlaf, Bindung, Koliken, Reflux oder Zahnen, ' +
      'und nach Sicherheit, etwa zu Ölen, Impfungen, Neugeborenen, wie lange oder wie oft du massierst, oder wann lieber nicht.',
    notMedicalAdvice: `Das ist keine medizinische Beratung: Frag ${words.healthProfessional}.`,
    carryOn: 'Sollen wir mit der Massage weitermachen?',
    carryOnVariants: ['Bereit zum Weitermachen?', 'Sollen wir zurück zur Massage?'],
    startOffer: 'Möchtest du eine Massage anfangen?',
    routineOffer: 'Möchtest du die {routine} ausprobieren?',
    topicNames: TOPIC_NAMES,
    nearestOffer: 'Genau dazu habe ich keine Antwort. Am nächsten dran ist das Thema {topic}. Möchtest du das hören?',
  };
  return asked;
}

/** What each topic is called after "Am nächsten dran ist das Thema ...". */
const TOPIC_NAMES: Questions['topicNames'] = {
  sleep: 'Massage und Schlaf',
  bonding: 'Massage und Bindung',
  relaxation: 'Massage und ein ruhigeres Baby',
  digestion: 'Massage bei Koliken und Blähungen',
  reflux: 'Massage und Reflux',
  teething: 'Massage beim Zahnen',
  breathing: 'Massage und Atmung',
  immunity: 'Massage und Immunsystem',
  brain: 'Massage und die Entwicklung deines Babys',
  growth: 'Massage und Gewichtszunahme',
  awareness: 'Massage und Körperwahrnehmung',
  circulation: 'Massage und Durchblutung',
  autonomy: 'dein Baby zuerst fragen',
  'when-not': 'wann du lieber nicht massierst',
  vaccinations: 'Massage und Impfungen',
  feeding: 'Massage und Mahlzeiten',
  oil: 'Öle',
  'how-long': 'wie lange du massierst',
  'how-often': 'wie oft du massierst',
  sleeping: 'ein müdes oder schlafendes Baby',
  age: 'ab und bis zu welchem Alter',
  newborn: 'Neugeborene massieren',
  premature: 'Frühgeborene',
  crying: 'ein Baby, das weint oder es nicht mag',
  others: 'wer sonst massieren kann',
  bath: 'Massage und Baden',
  setting: 'Zimmer und Hände vorbereiten',
  pressure: 'wie fest du drückst',
  hips: 'Hüften und Hüftdysplasie',
  skin: 'trockene Haut, Ausschlag und Ekzem',
  'soft-spot': 'die Fontanelle',
  hernia: 'ein Nabelbruch',
  postnatal: 'deine Stimmung nach der Geburt',
};
