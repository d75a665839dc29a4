/**
 * Turns SSML into what a person hears, for the terminal and for test assertions: tags dropped,
 * entities unescaped, breaks shown as "(pause 3 s)" (a run of breaks summed), clips as "(sound)".
 */
export function speechText(ssml: string | undefined): string {
  if (!ssml) return '';
  const pieces: string[] = [];
  let pausing = 0;
  const flushPause = () => {
    if (pausing > 0) pieces.push(`(pause ${formatSeconds(pausing)} s)`);
    pausing = 0;
  };
  for (const token of ssml.match(/<[^>]+>|[^<]+/g) ?? []) {
    const brk = /^<break\b[^>]*\btime="(\d+(?:\.\d+)?)(ms|s)"/.exec(token);
    if (brk) {
      pausing += Number(brk[1]) / (brk[2] === 'ms' ? 1000 : 1);
      continue;
    }
    if (token.startsWith('<audio')) {
      flushPause();
      pieces.push('(sound)');
      continue;
    }
    if (token.startsWith('<')) continue;
    const text = unescape(token).replace(/\s+/g, ' ').trim();
    if (text) {
      flushPause();
      pieces.push(text);
    }
  }
  flushPause();
  return pieces.join(' ');
}

function formatSeconds(seconds: number): string {
  return Number.isInteger(seconds) ? String(seconds) : seconds.toFixed(1);
}

function unescape(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}
