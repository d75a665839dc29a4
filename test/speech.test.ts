import { check } from 'ssml-check-core';
import { pause } from '../lambda/content/types';
import { MAX_SSML_CHARACTERS, SpeechBuilder, SpeechTooLongError } from '../lambda/speech/ssml';
import { estimateTiming } from '../lambda/speech/timing';

describe('SpeechBuilder', () => {
  it('wraps calm lines in a slowed prosody, one sentence each, with pauses as breaks', () => {
    const ssml = new SpeechBuilder().calm(['Down the leg.', pause(3), 'And again.']).build();
    expect(ssml).toBe('<speak><prosody rate="88%"><s>Down the leg.</s><break time="3s"/><s>And again.</s></prosody></speak>');
  });

  it('escapes what content says, so an ampersand cannot break the SSML', () => {
    const ssml = new SpeechBuilder().say('Mum & baby <3').build();
    expect(ssml).toBe('<speak><s>Mum &amp; baby &lt;3</s></speak>');
  });

  it('chains breaks so none is over Alexa\'s ten seconds', () => {
    const ssml = new SpeechBuilder().pause(23.5).build();
    expect(ssml).toBe('<speak><break time="10s"/><break time="10s"/><break time="3500ms"/></speak>');
  });

  it('refuses to build a response Alexa would reject for length', () => {
    const builder = new SpeechBuilder().say('word '.repeat(MAX_SSML_CHARACTERS / 5));
    expect(() => builder.build()).toThrow(SpeechTooLongError);
  });

  it('builds SSML that ssml-check-core accepts, sounds included', async () => {
    const ssml = new SpeechBuilder()
      .say('Hello & welcome.')
      .sound('soundbank://soundlibrary/musical/amzn_sfx_bell_short_chime_01')
      .calm(['One.', pause(12), "Baby's right."])
      .build();
    expect(await check(ssml, { platform: 'amazon' })).toBeUndefined();
  });
});

describe('estimateTiming', () => {
  it('slows words inside a prosody rate and adds breaks', () => {
    const timing = estimateTiming('<speak><prosody rate="50%"><s>one two three four</s></prosody><break time="1500ms"/></speak>', 120);
    expect(timing.words).toBe(4);
    expect(timing.speakingSeconds).toBeCloseTo(4, 5); // 4 words at 60 wpm
    expect(timing.pauseSeconds).toBeCloseTo(1.5, 5);
    expect(timing.effectiveWordsPerMinute).toBeCloseTo((4 / 5.5) * 60, 5);
  });

  it('returns to the outer rate after a prosody closes', () => {
    const timing = estimateTiming('<speak><prosody rate="50%"><s>slow</s></prosody><s>fast</s></speak>', 60);
    expect(timing.speakingSeconds).toBeCloseTo(3, 5);
  });
});
