import { loadCoachData } from '../coach-data.js';
import { DataError } from '../data/load-data.js';
import { GAPS_USAGE, gapsCommand } from './gaps-command.js';
import { PICK_USAGE, pickCommand } from './pick-command.js';
import { QUESTIONS_USAGE, questionsCommand } from './questions-command.js';
import { STAR_USAGE, starCommand } from './star-command.js';
import { UsageError } from './usage-error.js';

const USAGE = ['Usage:', `  ${GAPS_USAGE}`, `  ${PICK_USAGE}`, `  ${QUESTIONS_USAGE}`, `  ${STAR_USAGE}`].join('\n');

const commands: Record<string, typeof gapsCommand> = { gaps: gapsCommand, pick: pickCommand, questions: questionsCommand, star: starCommand };

async function run(argv: string[]): Promise<string> {
  const [name, ...args] = argv;
  if (!name || name === 'help' || name === '--help') return USAGE;
  const command = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}".\n${USAGE}`);
  return command(args, await loadCoachData());
}

run(process.argv.slice(2)).then(
  (output) => {
    process.stdout.write(`${output}\n`);
  },
  (error: unknown) => {
    // parseArgs reports unknown or malformed options with codes starting ERR_PARSE_ARGS.
    const usage = error instanceof UsageError || String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`pivot: ${(error as Error).message}\n`);
    process.exitCode = usage ? 2 : error instanceof DataError ? 2 : 1;
  },
);
