/**
 * A record whose values are made on first read: a cold start compiles and runs only the entries its
 * request reads (a launch reads one step script of forty). Each value is made once, then kept; the
 * keys are all there from the start, so iterating the record sees every entry.
 */
export function lazily<T>(makers: Readonly<Record<string, () => T>>): Record<string, T> {
  const record: Record<string, T> = {};
  for (const key of Object.keys(makers)) {
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get(): T {
        const value = makers[key]();
        Object.defineProperty(record, key, { value, enumerable: true, writable: false, configurable: false });
        return value;
      },
    });
  }
  return record;
}
