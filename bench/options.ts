import { parseArgs } from 'node:util';

/** The command line both benchmarks take, ours and botbuilder's, so that they run the same sizes. */
export interface BenchOptions {
  users: number;
  turns: number;
  rounds: number;
  redisUrl: string;
  json: boolean;
}

export const USAGE = `Options:
  --users N        simulated users talking at once (default 100)
  --turns N        turns per user (default 35: five passes through the six-question flow)
  --rounds N       measured rounds; each figure is its median over them (default 5)
  --redis-url URL  Redis to measure against (default $REDIS_URL or redis://127.0.0.1:6379)
  --json           print one JSON object instead of a table`;

function positive(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new Error(`--${name} needs a whole number of at least 1, not "${value}".`);
  return number;
}

export function parseBenchOptions(args: string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args,
    options: {
      users: { type: 'string' },
      turns: { type: 'string' },
      rounds: { type: 'string' },
      'redis-url': { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  return {
    users: positive('users', values.users, 100),
    // Five passes fill the 32 recent event ids a session keeps, so sessions end at their steady size.
    turns: positive('turns', values.turns, 35),
    rounds: positive('rounds', values.rounds, 5),
    redisUrl: values['redis-url'] ?? env.REDIS_URL ?? 'redis://127.0.0.1:6379',
    json: values.json,
  };
}

/** The options of this process's command line, or undefined after saying what was wrong and the usage. */
export function optionsOrUsage(): BenchOptions | undefined {
  try {
    return parseBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return undefined;
  }
}
