import * as path from 'path';
import * as readline from 'readline';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LOCALES } from '../../lambda/content/locales';
import { AlexaSession, NoSessionError, Turn, UnmatchedPhraseError } from '../alexa/session';
import { resolverFor } from '../alexa/resolver';
import { stepAudio } from '../../lambda/play-along/catalog';
import { readToken } from '../../lambda/play-along/play';
import { toPollySsml } from '../../lambda/play-along/polly-ssml';
import { contentFor } from '../../lambda/content';
import { EspeakSynthesizer } from '../audio/espeak';
import { AlexaApiServer, startAlexaApi } from '../alexa/alexa-api';
import { SimulatedClock } from './clock';

const UNIT_MS: Readonly<Record<string, number>> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 7 * 86_400_000 };

/** What Alexa would say for each daily reminder that fell due between two times. */
function dueReminders(api: AlexaApiServer, from: Date, to: Date): string[] {
  const due: string[] = [];
  for (const { request } of api.reminders) {
    const rule = ((request.trigger as { recurrence?: { recurrenceRules?: string[] } }).recurrence?.recurrenceRules ?? [])[0] ?? '';
    const hour = Number(/BYHOUR=(\d+)/.exec(rule)?.[1]);
    const minute = Number(/BYMINUTE=(\d+)/.exec(rule)?.[1] ?? 0);
    const zone = (request.trigger as { timeZoneId?: string }).timeZoneId ?? 'UTC';
    const text = ((request.alertInfo as { spokenInfo: { content: { text: string }[] } }).spokenInfo.content[0] ?? { text: '' }).text;
    const times = new Set<string>();
    for (let t = from.getTime(); t <= to.getTime(); t += 60_000 * 15) {
      const [h, m] = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(t).split(':').map(Number);
      if (h === hour && m >= minute && m < minute + 15) times.add(new Intl.DateTimeFormat('en-GB', { timeZone: zone, dateStyle: 'medium' }).format(t));
    }
    for (const day of times) due.push(`reminder, ${day} ${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')} ${zone}: "${text}"`);
  }
  return due.slice(0, 7);
}

const USAGE = `Talk to the Baby Massage skill in the terminal, as a parent would talk to an Echo.

  npm start                                  interactive: type what you would say
  npm start -- "start baby massage" next     say these phrases, then exit
  echo "open baby massage" | npm start       phrases from stdin, one per line

Options:
  --locale L     one of ${SUPPORTED_LOCALES.join(', ')} (default en-US)
  --user ID      the Alexa user id (default amzn1.ask.account.SIMULATOR)
  --bundle FILE  the Lambda bundle to load (default dist/lambda/index.js)
  --logs         show the skill's structured log lines (by default only warnings and errors)
  --audio DIR    play-along: write each step that plays as a WAV made with eSpeak NG into DIR
  --clock TIME   start the skill's clock at TIME (ISO, e.g. 2026-12-01T19:00); "[later 3d]" moves it on
  --time-zone Z  the device's time zone, as the Alexa Settings API answers (default: this machine's)
  --help         this text

Say "start baby massage" to begin. An empty line is silence (the reprompt, then the session ends).
The simulated Echo plays audio: "play the massage" plays the routine through, and then "pause",
"resume", "next" reach the skill without its name, as on an Echo; an empty line lets the playing
step run to its end, and "[next]", "[previous]", "[play]", "[pause]" press the device's buttons.
The position is kept in SKILL_STATE_FILE (or the skill's default), so "open baby massage" tomorrow
offers to carry on. Type "exit" or press Ctrl-D to leave.

The course and companion: "teach me baby massage", "next lesson", "my baby is seven weeks old",
"how many massages this week", "remind me to massage every evening at seven". Reminders go to a
simulated Alexa on 127.0.0.1 that answers as the Reminders and Settings APIs do; Alexa's own
permission question is shown, and "yes" or "no" answers it. "[later 2h]", "[later 3d]" or "[later 1w]"
move the clock on (the session closes, as a day apart would; a reminder that falls due is shown),
and "[reminders]" lists the reminders the skill has set.`;

interface Options {
  locale: string;
  userId: string;
  bundle: string;
  logs: boolean;
  audio?: string;
  clock?: string;
  timeZone: string;
  phrases: string[];
}

