import { loadCoachData } from '../coach-data.js';
import { DataError } from '../data/load-data.js';
import { checkinsCommand } from './checkins-command.js';
import { VERSION_OPTION, helpText, readOptions, usageLines, type Command, type CommandSpec } from './command-spec.js';
import { gapsCommand } from './gaps-command.js';
import { pickCommand } from './pick-command.js';
import { planCommand } from './plan-command.js';
import { questionsCommand } from './questions-command.js';
import { starCommand } from './star-command.js';
import { UsageError } from './usage-error.js';
import { packageVersion } from './version.js';

const commands: Record<string, Command> = { checkins: checkinsCommand, gaps: gapsCommand, pick: pickCommand, plan: planCommand, questions: questionsCommand, star: starCommand };

const PIVOT = {
  name: 'pivot',
  usage: 'pivot COMMAND [OPTIONS]',
  summary: "Pivot Coach's reports without a chat, for coaches and scripts: the same logic and data the chat uses.",
  details: ['Commands:', ...Object.values(commands).flatMap((c) => usageLines(`  ${c.spec.usage}`, c.spec.name)), 'Run "pivot COMMAND --help" for what each option expects and an example.'],
  options: { version: VERSION_OPTION },
  examples: ['pivot gaps --role "data analyst" --have "Excel, some SQL"'],
} satisfies CommandSpec;

function commandNamed(name: string): Command {
  const command = commands[name];
  if (!command) throw new UsageError(`Unknown command "${name}". The commands are ${Object.keys(commands).join(', ')}; run "pivot --help" for more.`);
  return command;
}

async function run(argv: string[]): Promise<string> {
  const [name, ...args] = argv;
  if (name === 'help') return helpText(args[0] === undefined ? PIVOT : commandNamed(args[0]).spec);
  if (name === undefined || name.startsWith('-')) {
    const { help, values } = readOptions(PIVOT, argv);
    return values.version && !help ? packageVersion() : helpText(PIVOT);
  }
  return commandNamed(name).run(args, loadCoachData);
}

run(process.argv.slice(2)).then(
  (output) => {
    process.stdout.write(`${output}\n`);
  },
  (error: unknown) => {
    process.stderr.write(`pivot: ${(error as Error).message}\n`);
    process.exitCode = error instanceof UsageError || error instanceof DataError ? 2 : 1;
  },
);
