import { parseArgs } from 'node:util';

/** The command line of npm run bench:scale. */
export const USAGE = `Options:
  --users N          people, each through the gap interview and credential pick (default 10000)
  --workers N        coach processes (default 3)
  --concurrency N    people talking at the same time, over all processes (default 6)
  --duplicates P     share of events delivered twice at once (default 0.03)
  --retries P        share of events delivered again after the answer (default 0.03)
  --redis-url URL    a single Redis to use instead of a private one
  --cluster-url URL  a cluster (redis+cluster://h:p,h:p) to use instead of a private one
  --only single|cluster
  --rounds N         rounds, single and cluster taking turns; each figure is the median (default 1)
  --json             one JSON object on stdout`;

export interface Options {
  users: number;
  workers: number;
  concurrency: number;
  duplicates: number;
  retries: number;
  redisUrl?: string;
  clusterUrl?: string;
  only?: 'single' | 'cluster';
  rounds: number;
  json: boolean;
}

export function readOptions(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: {
      users: { type: 'string' },
      workers: { type: 'string' },
      concurrency: { type: 'string' },
      duplicates: { type: 'string' },
      retries: { type: 'string' },
      'redis-url': { type: 'string' },
      'cluster-url': { type: 'string' },
      only: { type: 'string' },
      rounds: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const whole = (name: string, value: string | undefined, fallback: number) => {
    const n = value === undefined ? fallback : Number(value);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} needs a whole number of at least 1, not "${value}".`);
    return n;
  };
  const share = (name: string, value: string | undefined, fallback: number) => {
    const p = value === undefined ? fallback : Number(value);
    if (!(p >= 0 && p <= 1)) throw new Error(`--${name} needs a share from 0 to 1, not "${value}".`);
    return p;
  };
  if (values.only !== undefined && values.only !== 'single' && values.only !== 'cluster') throw new Error(`--only is single or cluster, not "${values.only}".`);
  return {
    users: whole('users', values.users, 10_000),
    workers: whole('workers', values.workers, 3),
    concurrency: whole('concurrency', values.concurrency, 6),
    duplicates: share('duplicates', values.duplicates, 0.03),
    retries: share('retries', values.retries, 0.03),
    ...(values['redis-url'] ? { redisUrl: values['redis-url'] } : {}),
    ...(values['cluster-url'] ? { clusterUrl: values['cluster-url'] } : {}),
    ...(values.only ? { only: values.only } : {}),
    rounds: whole('rounds', values.rounds, 1),
    json: values.json,
  };
}
