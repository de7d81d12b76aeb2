import { parseArgs } from 'node:util';
import type { CoachData } from '../coach-data.js';
import { UsageError } from './usage-error.js';
import { wrapLine, wrapText } from './wrap-text.js';

/** One option: how node's parseArgs reads it, and what --help says it expects. */
export interface OptionSpec {
  type: 'string' | 'boolean';
  multiple?: boolean;
  short?: string;
  /** What the value looks like in help ("ROLE", "FILE"); string options only. */
  value?: string;
  help: string;
}

export type OptionSpecs = Record<string, OptionSpec>;

/** A command as --help describes it; the options table is also what parseArgs is given, so the two cannot drift apart. */
export interface CommandSpec<O extends OptionSpecs = OptionSpecs> {
  /** As typed, "pivot gaps". */
  name: string;
  usage: string;
  summary: string;
  /** Lines after the summary, such as a list of subcommands. */
  details?: readonly string[];
  options: O;
  examples: readonly string[];
}

const HELP_OPTION = { type: 'boolean', short: 'h', help: 'show this help and exit' } as const satisfies OptionSpec;
export const VERSION_OPTION = { type: 'boolean', short: 'v', help: 'print the version and exit' } as const satisfies OptionSpec;

type Config<O extends OptionSpecs> = { args: string[]; options: O & { help: typeof HELP_OPTION }; strict: true; allowPositionals: false };
export type OptionValues<O extends OptionSpecs> = ReturnType<typeof parseArgs<Config<O>>>['values'];

/**
 * The command's options, and whether -h/--help (added to every command) was given. A malformed or
 * unknown option is a UsageError that points at --help: node's message says what is wrong, the hint where to look.
 */
export function readOptions<O extends OptionSpecs>(spec: CommandSpec<O>, args: readonly string[]): { help: boolean; values: OptionValues<O> } {
  let values: OptionValues<O>;
  try {
    values = parseArgs({ args: [...args], options: { ...spec.options, help: HELP_OPTION }, strict: true, allowPositionals: false } as Config<O>).values;
  } catch (error) {
    if (!String((error as NodeJS.ErrnoException).code).startsWith('ERR_PARSE_ARGS')) throw error;
    throw new UsageError(`${(error as Error).message}\nRun "${spec.name} --help" to see the options.`);
  }
  // The generic values type does not resolve its help key; the option is there, added above.
  return { help: (values as { help?: boolean }).help === true, values };
}

/** Help is laid out for 80 columns, the width terminals open at, so it reads the same on screen, in a pipe and in a file. */
const HELP_WIDTH = 80;

function optionLines(options: OptionSpecs): string[] {
  const rows = Object.entries(options).map(([name, option]) => {
    const flag = `${option.short ? `-${option.short}, ` : '    '}--${name}${option.value ? ` ${option.value}` : ''}`;
    return [flag, option.multiple ? `${option.help} (repeat for more than one)` : option.help] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length));
  // Each description goes on under its own column, not under the flag.
  return rows.flatMap(([flag, help]) => wrapLine(`  ${flag.padEnd(width)}  ${help}`, HELP_WIDTH, width + 4));
}

/** A usage line wrapped so that its options go on after the command's name. */
export const usageLines = (line: string, name: string): string[] => wrapLine(line, HELP_WIDTH, line.indexOf(name) + name.length + 1);

/** What --help prints: usage, what the command does, each option and what it expects, examples. */
export function helpText(spec: CommandSpec): string {
  return [
    ...usageLines(`Usage: ${spec.usage}`, spec.name),
    '',
    wrapText(spec.summary, HELP_WIDTH),
    ...(spec.details ? ['', wrapText(spec.details.join('\n'), HELP_WIDTH)] : []),
    '',
    'Options:',
    ...optionLines({ ...spec.options, help: HELP_OPTION }),
    '',
    spec.examples.length === 1 ? 'Example:' : 'Examples:',
    ...spec.examples.map((example) => `  ${example}`),
  ].join('\n');
}

/** A `pivot` subcommand: its help, and a run that loads the coach's data only when it is not asked for help. */
export interface Command {
  spec: CommandSpec;
  run(args: readonly string[], load: () => Promise<CoachData>): Promise<string>;
}

export function defineCommand<O extends OptionSpecs>(spec: CommandSpec<O>, run: (values: OptionValues<O>, data: CoachData) => Promise<string>): Command {
  return {
    spec,
    async run(args, load) {
      const { help, values } = readOptions(spec, args);
      return help ? helpText(spec) : run(values, await load());
    },
  };
}
