// Renders Alexa-style SSML to WAV with eSpeak NG (WebAssembly, offline). An ES module of its own
// because the espeak-ng package is one; tools/audio/espeak.ts runs it in a child process.
// Input on stdin: JSON [{ "ssml": "...", "voice": "en-us", "out": "/path/file.wav" }, ...]
import { writeFileSync } from 'node:fs';
import ESpeakNg from 'espeak-ng';

const jobs = JSON.parse(await new Promise((resolve) => {
  let text = '';
  process.stdin.on('data', (chunk) => (text += chunk));
  process.stdin.on('end', () => resolve(text));
}));
for (const job of jobs) {
  const espeak = await ESpeakNg({ arguments: ['-m', '-v', job.voice, '-w', 'out.wav', job.ssml] });
  writeFileSync(job.out, espeak.FS.readFile('out.wav'));
}
