import { userInfo } from 'node:os';
import { createInterface } from 'node:readline';
import type { AdapterModule } from '../../src/adapter-host.js';
import { readOptions } from '../../src/cli/command-spec.js';
import { localCheckins } from '../../src/checkins/local-checkins.js';
import { START } from '../../src/cli/start-options.js';
import { outputLook } from './output-look.js';
import { runTerminalCoach } from './terminal-coach.js';

/** `--user NAME` picks whose session this is; otherwise the login name. */
function terminalUser(named: string | undefined): string {
  if (named?.trim()) return named.trim().slice(0, 64);
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
    // The same options main.ts checked before starting, so --user=ana works as --user ana does.
    const { values } = readOptions(START, argv);
    const interactive = process.stdin.isTTY === true;
    // With a TTY, readline echoes what is typed to stdout; piped input is read silently.
    const lines = createInterface({ input: process.stdin, output: interactive ? process.stdout : undefined, crlfDelay: Infinity, terminal: interactive });
    const done = runTerminalCoach({
      handle: (inbound) => engine.handle(inbound),
      user: terminalUser(values.user),
      group: values.group === true,
      lines,
      write: (text) => process.stdout.write(text),
      ...outputLook(process.stdout, process.env),
      prompt: interactive ? '> ' : '',
      // The machine's zone (TZ when set): plan dates and check-in times in the person's calendar.
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      // This process's check-ins for the person, shown as they come due.
      checkins: localCheckins,
    }).finally(() => lines.close());
    return { done, stop: async () => lines.close() };
  },
};

export default terminal;
