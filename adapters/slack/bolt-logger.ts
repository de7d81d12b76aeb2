import { LogLevel } from '@slack/bolt';
import type { Logger as BoltLogger } from '@slack/bolt';
import type { Logger, LogLevel as CoachLevel } from '../../src/log.js';

/** The coach's level in Bolt's terms: Bolt has no "silent", its quietest is error. */
export function boltLevel(level: CoachLevel): LogLevel {
  if (level === 'debug') return LogLevel.DEBUG;
  if (level === 'info') return LogLevel.INFO;
  if (level === 'warn') return LogLevel.WARN;
  return LogLevel.ERROR;
}

const ORDER = [LogLevel.DEBUG, LogLevel.INFO, LogLevel.WARN, LogLevel.ERROR];

/**
 * Bolt's and the Web API client's logs, as the coach's JSON lines. Errors are reduced to their
 * message: a Slack error object carries the whole API response, which can hold what a user wrote.
 * (The SDK redacts tokens from its own debug lines.)
 */
export function boltLogger(logger: Logger, initial: LogLevel): BoltLogger {
  let level = initial;
  let name = 'bolt';
  const line = (msg: unknown[]) =>
    msg
      .map((part) => (part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part)))
      .join(' ')
      .slice(0, 2_000);
  const at = (own: LogLevel, write: (message: string, fields?: Record<string, unknown>) => void) => (...msg: unknown[]) => {
    if (ORDER.indexOf(own) >= ORDER.indexOf(level)) write(line(msg), { source: name });
  };
  return {
    debug: at(LogLevel.DEBUG, logger.debug),
    info: at(LogLevel.INFO, logger.info),
    warn: at(LogLevel.WARN, logger.warn),
    error: at(LogLevel.ERROR, logger.error),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next) => {
      name = next;
    },
  };
}
