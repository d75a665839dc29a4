import { execFile } from 'child_process';
import { existsSync, mkdtempSync, readdirSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { promisify } from 'util';
import { buildLambda } from '../tools/build';
import { launchRequest } from '../tools/alexa/envelope';

const run = promisify(execFile);
const root = path.join(__dirname, '..');

/**
 * `npm start` end to end: the CLI over a freshly built bundle (not the in-process skill), with its
 * state in a file, run non-interactively as a script would.
 */
describe('terminal simulator', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'bm-sim-'));
  const bundle = path.join(dir, 'lambda', 'index.js');
  const env: NodeJS.ProcessEnv = { ...process.env, SKILL_STATE_FILE: path.join(dir, 'state.json') };
  delete env.POWERTOOLS_LOG_LEVEL;
  const simulate = async (...args: string[]) => {
    const { stdout } = await run(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'tools/simulator/cli.ts'), '--bundle', bundle, ...args], { env, cwd: root });
    return stdout;
  };
  /** The transcript with its line wrapping undone, for matching sentences. */
  const flat = (text: string) => text.replace(/\n {7}/g, ' ');

  beforeAll(async () => {
    await buildLambda(bundle);
  });

  it('talks a parent through the start, a pause and a timeout; tomorrow it offers to carry on', async () => {
    const today = flat(await simulate('--locale', 'en-GB', 'start baby massage', 'next', 'hold on', '', ''));
    expect(today).toMatch(/You: {3}start baby massage\nAlexa: Welcome to baby massage\./);
    expect(today).toMatch(/undressed to their nappy/);
    expect(today).toMatch(/\(pause 10 s\)/);
    expect(today).toMatch(/Alexa: Paused on the legs and feet\. Take your time/);
    expect(today).toMatch(/\(the session has ended; say "open baby massage" to start again\)/);

    const tomorrow = flat(await simulate('--locale', 'en-GB', 'open baby massage', 'yes'));
    expect(tomorrow).toMatch(/Alexa: Welcome back\. Last time you paused at Indian milking, on the legs and\s+feet\. Shall we carry on from there\?/);
    expect(tomorrow).toMatch(/Alexa: Let's pick up from the start of this stroke\. \(sound\) Now, the legs and\s+feet\. Rest your warm hands on the legs for a moment\. \(pause 4 s\) Indian milking\./);
  });

  it('keeps log lines out of the transcript unless asked for them', async () => {
    expect(await simulate('start baby massage')).not.toContain('"level"');
    expect(await simulate('--logs', 'start baby massage')).toMatch(/"message":"Request".*"requestType":"LaunchRequest"/);
  });

  it('answers a phrase it cannot match with what it understands, and one outside a session with a note', async () => {
    const out = await simulate('next', 'please order a pizza');
    expect(out).toMatch(/No skill session is open, so Alexa would not send "next" to this skill/);
    expect(out).toMatch(/Alexa would not understand "please order a pizza"\. Try one of: next, repeat, go back/);
  });

  it('inside a session, sends a phrase that matches nothing as AMAZON.FallbackIntent, and says so', async () => {
    const out = flat(await simulate('--user', 'amzn1.ask.account.FALLBACK', 'start baby massage', 'please order a pizza', 'next'));
    expect(out).toMatch(/\(no intent matches "please order a pizza": sent as AMAZON\.FallbackIntent, as Alexa would\)\nAlexa: Sorry, I didn't catch that\. You can say next, repeat, go back, or pause\./);
    expect(out).toMatch(/You: {3}next\nAlexa: \(sound\) Now, the legs and feet\./);
  });

  it('plays along as an Echo would: the step plays through, the next is queued, pause and the buttons reach the skill without its name', async () => {
    const audioDir = mkdtempSync(path.join(os.tmpdir(), 'bm-sim-audio-'));
    const out = flat(await simulate('--user', 'amzn1.ask.account.PLAYALONG', '--audio', audioDir, 'ask baby massage to play the quick massage', '', 'pause', 'resume', '[next]'));
    expect(out).toContain("Alexa: Here's the quick massage, played through. Say Alexa, pause at any time, and Alexa, resume to carry on. (audio: playing opening of quick)");
    expect(out).toContain('(the step plays to its end) (audio: queued leg-indian-milking of quick) (audio: playing leg-indian-milking of quick)');
    expect(out).toContain('You:   pause (audio: stopped leg-indian-milking of quick)');
    expect(out).toContain('You:   resume (audio: playing leg-indian-milking of quick)');
    expect(out).toContain('You:   [next] (audio: playing other-leg of quick)');
    expect(readdirSync(audioDir).sort()).toEqual(['quick-01-opening.wav', 'quick-02-leg-indian-milking.wav', 'quick-03-other-leg.wav']);
  }, 60_000);

  it('answers a question from the bundle\'s second file, which a plain launch never reads', async () => {
    const out = flat(await simulate('--user', 'amzn1.ask.account.QUESTION', 'ask baby massage what oil should I use', 'no'));
    expect(out).toContain('Alexa: Oil is optional, and the research on oils is uncertain: in a large trial in Nepal');
    expect(out).toMatch(/This isn't medical advice: ask your baby's pediatrician\./);
  });

  it('answers a cold launch from the bundle without loading what it does not need, and logs on stdout', async () => {
    // What a cold start pays for: Node builds process.stdout's stream (node:stream) on first use,
    // node:os and rmSync's rimraf load on first call, node:crypto costs milliseconds. None is needed.
    const launch = JSON.stringify(launchRequest({ locale: 'en-US', userId: 'amzn1.ask.account.COLD', session: { sessionId: 'amzn1.echo-api.session.COLD', isNew: true, attributes: {} } }));
    const script = `const before = new Set(process.moduleLoadList);
      require(${JSON.stringify(bundle)}).handler(${launch}, {}).then((reply) => {
        const loaded = process.moduleLoadList.filter((name) => !before.has(name) && name.startsWith('NativeModule '));
        const files = Object.keys(require.cache);
        require('fs').writeSync(2, JSON.stringify({ loaded, files, speech: reply.response.outputSpeech.ssml }));
      });`;
    const { stdout, stderr } = await run(process.execPath, ['-e', script], { env: { ...env, POWERTOOLS_LOG_LEVEL: 'INFO' } });
    const { loaded, files, speech } = JSON.parse(stderr) as { loaded: string[]; files: string[]; speech: string };
    expect(speech).toContain('Welcome to baby massage');
    expect(loaded.map((name) => name.replace('NativeModule ', ''))).toEqual(expect.not.arrayContaining(['stream', 'os', 'crypto', 'internal/fs/rimraf', 'internal/fs/sync_write_stream']));
    for (const chunk of ['play-along.js', 'screens.js', 'answers.js', 'companion.js', 'ask-sdk-model.js']) expect(existsSync(path.join(path.dirname(bundle), chunk))).toBe(true);
    expect(files).toEqual([bundle]); // none of the lazy chunks

    expect(JSON.parse(stdout.split('\n')[0])).toMatchObject({ level: 'INFO', message: 'Request', requestType: 'LaunchRequest' });
  });

  it('steps through the course across weeks with its clock, and sets a reminder through Alexa\'s permission question', async () => {
    const user = ['--user', 'amzn1.ask.account.COURSE', '--locale', 'en-GB', '--time-zone', 'Europe/London'];
    const week = flat(
      await simulate(...user, '--clock', '2026-12-01T18:30', 'ask baby massage to teach me baby massage', 'remind me to massage every evening at seven', 'yes', '[reminders]', 'ask baby massage for this week\'s lesson', ...Array(8).fill('next'), '[later 1w]', 'ask baby massage for next lesson', 'next', 'play the massage', 'how many massages this week'),
    );
    expect(week).toMatch(/Lesson one: the legs and feet, and how to begin, in about fourteen minutes\./);
    expect(week).toContain('Alexa: (Alexa) To do that, Baby Massage needs your permission to create and edit reminders. Do you allow it?');
    expect(week).toContain("Alexa: Done. I'll remind you every day at 7 PM. To stop it, say cancel my massage reminder.");
    expect(week).toContain('"recurrenceRules":["FREQ=DAILY;BYHOUR=19;BYMINUTE=0;BYSECOND=0"]');
    // A week on: seven reminders fell due, and lesson two starts.
    expect(week.match(/\(reminder, \d+ Dec 2026 19:00 Europe\/London: "Time for baby massage/g)).toHaveLength(7);
    expect(week).toContain('(the clock is now 2026-12-08 18:30 UTC)');
    expect(week).toMatch(/Alexa: Welcome back\. Here we go\. Here's lesson two, the tummy\. Getting ready\./);
    expect(week).toMatch(/that was lesson one, the legs and feet\. Practise the legs once a day this week/);
    // A lesson is taught by voice, at the parent's pace: never played through as audio.
    expect(week).toContain("Alexa: A lesson goes at your pace, so I'll keep teaching by voice. To play a whole massage through, say play the full massage.");
    // Lesson one was eight days ago by the parent's calendar: only lesson two's start is in the past seven days.
    expect(week).toContain('Alexa: 1 massage in the past seven days, about 2 minutes in all.');
  });

  it('reads phrases from stdin when it is not a terminal', async () => {
    const child = execFile(path.join(root, 'node_modules', '.bin', 'tsx'), [path.join(root, 'tools/simulator/cli.ts'), '--bundle', bundle, '--locale', 'en-US', '--user', 'amzn1.ask.account.STDIN'], { env, cwd: root });
    let out = '';
    child.stdout?.on('data', (chunk: string) => (out += chunk));
    child.stdin?.end('start baby massage\nstart over\n');
    await new Promise((resolve) => child.on('close', resolve));
    expect(out).toMatch(/undressed to\s+their\s+diaper/);
    // The session has said the opening in full: starting over has the short one.
    expect(out).toMatch(/Alexa: Alright, let's start from the beginning\. Getting ready\. Quick check:/);
  });
});
