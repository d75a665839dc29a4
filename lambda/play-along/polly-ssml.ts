/**
 * Alexa's SSML as Polly's neural voices take it. The speech builder writes only <speak>, <s>,
 * <break time>, <prosody rate|volume> and <audio>; Polly's neural engine supports all but <audio>
 * (Alexa's sound library exists only on Alexa), which becomes a short pause. A pause longer than
 * 10 s is chained breaks, as Alexa wants it; a <mark> between them keeps a synthesizer from taking
 * them for one. Anything else is refused rather than sent to be read aloud as text.
 */
export const POLLY_NEURAL_TAGS = new Set(['speak', 's', 'break', 'prosody', 'mark']);

export function toPollySsml(ssml: string): string {
  const converted = ssml
    .replace(/<audio\b[^>]*\/>/g, '<break time="1s"/>')
    .replace(/(<break [^>]*\/>)(?=<break )/g, '$1<mark name="pause"/>');
  for (const [, tag] of converted.matchAll(/<\/?([a-zA-Z:-]+)/g)) {
    if (!POLLY_NEURAL_TAGS.has(tag)) throw new Error(`Polly's neural engine does not support <${tag}>`);
  }
  return converted;
}
