import { SkillLogger } from '../../lambda/logging/logger';

export interface LoggedLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string;
  readonly attributes?: Record<string, unknown>;
}

/** A logger that remembers what was logged, so tests can assert a failure was reported. */
export function collectingLogger(): { logger: SkillLogger; lines: LoggedLine[] } {
  const lines: LoggedLine[] = [];
  const logger: SkillLogger = {
    info: (message, attributes) => lines.push({ level: 'info', message, attributes }),
    warn: (message, attributes) => lines.push({ level: 'warn', message, attributes }),
    error: (message, attributes) => lines.push({ level: 'error', message, attributes }),
  };
  return { logger, lines };
}
