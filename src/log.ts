import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { redactText, safeValue } from './log-redact.js';

/**
 * A small structured logger: one JSON object per line on stderr, in pino's shape so that log
 * tools read it as they are (numeric `level`, `time` in epoch ms, `pid`, `hostname`, `msg`;
 * an error under `err` as {type, message, stack}). Every line written inside a turn carries
 * that turn's id (`turn`), through async calls, without passing a logger along.
 *
 * Not pino itself: the coach's calls are (message, fields), pino's (fields, message); and what
 * must never reach a log (tokens, what users typed) is found by value anywhere in a line,
 * which pino's path-based redaction does not do, so its serialisers would be replaced anyway.
 * This keeps one small dependency-free module that writes synchronously where it is told.
 *
 * Users' free text (fields named text, answer, input…) is written at debug level only; tokens
 * and secrets never; a field that cannot be serialised is written as a placeholder, never thrown.
 */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];
type Fields = Record<string, unknown>;

/** pino's numbers, which log tools map to names. */
export const LEVEL_NUMBERS = { debug: 20, info: 30, warn: 40, error: 50, silent: Infinity } as const satisfies Record<LogLevel, number>;

export interface Logger {
  debug(message: string, fields?: Fields): void;
  info(message: string, fields?: Fields): void;
  warn(message: string, fields?: Fields): void;
  error(message: string, fields?: Fields): void;
  /** The same logger with these fields on every line (a component's name, a guild). */
  child(bindings: Fields): Logger;
}

/** The line's own keys: a field of the same name is written as `_name` instead of replacing them. */
const RESERVED = new Set(['level', 'time', 'pid', 'hostname', 'msg', 'turn']);

const context = new AsyncLocalStorage<Fields>();
const host = hostname();

/** A short random id: enough to tell one turn from another in a day's logs. */
export function newTurnId(): string {
  return randomBytes(6).toString('base64url');
}

/**
 * Runs `work` as one turn: every line logged inside it, synchronously or after any await,
 * carries `turn`. Inside a turn already, the same turn goes on.
 */
export function inTurn<T>(work: () => T, turn: string = newTurnId()): T {
  if (context.getStore()?.turn !== undefined) return work();
  return context.run({ ...context.getStore(), turn }, work);
}

/** The current turn's id, if any. */
export function currentTurn(): string | undefined {
  const turn = context.getStore()?.turn;
  return typeof turn === 'string' ? turn : undefined;
}

function place(line: Fields, key: string, value: unknown): void {
  if (value === undefined) return;
  let name = key;
  while (RESERVED.has(name) || (name !== key && name in line)) name = `_${name}`;
  line[name] = value;
}

function render(level: Exclude<LogLevel, 'silent'>, message: unknown, bindings: Fields, fields: unknown): string {
  const debug = level === 'debug';
  const line: Fields = { level: LEVEL_NUMBERS[level], time: Date.now(), pid: process.pid, hostname: host, msg: typeof message === 'string' ? redactText(message) : String(safeValue(message, new WeakSet(), 0, debug)) };
  const turn = currentTurn();
  if (turn) line.turn = turn;
  for (const source of [bindings, fields]) {
    if (source === null || typeof source !== 'object') continue;
    let keys: string[];
    try {
      keys = Object.keys(source);
    } catch {
      continue;
    }
    for (const key of keys) {
      let value: unknown;
      try {
        value = (source as Fields)[key];
      } catch {
        value = '[unreadable]';
      }
      // An error passed as `error` is written as pino does, under `err` with its stack.
      const name = value instanceof Error && (key === 'error' || key === 'err') ? 'err' : key;
      place(line, name, safeValue(value, new WeakSet(), 0, debug, key));
    }
  }
  try {
    return JSON.stringify(line);
  } catch (error) {
    return JSON.stringify({ level: line.level, time: line.time, pid: line.pid, hostname: host, msg: line.msg, ...(turn ? { turn } : {}), logError: `fields not written: ${String((error as Error)?.message)}` });
  }
}

export function createLogger(level: LogLevel, write: (line: string) => void = (line) => process.stderr.write(`${line}\n`), bindings: Fields = {}): Logger {
  const threshold = LEVEL_NUMBERS[level];
  const at = (name: Exclude<LogLevel, 'silent'>) => (message: string, fields?: Fields) => {
    if (LEVEL_NUMBERS[name] < threshold) return;
    let line: string;
    try {
      line = render(name, message, bindings, fields);
    } catch {
      line = JSON.stringify({ level: LEVEL_NUMBERS[name], time: Date.now(), pid: process.pid, hostname: host, msg: '[log line could not be written]' });
    }
    write(line);
  };
  return {
    debug: at('debug'),
    info: at('info'),
    warn: at('warn'),
    error: at('error'),
    child: (more) => createLogger(level, write, { ...bindings, ...more }),
  };
}

export const silentLogger: Logger = createLogger('silent');
