import { IntentName } from '../../../lambda/alexa/intents';
import { DutchVocabulary } from '../../../lambda/content/nl/vocabulary';
import { IntentSource } from '../types';
import { around, lightly, withFillers } from './fillers';

/**
 * The guide's commands as Dutch parents say them with their hands full. A phrase belongs to one intent
 * only: "ga door" and "verder" continue (resume after a pause, next at the end of a stroke), "oké" on
 * its own is yes, "laat maar" cancels.
 */
export const coreIntents: readonly IntentSource<DutchVocabulary>[] = [
  {
    name: IntentName.Next,
    samples: () => [
      ...withFillers(['volgende', 'de volgende', 'volgende stap', 'volgende streek', 'de volgende stap', 'de volgende streek', 'naar de volgende', 'door naar de volgende', 'wat is de volgende', 'wat komt er nu', 'wat nu', 'en nu', 'en dan', 'klaar', 'gedaan', 'gelukt', 'is gelukt', 'die is klaar', 'deze is klaar', 'die is gedaan', 'die hebben we gehad', 'die heb ik gehad', 'klaar hiermee', 'klaar met deze', 'volgende graag', 'volgende maar', 'sla deze over', 'deze overslaan', 'sla over', 'overslaan', 'doorspoelen', 'de volgende maar', 'wat is de volgende stap', 'hoe gaat het verder', 'wat doen we nu', 'verder naar de volgende', 'op naar de volgende', 'klaar voor de volgende', 'volgende alsjeblieft']),
      'we zijn er klaar voor', 'ik ben er klaar voor', 'we zijn klaar', 'ik ben klaar', 'klaar hoor', 'zo klaar', ...['klaar', 'gelukt', 'gedaan', 'oké klaar', 'zo klaar', 'klaar hoor'].flatMap((done) => [`${done} volgende`, `${done} de volgende`, `${done} wat nu`]), 'oké die hebben we gehad', 'die is klaar wat is de volgende', 'klaar wat nu', 'klaar wat is de volgende',
      ...['dat been is klaar', 'dit been is klaar', 'de beentjes zijn klaar', 'het buikje is klaar', 'de borst is klaar', 'de armpjes zijn klaar', 'dat armpje is klaar', 'het gezichtje is klaar', 'de rug is klaar', 'die kant is klaar', 'deze kant is klaar'].flatMap((done) => [done, `zo ${done}`, `oké ${done}`, `en ${done}`, `goed ${done}`]),
      ...lightly(['het andere been', 'het andere beentje', 'het andere armpje', 'de andere arm', 'de andere kant', 'nu het andere been', 'nu het andere beentje', 'nu het andere armpje', 'nu de andere kant', 'en nu het andere been', 'en nu de andere kant']),
    ],
  },
  {
    name: IntentName.Repeat,
    samples: () => [
      ...withFillers(['nog een keer', 'nog eens', 'nog één keer', 'herhaal', 'herhaal dat', 'herhaal maar', 'herhalen', 'kun je dat herhalen', 'kan je dat herhalen', 'wil je dat herhalen', 'zeg het nog eens', 'zeg het nog een keer', 'zeg dat nog eens', 'wat zei je', 'wat zei je nou', 'sorry wat zei je', 'pardon', 'ik heb het gemist', 'dat heb ik gemist', 'ik verstond het niet', 'ik heb het niet verstaan', 'niet verstaan', 'wat was dat', 'deze nog een keer', 'die nog een keer', 'deze nog eens', 'die nog eens', 'doe die nog eens', 'nog een keer graag']),
      'wat', 'sorry wat', 'hoe ging die ook alweer', 'hoe ging het ook alweer', 'hoe ging deze ook alweer', 'hoe moet ik dit doen', 'hoe moet ik deze doen', 'hoe doe ik dit', 'hoe doe ik deze', 'hoe doe ik dat', 'hoe moet dat', 'hoe moet dat ook alweer', 'wat moet ik doen', 'wat moet ik nu doen', 'wat moet ik precies doen', 'leg het nog eens uit', 'leg dat nog eens uit', 'kun je het nog eens uitleggen', 'nog een keer uitleggen', 'ik snap het niet', 'dat snap ik niet', 'ik begrijp het niet', 'welke kant op', 'welke richting', 'welke kant moet ik op', 'met de klok mee of tegen de klok in', 'hoe houd ik haar vast', 'hoe houd ik hem vast', 'laat nog eens horen', 'wat zei je daar', 'sorry ik verstond het niet', 'kun je het herhalen',
    ],
  },
  {
    name: IntentName.Previous,
    samples: () => [
      ...withFillers(['terug', 'ga terug', 'ga even terug', 'vorige', 'de vorige', 'vorige stap', 'vorige streek', 'de vorige stap', 'de vorige streek', 'een stap terug', 'een stapje terug', 'stap terug', 'eentje terug', 'een terug', 'terug naar de vorige', 'ga een stap terug', 'ga een stapje terug', 'de vorige nog een keer', 'de vorige nog eens', 'die vorige nog eens', 'kunnen we terug', 'kunnen we teruggaan', 'kun je teruggaan', 'terugspoelen', 'wat was de vorige', 'ga naar de vorige']),
    ],
  },
  {
    name: IntentName.StartOver,
    samples: () => [
      ...withFillers(['opnieuw beginnen', 'begin opnieuw', 'opnieuw', 'vanaf het begin', 'helemaal opnieuw', 'helemaal opnieuw beginnen', 'opnieuw starten', 'start opnieuw', 'herstart', 'herstarten', 'begin maar opnieuw', 'terug naar het begin', 'van voren af aan', 'overnieuw', 'alles opnieuw', 'we beginnen opnieuw', 'laten we opnieuw beginnen', 'nog een keer vanaf het begin', 'nog eens vanaf het begin', 'de hele massage opnieuw', 'weer vanaf het begin', 'begin weer vooraan', 'terug naar de start']),
    ],
  },
  {
    name: IntentName.Pause,
    samples: () => [
      ...withFillers(['pauze', 'pauzeer', 'pauzeren', 'even pauze', 'pauze graag', 'wacht', 'wacht even', 'wacht eens even', 'wacht ff', 'wacht effe', 'effe wachten', 'ff wachten', 'even wachten', 'heel even', 'heel even wachten', 'momentje', 'moment', 'een momentje', 'ogenblikje', 'een ogenblik', 'een ogenblikje', 'seconde', 'een seconde', 'een secondje', 'minuutje', 'een minuutje', 'geef me een minuutje', 'geef me even', 'geef me een momentje', 'geef me even tijd', 'stop even', 'stop eens even', 'even stoppen', 'hou even op', 'houd even op', 'even stil', 'stil even', 'sst', 'ik ben zo terug', 'ben zo terug', 'even de baby troosten', 'even pauzeren', 'we nemen even pauze', 'tijd voor een pauze', 'ik heb even pauze nodig', 'wacht wacht', 'niet zo snel wacht', 'hou op', 'even wachten graag', 'zet even op pauze', 'zet het even stil']),
    ],
  },
  {
    name: IntentName.Resume,
    samples: () => [
      ...withFillers(['hervat', 'hervatten', 'hervat de massage', 'verder waar we waren', 'ga verder waar we waren', 'verder waar we gebleven waren', 'ga verder waar we gebleven waren', 'we zijn er weer', 'ik ben er weer', 'we zijn terug', 'ik ben terug', 'we kunnen weer', 'we kunnen weer verder', 'we kunnen verder', 'we gaan weer', 'klaar om verder te gaan', 'we zijn weer klaar', 'pak het weer op', 'ga maar weer verder', 'weer verder', 'pauze voorbij', 'de pauze is voorbij', 'einde pauze', 'doorgaan waar we waren', 'we kunnen weer beginnen']),
      ...['ze is weer rustig', 'hij is weer rustig', 'de baby is weer rustig', 'ze is rustig nu', 'hij is rustig nu', 'ze is weer tevreden', 'hij is weer tevreden', 'ze is weer blij', 'hij is weer blij'].flatMap((calm) => [calm, `oké ${calm}`, `zo ${calm}`]),
    ],
  },
  {
    name: IntentName.Continue,
    samples: () => [...withFillers(['ga door', 'ga maar door', 'doorgaan', 'ga verder', 'verder', 'ga maar verder', 'gewoon doorgaan', 'ga lekker door', 'door maar', 'verdergaan', 'laten we doorgaan', 'laten we verdergaan', 'zullen we doorgaan', 'zullen we verdergaan', 'doe maar verder', 'we gaan door', 'we gaan verder', 'blijf doorgaan', 'verder maar'])],
  },
  {
    name: IntentName.Help,
    samples: () =>
      around(['help', 'hulp', 'help me', 'ik heb hulp nodig', 'wat kan ik zeggen', 'wat kan ik doen', 'wat moet ik zeggen', 'wat kun je', 'wat kan je allemaal', 'wat kun jij allemaal', 'hoe werkt dit', 'hoe werkt het', 'hoe gebruik ik dit', 'welke opdrachten zijn er', 'welke commando’s zijn er', 'uitleg', 'instructies', 'ik ben de weg kwijt', 'ik weet niet wat ik moet zeggen', 'wat zeg ik', 'hoe werkt deze skill'].map((s) => s.replace('’', "'"))),
  },
  {
    name: IntentName.Stop,
    samples: () =>
      around([
        'stop', 'stoppen', 'stop maar', 'stop ermee', 'stop de massage', 'we stoppen', 'we stoppen ermee', 'we stoppen hier', 'ik wil stoppen', 'laten we stoppen', 'genoeg', 'genoeg voor vandaag', 'zo is het genoeg', 'het is genoeg', 'het is genoeg geweest', 'dat was het', 'dat was het voor vandaag', 'klaar voor vandaag', 'we zijn klaar voor vandaag', 'we zijn er klaar mee', 'ze heeft er genoeg van', 'hij heeft er genoeg van', 'ze heeft genoeg gehad', 'hij heeft genoeg gehad', 'ze is er klaar mee', 'hij is er klaar mee', 'einde', 'beëindig de massage', 'afsluiten', 'sluit af', 'doei', 'dag', 'tot ziens', 'tot later', 'doeg', 'uit', 'zet uit', 'ik moet stoppen', 'we laten het hierbij', 'laat het hierbij', 'hier stoppen we', 'dat is genoeg', 'dat is genoeg voor vandaag', 'we houden ermee op', 'we houden op', 'stop voor vandaag', 'dit was het', 'we zijn klaar met de massage',
      ]),
  },
  {
    name: IntentName.Cancel,
    samples: () => around(['annuleer', 'annuleren', 'laat maar', 'laat maar zitten', 'vergeet het', 'laat ook maar', 'nee laat maar', 'ik moet weg', 'ik moet gaan', 'we moeten weg', 'er komt iets tussen', 'er kwam iets tussen', 'annuleer de massage', 'breek af', 'afbreken', 'laat het voor nu', 'laat het maar']),
  },
  {
    name: IntentName.Yes,
    samples: () => [
      'ja', 'ja hoor', 'jawel', 'ja graag', 'ja prima', 'ja goed', 'ja oké', 'ja is goed', 'ja doe maar', 'ja zeker', 'jazeker', 'zeker', 'oké', 'ok', 'okee', 'oké dan', 'ok dan', 'is goed', 'goed', 'prima', 'prima hoor', 'doe maar', 'doe maar hoor', 'graag', 'ja lekker', 'lekker', 'top', 'akkoord', 'klinkt goed', 'dat klinkt goed', 'natuurlijk', 'tuurlijk', 'absoluut', 'zeker weten', 'ga je gang', 'ja ga je gang', 'ja ga maar', 'laten we dat doen', 'ja laten we dat doen', 'ja hoor doe maar', 'goed hoor', 'ja dat wil ik', 'dat wil ik wel', 'ja dat is goed', 'oké is goed', 'oké doe maar', 'ja prima hoor', 'ja graag hoor', 'ja lekker doen', 'ja we zijn er klaar voor', 'jazeker doe maar', 'ja hoor graag',
    ],
  },
  {
    name: IntentName.No,
    samples: () => [
      'nee', 'nee hoor', 'nee dank je', 'nee dankjewel', 'nee bedankt', 'nee dank je wel', 'nu niet', 'nee nu niet', 'vandaag niet', 'nee vandaag niet', 'nog niet', 'nee nog niet', 'liever niet', 'nee liever niet', 'niet nu', 'later', 'straks', 'misschien later', 'een andere keer', 'nee hoeft niet', 'hoeft niet', 'nee joh', 'neen', 'nope', 'nee we zijn nog niet klaar', 'we zijn nog niet klaar', 'ik denk het niet', 'niet echt', 'nee niet echt', 'nee dat hoeft niet', 'liever een andere keer', 'nee vandaag even niet', 'vandaag even niet', 'nee nu even niet', 'nu even niet',
    ],
  },
  { name: IntentName.NavigateHome, samples: () => [] },
  { name: IntentName.LoopOn, samples: () => [] },
  { name: IntentName.LoopOff, samples: () => [] },
  { name: IntentName.ShuffleOn, samples: () => [] },
  { name: IntentName.ShuffleOff, samples: () => [] },
  { name: IntentName.Fallback, samples: () => [] },
];
