import * as path from 'path';
import * as readline from 'readline';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { SUPPORTED_LOCALES } from '../../lambda/intents';
import { AlexaSession, NoSessionError, Turn, UnmatchedPhraseError } from '../alexa/session';
import { Resolver, loadModel } from '../alexa/resolver';

const USAGE = `Talk to the Baby Massage skill in the terminal, as a parent would talk to an Echo.

  npm start                                  interactive: type what you would say
  npm start -- "start baby massage" next     say these phrases, then exit
  echo "open baby massage" | npm start       phrases from stdin, one per line

Options:
  --locale L     one of ${SUPPORTED_LOCALES.join(', ')} (default en-US)
  --user ID      the Alexa user id (default amzn1.ask.account.SIMULATOR)
  --bundle FILE  the Lambda bundle to load (default dist/lambda/index.js)
  --logs         show the skill's structured log lines (by default only warnings and errors)
  --help         this text

Say "start baby massage" to begin. An empty line is silence (the reprompt, then the session ends).
The position is kept in SKILL_STATE_FILE (or the skill's default), so "open baby massage" tomorrow
offers to carry on. Type "exit" or press Ctrl-D to leave.`;

interface Options {
  locale: string;
  userId: string;
  bundle: string;
  logs: boolean;
  phrases: string[];
}

function parseArguments(argv: readonly string[]): Options | 'help' {
  const options: Options = {
    locale: 'en-US',
    userId: 'amzn1.ask.account.SIMULATOR',
    bundle: path.join(__dirname, '..', '..', 'dist', 'lambda', 'index.js'),
    logs: false,
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
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg} (see --help)`);
    else options.phrases.push(arg);
  }
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
  if (turn.ended) print('       (the session has ended; say "open baby massage" to start again)');
}

async function converse(alexa: AlexaSession, phrase: string, print: (text: string) => void): Promise<void> {
  try {
    if (phrase.trim() === '') {
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
  // A transcript, not a log file: the skill's INFO lines only on request (an explicit level wins).
  if (!parsed.logs) process.env.POWERTOOLS_LOG_LEVEL ??= 'WARN';
  else process.env.POWERTOOLS_LOG_LEVEL = 'INFO';
  // The real built handler, exactly what Lambda runs.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { handler } = require(parsed.bundle) as {
    handler: (event: RequestEnvelope, context: unknown) => Promise<ResponseEnvelope>;
  };
  const alexa = new AlexaSession({
    locale: parsed.locale,
    userId: parsed.userId,
    resolver: new Resolver(loadModel(parsed.locale)),
    invoke: (envelope) => handler(envelope, {}),
  });
  const print = (text: string) => console.log(text);

  if (parsed.phrases.length > 0 || !process.stdin.isTTY) {
    const phrases = parsed.phrases.length > 0 ? parsed.phrases : await readLines();
    for (const phrase of phrases) {
      print(`You:   ${phrase}`);
      await converse(alexa, phrase, print);
    }
    return;
  }

  print(`Baby Massage simulator (${parsed.locale}). Say "start baby massage". Empty line = silence, "exit" to leave.\n`);
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, prompt: 'You:   ' });
  rl.prompt();
  for await (const line of rl) {
    if (/^(exit|quit|\.exit)$/i.test(line.trim())) break;
    await converse(alexa, line, print);
    rl.prompt();
  }
  rl.close();
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
