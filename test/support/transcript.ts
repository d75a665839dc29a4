import { Turn } from './conversation';

interface Talk {
  say(phrase: string): Promise<Turn>;
}

/**
 * Plays a transcript, in the style of ask-sdk-controls' testTurn: `U: ...` is what the parent says
 * (resolved through the real interaction model), `A: ...` what Alexa must answer, exactly, as text
 * ("(pause 3 s)", "(sound)"): the whole reply, never a prefix. Returns the turns, for anything else a test wants to check.
 */
export async function transcript(talk: Talk, lines: readonly string[]): Promise<Turn[]> {
  const turns: Turn[] = [];
  let last: Turn | undefined;
  for (const line of lines) {
    const [, who, text] = /^([UA]): (.*)$/s.exec(line) ?? [];
    if (who === 'U') {
      last = await talk.say(text);
      turns.push(last);
    } else if (who === 'A') {
      if (!last) throw new Error(`"${line}" comes before anything was said`);
      expect(last.speech).toBe(text);
    } else {
      throw new Error(`Transcript lines start with "U: " or "A: ": ${line}`);
    }
  }
  return turns;
}
