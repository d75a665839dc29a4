import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'fs';
import * as os from 'os';
import * as path from 'path';
import { gzipSync } from 'zlib';
import { build } from 'esbuild';
import { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { LAMBDA_BUNDLE_OPTIONS, buildLambda } from '../build';
import { intentRequest, launchRequest, newSessionId } from '../alexa/envelope';
import { contentFor } from '../../lambda/content';
import { LANGUAGE_PACK_LOCALES, SPOKEN_PACK_LOCALES, SUPPORTED_LOCALES, SupportedLocale, isEnglishLocale, packLanguageOf } from '../../lambda/content/locales';
import { SPEAKING_RATE_RATIO } from '../../lambda/speech/rates';
import { LESSON_IDS, ROUTINE_IDS } from '../../lambda/routine/types';
import { routineTiming } from '../routine-timing';

/**
 * `npm run bench`: size, cold start and warm latency of the real Lambda bundle, side by side with
 * bare node and a hello-world ask-sdk-core skill bundled the same way (bar the skill's lazy stand-in for
 * ask-sdk-model, which a hello world would not have). Figures, not a pass/fail test.
 *
 * Wall-clock cold starts on a shared machine swing by tens of percent from run to run, so where
 * valgrind is installed the same cold starts are also counted in instructions (callgrind), which
 * repeat to about 1 % and show the cost the code itself adds.
 */
const COLD_RUNS = Number(process.env.BENCH_COLD_RUNS ?? 61);
const WARM_REQUESTS = Number(process.env.BENCH_WARM_REQUESTS ?? 10_000);
const TARGETS = { bundleBytes: 200 * 1024, coldRatio: 1.15, voiceInstructions: 1.07, screenInstructions: 1.1, packInstructions: 1.1, warmP99Ms: 2, handsOnShare: 0.5, firstStrokeSeconds: 30 };
/** The language pack whose launch is counted: German, the first spoken (its chunk loads on that launch only). */
const PACK_LOCALE: string | undefined = (SPOKEN_PACK_LOCALES as readonly string[]).find((locale) => locale === 'de-DE') ?? (SPOKEN_PACK_LOCALES as readonly string[])[0];

const dir = mkdtempSync(path.join(os.tmpdir(), 'baby-massage-bench-'));
const stateFile = path.join(dir, 'state.json');

async function main(): Promise<void> {
  const skillBundle = await buildLambda(path.join(dir, 'skill', 'index.js'));
  const helloBundle = path.join(dir, 'hello', 'index.js');
  // The hello world as anyone would bundle it: without the skill's own lazy stand-in for ask-sdk-model.
  const { alias: _ours, ...plain } = LAMBDA_BUNDLE_OPTIONS;
  await build({ ...plain, entryPoints: [path.join(__dirname, 'hello-world.ts')], outfile: helloBundle });

  const size = (file: string) => {
    const bytes = readFileSync(file);
    return { bytes: bytes.length, gzip: gzipSync(bytes).length };
  };
  const skillSize = size(skillBundle);
  const helloSize = size(helloBundle);
  // Every file the Lambda asset holds: index.js and each chunk beside it (a language pack is one).
  const files = readdirSync(path.dirname(skillBundle)).filter((file) => file.endsWith('.js')).map((file) => ({ file, bytes: statSync(path.join(path.dirname(skillBundle), file)).size }));
  const largest = files.reduce((a, b) => (b.bytes > a.bytes ? b : a));

  // Cold start: a fresh node process loads the bundle and answers one LaunchRequest. Runs are
  // interleaved so machine noise hits all three alike; the median is reported.
  const launch = JSON.stringify(launchRequest({ locale: 'en-US', userId: 'amzn1.ask.account.BENCH', session: { sessionId: newSessionId(), isNew: true, attributes: {} } }));
  // The same launch from an Echo Show (a screen and AudioPlayer): it loads the screens chunk too.
  const showLaunch = JSON.stringify(launchRequest({ locale: 'en-US', userId: 'amzn1.ask.account.BENCH', session: { sessionId: newSessionId(), isNew: true, attributes: {} }, device: { apl: true, audioPlayer: true } }));
  // The same launch in a language pack's locale: its words are a chunk of their own, loaded then.
  const launchIn = (locale: string) => JSON.stringify(launchRequest({ locale, userId: 'amzn1.ask.account.BENCH', session: { sessionId: newSessionId(), isNew: true, attributes: {} } }));
  const packLaunch = PACK_LOCALE && launchIn(PACK_LOCALE);
  // Every other language's first locale, counted once (the chunk and the words differ, the code does not).
  const otherPacks = [...new Set(SPOKEN_PACK_LOCALES.map((locale) => packLanguageOf(locale)))].map((language) => LANGUAGE_PACK_LOCALES[language][0] as string).filter((locale) => locale !== PACK_LOCALE);
  const script = (bundle: string, request = launch) =>
    `require(${JSON.stringify(bundle)}).handler(${request}, {}).then((r) => { if (!r.response) process.exit(2); })`;
  const timings = { bare: [] as number[], hello: [] as number[], skill: [] as number[] };
  // Logs at the production level (INFO) go to /dev/null: writing them is part of a real cold start.
  const env: NodeJS.ProcessEnv = { ...process.env, SKILL_STATE_FILE: stateFile, POWERTOOLS_LOG_LEVEL: 'INFO' };
  delete env.TABLE_NAME;
  const time = (args: string[]) => {
    const start = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (result.status !== 0) throw new Error(`cold-start run failed: ${args.join(' ')}`);
    return Number(process.hrtime.bigint() - start) / 1e6;
  };
  for (let i = 0; i < COLD_RUNS; i++) {
    timings.bare.push(time(['-e', '']));
    timings.hello.push(time(['-e', script(helloBundle)]));
    timings.skill.push(time(['-e', script(skillBundle)]));
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  const cold = { bare: median(timings.bare), hello: median(timings.hello), skill: median(timings.skill) };
  const best = { bare: Math.min(...timings.bare), hello: Math.min(...timings.hello), skill: Math.min(...timings.skill) };

  // The same cold starts in instructions (valgrind runs node about 50 times slower). V8's hash and
  // random seeds are fixed, so a count repeats exactly; the median over three seeds is reported.
  const hasValgrind = spawnSync('valgrind', ['--version'], { stdio: 'ignore' }).status === 0;
  const instructions = (args: string[], runEnv: NodeJS.ProcessEnv) =>
    median(
      [1, 2, 3].map((seed) => {
        const result = spawnSync('valgrind', ['--tool=callgrind', '--callgrind-out-file=/dev/null', process.execPath, `--hash-seed=${seed}`, `--random-seed=${seed}`, ...args], { env: runEnv, encoding: 'utf8' });
        const collected = /Collected : (\d+)/.exec(result.stderr);
        if (!collected) throw new Error(`callgrind did not report: ${result.stderr.slice(-300)}`);
        return Number(collected[1]);
      }),
    );
  const countAll = (runEnv: NodeJS.ProcessEnv) => ({
    bare: instructions(['-e', ''], runEnv),
    hello: instructions(['-e', script(helloBundle)], runEnv),
    skill: instructions(['-e', script(skillBundle)], runEnv),
    show: instructions(['-e', script(skillBundle, showLaunch)], runEnv),
    pack: packLaunch ? instructions(['-e', script(skillBundle, packLaunch)], runEnv) : undefined,
  });
  const counts = hasValgrind ? countAll(env) : undefined;
  const otherCounts = hasValgrind ? otherPacks.map((locale) => ({ locale, count: instructions(['-e', script(skillBundle, launchIn(locale))], env) })) : [];
  // NODE_EXTRA_CA_CERTS (set on this machine) makes every node process parse a certificate bundle
  // first, which Lambda does not: the same counts without it show the skill's cost undiluted.
  const withoutCerts = hasValgrind && env.NODE_EXTRA_CA_CERTS ? countAll({ ...env, NODE_EXTRA_CA_CERTS: undefined }) : undefined;

  // Warm turns, in process: a parent's session over and over (launch, next through the routine,
  // repeat, help, pause, resume), with the session attributes carried as Alexa does.
  process.env.SKILL_STATE_FILE = stateFile;
  process.env.POWERTOOLS_LOG_LEVEL = 'ERROR'; // 10,000 log lines would measure the terminal, not the skill
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the built bundle, by a path known only at run time
  const { handler } = require(skillBundle) as { handler: (e: RequestEnvelope, c: unknown) => Promise<ResponseEnvelope> };
  const session = ['launch', ...Array(10).fill('AMAZON.NextIntent'), 'WhereIntent', 'TimeLeftIntent', ...Array(10).fill('AMAZON.NextIntent'), 'AMAZON.RepeatIntent', 'AMAZON.HelpIntent', 'AMAZON.PauseIntent', 'AMAZON.ResumeIntent'];
  const latencies: number[] = [];
  let attributes: Record<string, unknown> = {};
  let sessionId = newSessionId();
  for (let i = 0; latencies.length < WARM_REQUESTS + 200; i++) {
    const step = session[i % session.length];
    if (step === 'launch') {
      sessionId = newSessionId();
      attributes = {};
    }
    const options = { locale: 'en-US', userId: 'amzn1.ask.account.BENCH', session: { sessionId, isNew: step === 'launch', attributes } };
    const envelope = step === 'launch' ? launchRequest(options) : intentRequest(options, step);
    const start = process.hrtime.bigint();
    const response = await handler(envelope, {});
    latencies.push(Number(process.hrtime.bigint() - start) / 1e6);
    attributes = response.sessionAttributes ?? {};
  }
  const warm = latencies.slice(200).sort((a, b) => a - b); // the first 200 warm the JIT
  const pct = (p: number) => warm[Math.min(warm.length - 1, Math.floor((p / 100) * warm.length))];

  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const ms = (value: number) => `${value.toFixed(1)} ms`;
  const verdict = (ok: boolean) => (ok ? 'meets target' : 'MISSES target');
  const mega = (count: number) => `${(count / 1e6).toFixed(1)} M`;
  const rows: [string, string, string, string][] = [
    ['', 'bare node', 'hello-world skill', 'baby massage'],
    ['bundle size', '-', `${helloSize.bytes} B (${kb(helloSize.bytes)})`, `${skillSize.bytes} B (${kb(skillSize.bytes)})`],
    ['bundle gzipped', '-', `${helloSize.gzip} B`, `${skillSize.gzip} B`],
    [`cold start, median of ${COLD_RUNS}`, ms(cold.bare), ms(cold.hello), ms(cold.skill)],
    [`cold start, best of ${COLD_RUNS}`, ms(best.bare), ms(best.hello), ms(best.skill)],
    ['cold start above bare node (median)', '-', ms(cold.hello - cold.bare), ms(cold.skill - cold.bare)],
    ...(counts
      ? [['cold start, instructions (callgrind)', mega(counts.bare), mega(counts.hello), mega(counts.skill)] as [string, string, string, string]]
      : []),
    [`warm turn p50 / p99 (${WARM_REQUESTS} requests)`, '-', '-', `${pct(50).toFixed(3)} ms / ${pct(99).toFixed(3)} ms`],
  ];
  const widths = [0, 1, 2, 3].map((c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`Node ${process.version}, ${os.cpus().length} CPUs (${os.cpus()[0]?.model ?? 'unknown'})\n`);
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  console.log('');
  console.log(`bundle <= 200 KB: ${kb(skillSize.bytes)}, ${verdict(skillSize.bytes <= TARGETS.bundleBytes)}`);
  console.log(`every bundle file <= 200 KB: the largest ${largest.file} ${kb(largest.bytes)} of ${files.length} files, ${verdict(largest.bytes <= TARGETS.bundleBytes)}`);
  for (const { file, bytes } of files.filter((f) => f.file.startsWith('content-'))) console.log(`  ${file}: ${kb(bytes)}`);
  console.log(`cold start <= 1.15x hello-world: ${(cold.skill / cold.hello).toFixed(3)}x (median wall time), ${verdict(cold.skill / cold.hello <= TARGETS.coldRatio)}`);
  console.log(`  best of ${COLD_RUNS}: ${(best.skill / best.hello).toFixed(3)}x${counts ? `; instructions: ${(counts.skill / counts.hello).toFixed(3)}x, ${verdict(counts.skill / counts.hello <= TARGETS.coldRatio)}` : ' (install valgrind for an instruction count that does not depend on machine noise)'}`);
  if (counts) {
    console.log(`voice-only launch <= ${TARGETS.voiceInstructions}x hello-world in instructions: ${(counts.skill / counts.hello).toFixed(3)}x, ${verdict(counts.skill / counts.hello <= TARGETS.voiceInstructions)}`);
    console.log(`Echo Show launch <= ${TARGETS.screenInstructions}x hello-world in instructions: ${(counts.show / counts.hello).toFixed(3)}x, ${verdict(counts.show / counts.hello <= TARGETS.screenInstructions)}`);
    console.log(`  above hello-world: voice-only ${mega(counts.skill - counts.hello)}, Echo Show ${mega(counts.show - counts.hello)} instructions`);
    if (counts.pack !== undefined) {
      console.log(`${PACK_LOCALE} launch <= ${TARGETS.packInstructions}x hello-world in instructions: ${(counts.pack / counts.hello).toFixed(3)}x (${mega(counts.pack)}), ${verdict(counts.pack / counts.hello <= TARGETS.packInstructions)}`);
    }
    for (const { locale, count } of otherCounts) console.log(`  ${locale} launch: ${(count / counts.hello).toFixed(3)}x (${mega(count)})`);
  }
  if (withoutCerts) {
    const { bare, hello, skill, show } = withoutCerts;
    console.log(
      `  without NODE_EXTRA_CA_CERTS (as on Lambda): bare ${mega(bare)}, hello-world ${mega(hello)}; voice-only ${(skill / hello).toFixed(3)}x, Echo Show ${(show / hello).toFixed(3)}x`,
    );
  }
  console.log(`warm p99 <= 2 ms: ${pct(99).toFixed(3)} ms, ${verdict(pct(99) <= TARGETS.warmP99Ms)}`);
  parentsTime(verdict);
}

/**
 * The parent's time, from each routine's own SSML (tools/routine-timing.ts, the estimate the tests
 * hold the routines to): how long it takes, the share that is quiet hands-on practice, and the
 * seconds from "Alexa, start baby massage" to the first stroke, for a first-timer and a regular.
 */
function parentsTime(verdict: (ok: boolean) => string): void {
  for (const locale of SUPPORTED_LOCALES.filter((l) => l === 'en-US' || !isEnglishLocale(l))) localeTime(locale, verdict);
}

function localeTime(locale: SupportedLocale, verdict: (ok: boolean) => string): void {
  const content = contentFor(locale);
  const rows: string[][] = [['routine', 'minutes (new / returning)', 'hands-on (new / returning)', 'to first stroke (new / returning)']];
  let lowestShare = 1;
  let slowestStart = 0;
  let longestLesson = 0;
  for (const id of [...ROUTINE_IDS, ...LESSON_IDS]) {
    const first = routineTiming(content, id, { newParent: true });
    const again = routineTiming(content, id, { newParent: false });
    lowestShare = Math.min(lowestShare, first.handsOnShare, again.handsOnShare);
    // A lesson's opening teaches the beginning itself: the 30 seconds are for the massages.
    if (!(LESSON_IDS as readonly string[]).includes(id)) slowestStart = Math.max(slowestStart, again.secondsToFirstStroke);
    else longestLesson = Math.max(longestLesson, first.minutes, again.minutes);
    const pct = (share: number) => `${(share * 100).toFixed(0)} %`;
    rows.push([id, `${first.minutes.toFixed(1)} / ${again.minutes.toFixed(1)}`, `${pct(first.handsOnShare)} / ${pct(again.handsOnShare)}`, `${first.secondsToFirstStroke.toFixed(0)} s / ${again.secondsToFirstStroke.toFixed(0)} s`]);
  }
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  console.log(`\nThe parent's time (${locale}, estimated from the SSML at Alexa's rate and prosody${locale === 'en-US' ? '' : `, ${SPEAKING_RATE_RATIO[locale]} of the English speaking rate`})\n`);
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c])).join('  '));
  console.log('');
  console.log(`hands-on share >= 50 % in every routine and lesson: lowest ${(lowestShare * 100).toFixed(1)} %, ${verdict(lowestShare >= TARGETS.handsOnShare)}`);
  console.log(`returning parent to first stroke <= 30 s: slowest ${slowestStart.toFixed(1)} s, ${verdict(slowestStart <= TARGETS.firstStrokeSeconds)}`);
  console.log(`each lesson of the course <= 15 min: longest ${longestLesson.toFixed(1)} min, ${verdict(longestLesson <= 15)}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