function parseArguments(argv: readonly string[]): Options | 'help' {
  const options: Options = {
    locale: 'en-US',
    userId: 'amzn1.ask.account.SIMULATOR',
    bundle: path.join(__dirname, '..', '..', 'dist', 'lambda', 'index.js'),
    logs: false,
    timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    phrases: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--help' || arg === '-h') return 'help';
    else if (arg === '--locale') options.locale = value();
    else if (arg === '--user') options.userId = value();
    else if (arg === '--bundle') options.bundle = path.resolve(value());
    else if (arg === '--logs') options.logs = true;
    else if (arg === '--audio') options.audio = path.resolve(value());
    else if (arg === '--clock') options.clock = value();
    else if (arg === '--time-zone') options.timeZone = value();
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg} (see --help)`);
    else options.phrases.push(arg);
  }
  if (options.clock !== undefined && Number.isNaN(Date.parse(options.clock))) throw new Error(`--clock needs a time, like 2026-12-01T19:00 (got ${options.clock})`);
  if (!(SUPPORTED_LOCALES as readonly string[]).includes(options.locale)) {
    throw new Error(`No interaction model for ${options.locale}; choose one of ${SUPPORTED_LOCALES.join(', ')}`);
  }
  return options;
}

/** Wraps text for an 80-column terminal, indented under "Alexa: ". */
function wrap(text: string, indent = '       '): string {
  const lines: string[] = [];
  let line = '';
  // "(pause 4 s)" stays on one line.
  for (const word of text.match(/\([^)]*\)|\S+/g) ?? []) {
    if (line && line.length + word.length + 1 > 72) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.join(`\n${indent}`);
}

function show(turn: Turn, print: (text: string) => void): void {
  if (turn.speech) print(`Alexa: ${wrap(turn.speech)}`);
  for (const event of turn.player ?? []) print(`       (audio: ${event.replace(/bm1:([a-z-]+):([a-z0-9-]+):\w+:\w+/g, '$2 of $1')})`);
  if (turn.ended && !turn.player?.length) print('       (the session has ended; say "open baby massage" to start again)');
}

const BUTTONS: Record<string, 'Next' | 'Previous' | 'Play' | 'Pause'> = { '[next]': 'Next', '[previous]': 'Previous', '[play]': 'Play', '[pause]': 'Pause' };

/** The simulator's own commands: the clock and the simulated Alexa's reminders. */
interface World {
  readonly clock: SimulatedClock;
  readonly api: AlexaApiServer;
}

async function converse(alexa: AlexaSession, phrase: string, print: (text: string) => void, world: World): Promise<void> {
  try {
    const later = /^\[later (\d+)\s*([mhdw])\]$/i.exec(phrase.trim());
    if (later) {
      if (alexa.isOpen) await alexa.end('EXCEEDED_MAX_REPROMPTS');
      const from = world.clock.now();
      world.clock.advance(Number(later[1]) * UNIT_MS[later[2].toLowerCase()]);
      for (const line of dueReminders(world.api, from, world.clock.now())) print(`       (${line})`);
      return print(`       (the clock is now ${world.clock.now().toISOString().slice(0, 16).replace('T', ' ')} UTC)`);
    }
    if (phrase.trim().toLowerCase() === '[reminders]') {
      const rules = world.api.reminders.map((r) => JSON.stringify((r.request.trigger as { recurrence?: unknown }).recurrence ?? r.request.trigger));
      return print(`       (reminders set by the skill: ${rules.length === 0 ? 'none' : rules.join('; ')})`);
    }
    const button = BUTTONS[phrase.trim().toLowerCase()];
    if (button) {
      if (!alexa.player) return print('       (no audio of the skill on the device)');
      show(await alexa.press(button), print);
      return;
    }
    if (phrase.trim() === '') {
      if (!alexa.isOpen && alexa.player?.playerActivity === 'PLAYING') {
        print('       (the step plays to its end)');
        show(await alexa.playThrough(), print);
        return;
      }
      if (!alexa.isOpen) return;
      print('       (silence)');
      show(await alexa.silence(), print);
      return;
    }
    show(await alexa.say(phrase), print);
  } catch (error) {
    if (error instanceof UnmatchedPhraseError && alexa.isOpen) {
      // Inside a session Alexa sends what fits no intent to the skill as AMAZON.FallbackIntent.
      print(`       (no intent matches "${phrase}": sent as AMAZON.FallbackIntent, as Alexa would)`);
      show(await alexa.sendRaw({ intent: 'AMAZON.FallbackIntent' }), print);
    } else if (error instanceof UnmatchedPhraseError) {
      print(`       (Alexa would not understand "${phrase}". Try one of: ${error.examples.slice(0, 8).join(', ')};`);
      print('        or ask "what oil should I use". Say "help" inside the skill for more.)');
    } else if (error instanceof NoSessionError) {
      print(`       (No skill session is open, so Alexa would not send "${phrase}" to this skill. Say "open baby massage".)`);
    } else throw error;
  }
}

async function main(): Promise<void> {
  const parsed = parseArguments(process.argv.slice(2));
  if (parsed === 'help') {
    console.log(USAGE);
    return;
  }
  // Play-along needs somewhere for audio to come from: locally, URLs that are shown, not fetched.
  process.env.AUDIO_BUCKET ??= 'local-preview';
  process.env.AUDIO_ENDPOINT ??= 'http://127.0.0.1:9';
  process.env.AWS_ACCESS_KEY_ID ??= 'local';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'local';
  // A transcript, not a log file: the skill's INFO lines only on request (an explicit level wins).
  if (!parsed.logs) process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  else process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
  // The skill's clock, which "[later 3d]" moves on: the process's Date, before the bundle loads.
  const clock = new SimulatedClock(parsed.clock ? Date.parse(parsed.clock) : undefined);
  // Alexa's Reminders and Settings APIs, simulated on 127.0.0.1 as the skill would find them on an Echo.
  const api = await startAlexaApi({ timeZone: parsed.timeZone });
  // The real built handler, exactly what Lambda runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, by a path given on the command line
  const { handler } = require(parsed.bundle) as {
    handler: (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;
  };
  const alexa = new AlexaSession({
    locale: parsed.locale,
    userId: parsed.userId,
    resolver: resolverFor(parsed.locale),
    invoke: (envelope) => handler(envelope, {}),
    audioPlayer: true,
    now: () => clock.now(),
    api: { endpoint: api.endpoint, token: api.token },
    ...(parsed.audio ? { onPlay: renderer(parsed.audio, parsed.locale) } : {}),
  });
  const print = (text: string) => console.log(text);
  const world: World = { clock, api };
  try {
    await talk(alexa, parsed, print, world);
  } finally {
    await api.close();
  }
}

async function talk(alexa: AlexaSession, parsed: Options, print: (text: string) => void, world: World): Promise<void> {

  if (parsed.phrases.length > 0 || !process.stdin.isTTY) {
    const phrases = parsed.phrases.length > 0 ? parsed.phrases : await readLines();
    for (const phrase of phrases) {
      print(`You:   ${phrase}`);
      await converse(alexa, phrase, print, world);
    }
    return;
  }

  print(`Baby Massage simulator (${parsed.locale}). Say "start baby massage". Empty line = silence, "exit" to leave.\n`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'You:   ' });
  rl.prompt();
  for await (const line of rl) {
    if (/^(exit|quit|\.exit)$/i.test(line.trim())) break;
    await converse(alexa, line, print, world);
    rl.prompt();
  }
  rl.close();
}

/** `--audio DIR`: each step that starts playing, rendered with eSpeak NG, to listen to. */
function renderer(dir: string, locale: string): (token: string) => void {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- node:fs only when --audio writes files
  const { mkdirSync, writeFileSync } = require('fs') as typeof import('fs');
  return (token) => {
    const step = readToken(token);
    if (!step) return;
    const audio = stepAudio(contentFor(locale), step.routineId, step.stepIndex, step.variant);
    mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${step.routineId}-${String(step.stepIndex + 1).padStart(2, '0')}-${step.stepId}.wav`);
    new EspeakSynthesizer().synthesize(audio.ssml.map(toPollySsml), audio.voice, locale).then(
      (wav) => writeFileSync(file, wav),
      (error: unknown) => console.error(`could not render ${file}: ${String(error)}`),
    );
  };
}

async function readLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of readline.createInterface({ input: process.stdin })) lines.push(line);
  return lines;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
