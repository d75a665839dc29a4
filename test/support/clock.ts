/** A fixed evening for tests that store times. */
export const NOW_TEST = new Date('2026-11-24T19:30:00.000Z');
