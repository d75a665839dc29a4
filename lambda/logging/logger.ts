/**
 * The few logging calls the skill makes. JsonLogger (json-logger.ts) writes them in Lambda; tests pass a
 * collecting logger so they can assert that a failure was logged without printing noise.
 */
export interface SkillLogger {
  info(message: string, attributes?: Record<string, unknown>): void;
  warn(message: string, attributes?: Record<string, unknown>): void;
  error(message: string, attributes?: Record<string, unknown>): void;
}

export const silentLogger: SkillLogger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
