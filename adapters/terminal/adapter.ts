import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { AdapterModule } from '../../src/adapter-host.js';
import { runTerminalCoach } from './terminal-coach.js';

/** `--user NAME` picks whose session this is; otherwise the login name. */
export function terminalUser(argv: readonly string[]): string {
  const index = argv.indexOf('--user');
  const named = index >= 0 ? argv[index + 1]?.trim() : undefined;
  if (named) return named.slice(0, 64);
  try {
    return userInfo().username || 'you';
  } catch {
    return 'you';
  }
}

const terminal: AdapterModule = {
  name: 'terminal',
  fallback: true,
  isConfigured: () => true,
  async start({ engine, argv }) {
    const interactive = process.stdin.isTTY === true;
    // With a TTY, readline echoes what is typed to stdout; piped input is read silently.
    const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, crlfDelay: Infinity, terminal: interactive });
    const done = runTerminalCoach({
      handle: (inbound) => engine.handle(inbound),
      user: terminalUser(argv),
      group: argv.includes('--group'),
      lines,
      write: (text) => process.stdout.write(text),
      prompt: interactive ? '> ' : '',
    }).finally(() => lines.close());
    return { done, stop: async () => lines.close() };
  },
};

export default terminal;
