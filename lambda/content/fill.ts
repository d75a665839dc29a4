/** Fills `{name}` placeholders. A missing value is a bug in the caller, so it throws rather than say "{part}". */
export function fill(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{(\w+)\}/g, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`No value for {${key}} in "${template}"`);
    return value;
  });
}

/** Picks one alternative, deterministically, so a repeat says the same and tests are stable. */
export function pick<T>(alternatives: readonly T[], seed: number): T {
  return alternatives[Math.abs(Math.trunc(seed)) % alternatives.length];
}
