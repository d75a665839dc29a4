/**
 * Alexa's built-in slot types as the skill receives them, for the resolver: the words heard become
 * the value Alexa documents (AMAZON.NUMBER "seven" is "7"; AMAZON.TIME "seven in the evening" is
 * "19:00", "evening" is "EV"; AMAZON.DATE "march" is a year and month, "YYYY-MM"). Words a type cannot
 * read are not that type: the sample does not match, as Alexa would not fill the slot with them.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50 };

/** "seven", "twenty one", "7", "fifty-nine": 0 to 59 (all a baby's age or a clock needs). */
export function numberOf(words: string): number | undefined {
  const text = words.trim().replace(/-/g, ' ');
  if (/^\d{1,4}$/.test(text)) return Number(text);
  const parts = text.split(/\s+/);
  if (parts.length === 1) return UNITS[parts[0]] ?? TENS[parts[0]];
  if (parts.length === 2 && TENS[parts[0]] !== undefined && UNITS[parts[1]] !== undefined && UNITS[parts[1]] > 0 && UNITS[parts[1]] < 10) return TENS[parts[0]] + UNITS[parts[1]];
  return undefined;
}

const DAYPARTS: Readonly<Record<string, string>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };

/**
 * AMAZON.TIME: "seven" and "seven o'clock" are "07:00" (Alexa does not guess the half of the day),
 * "seven pm", "seven in the evening" and "seven at night" are "19:00", "half past six" is "06:30",
 * "noon" "12:00", a part of the day alone its code ("evening": "EV").
 */
export function timeOf(words: string): string | undefined {
  let text = words.trim().replace(/\./g, '').replace(/\s+/g, ' ');
  if (DAYPARTS[text.replace(/^(in )?the /, '')]) return DAYPARTS[text.replace(/^(in )?the /, '')];
  if (text === 'noon' || text === 'midday') return '12:00';
  if (text === 'midnight') return '00:00';
  let later = false;
  let earlier = false;
  const suffix = /\s*(?:(pm|p m)|(am|a m)|in the (evening|afternoon|morning)|at night|tonight)$/.exec(text);
  if (suffix) {
    later = suffix[1] !== undefined || suffix[3] === 'evening' || suffix[3] === 'afternoon' || /night/.test(suffix[0]);
    earlier = suffix[2] !== undefined || suffix[3] === 'morning';
    text = text.slice(0, suffix.index).trim();
  }
  text = text.replace(/ o'?clock$/, '');
  let hour: number | undefined;
  let minute = 0;
  const digits = /^(\d{1,2})(?::(\d{2}))?$/.exec(text);
  const past = /^(half|quarter|\w+(?: \w+)?) (past|to) (\w+)$/.exec(text);
  if (digits) {
    hour = Number(digits[1]);
    minute = digits[2] ? Number(digits[2]) : 0;
  } else if (past) {
    const amount = past[1] === 'half' ? 30 : past[1] === 'quarter' ? 15 : numberOf(past[1].replace(/ minutes?$/, ''));
    const base = numberOf(past[3]);
    if (amount === undefined || base === undefined) return undefined;
    hour = past[2] === 'past' ? base : base - 1;
    minute = past[2] === 'past' ? amount : 60 - amount;
  } else {
    const parts = text.split(' ');
    hour = numberOf(parts[0]);
    if (parts.length > 1) {
      const rest = parts.slice(1).join(' ');
      const extra = rest === 'oh five' ? 5 : numberOf(rest.replace(/^oh /, ''));
      if (extra === undefined) return undefined;
      minute = extra;
    }
  }
  if (hour === undefined || hour > 23 || minute > 59 || (hour === 0 && !digits)) return undefined;
  if (later && hour < 12) hour += 12;
  if (earlier && hour === 12) hour = 0;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/**
 * AMAZON.DATE, as much as a birth month needs: a month alone is the next such month ("march" in
 * December 2026 is "2027-03": Alexa reads dates forward, so the skill must turn a birth month in the
 * future back a year), a month with a year is that month, "the third of march" a day.
 */
export function dateOf(words: string, now: Date): string | undefined {
  const text = words.trim().replace(/^(?:the )?(\w+) of /, '$1 ').replace(/(\d+)(?:st|nd|rd|th)\b/, '$1');
  const found = /^(?:(\w+(?: \w+)?) )?(january|february|march|april|may|june|july|august|september|october|november|december)(?: (\d{4}))?$/.exec(text);
  if (!found) return undefined;
  const month = MONTHS.indexOf(found[2]) + 1;
  const day = found[1] ? numberOf(found[1].replace(/(first|second|third|fourth|fifth)$/, (w) => String(['first', 'second', 'third', 'fourth', 'fifth'].indexOf(w) + 1)).replace(/(\d+)th$/, '$1')) ?? Number(found[1]) : undefined;
  const thisYear = now.getUTCFullYear();
  const year = found[3] ? Number(found[3]) : month > now.getUTCMonth() + 1 || (month === now.getUTCMonth() + 1 && (day === undefined || day >= now.getUTCDate())) ? thisYear : thisYear + 1;
  const yearMonth = `${year}-${String(month).padStart(2, '0')}`;
  if (day === undefined || Number.isNaN(day)) return found[1] ? undefined : yearMonth;
  return day >= 1 && day <= 31 ? `${yearMonth}-${String(day).padStart(2, '0')}` : undefined;
}

/** The value Alexa sends for words heard in a built-in slot, or undefined when they are not that type. */
export function builtInValue(type: string, words: string, now: Date): string | undefined | null {
  switch (type) {
    case 'AMAZON.NUMBER': {
      const n = numberOf(words);
      return n === undefined ? undefined : String(n);
    }
    case 'AMAZON.TIME':
      return timeOf(words);
    case 'AMAZON.DATE':
      return dateOf(words, now);
    default:
      // Any other built-in (AMAZON.SearchQuery) takes the words as they are.
      return null;
  }
}
