// tools/audio/espeak-render.mjs for many jobs at once (test/support/espeak.ts): the same eSpeak NG run
// for each job, with the 18 MB WebAssembly module compiled once per process instead of once per job.
// Input on stdin: JSON [{ "ssml": "...", "voice": "en-us", "out": "/path/file.wav" }, ...]
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import ESpeakNg from 'espeak-ng';

const jobs = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
}));
const wasm = createRequire(import.meta.url).resolve('espeak-ng').replace(/\.js$/, '.wasm');
const module = await WebAssembly.compile(readFileSync(wasm));
const instantiateWasm = (imports, done) => {
  WebAssembly.instantiate(module, imports).then((instance) => done(instance, module));
  return {};
};
for (const job of jobs) {
  const espeak = await ESpeakNg({ instantiateWasm, arguments: ['-m', '-v', job.voice, '-w', 'out.wav', job.ssml] });
  writeFileSync(job.out, espeak.FS.readFile('out.wav'));
}
