import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { helpText, readOptions } from '../src/cli/command-spec.js';
import { START } from '../src/cli/start-options.js';
import { ROOT, runNode } from './support/run-node.js';

const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };

/** The real bin file and `npm start`'s script, as a user runs them; no Redis, no tokens needed for help. */
const pivot = (...args: string[]) => runNode(['src/cli/pivot.js', ...args]);
const start = (...args: string[]) => runNode(['--import', 'tsx', 'src/main.ts', ...args], { env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '' } });

describe('--help', () => {
  it.each([
    [['--help'], 'Usage: pivot COMMAND [OPTIONS]', 'pivot gaps --role "data analyst"'],
    [['gaps', '--help'], 'Usage: pivot gaps --role ROLE', 'pivot gaps --role "data analyst" --have "Excel, some SQL"'],
    [['help', 'gaps'], 'Usage: pivot gaps --role ROLE', 'pivot gaps --role "data analyst"'],
    [['pick', '-h'], 'Usage: pivot pick --role ROLE', 'pivot pick --role "data analyst"'],
    [['star', '--help'], 'Usage: pivot star --question "TEXT" --answer-file FILE', 'pivot star --question learn-tool-quickly --answer-file answer.txt'],
    [['questions', '--help'], 'Usage: pivot questions', 'pivot questions --role "data analyst" --competency learning-fast'],
    // Help wins over what else is on the line, even a missing required option.
    [['pick', '--role', 'data analyst', '--help'], 'Usage: pivot pick', 'Example:'],
  ])('pivot %j prints usage, options and an example on stdout and exits 0', async (args, usage, example) => {
    const { code, stdout, stderr } = await pivot(...args);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith(usage)).toBe(true);
    expect(stdout).toContain('Options:');
    expect(stdout).toContain('-h, --help');
    expect(stdout).toContain(example);
  });

  it('says what each of a command\'s options expects', async () => {
    const { stdout } = await pivot('pick', '--help');
    for (const option of ['--role ROLE', '--gaps "A, B"', '--have "FREE TEXT"', '--posting FILE', '--budget USD', '--hours H', '--months M', '--salary USD', '--json']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/--hours H +hours a week you can study, 1 to 80 \(required\)/);
  });

  it('npm start -- --help describes the terminal coach without starting it', async () => {
    const { code, stdout, stderr } = await start('--help');
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('Usage: npm start -- [--user NAME] [--group]')).toBe(true);
    expect(stdout).toContain('--user NAME');
    expect(stdout).toContain('--group');
    expect(stdout).toContain('NO_COLOR');
    expect(stdout).toContain('Examples:\n  npm start -- --user ana');
  });
});

describe('--version', () => {
  it.each([[['--version']], [['-v']]])('pivot %j prints the package version and exits 0', async (args) => {
    const { code, stdout } = await pivot(...args);
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });

  it('npm start -- --version prints it too', async () => {
    const { code, stdout } = await start('--version');
    expect(code).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});

describe('an unknown option', () => {
  it.each([
    [['--colour'], "Unknown option '--colour'", 'pivot --help'],
    [['gaps', '--colour'], "Unknown option '--colour'", 'pivot gaps --help'],
    [['star', '--question'], "Option '--question <value>' argument missing", 'pivot star --help'],
  ])('pivot %j exits 2 and points at --help', async (args, message, hint) => {
    const { code, stdout, stderr } = await pivot(...args);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
    expect(stderr).toContain(`Run "${hint}" to see the options.`);
  });

  it('stops npm start with exit 2 before anything starts', async () => {
    const { code, stdout, stderr } = await start('--users', 'ana');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('Unknown option \'--users\'\nRun "npm start -- --help" to see the options.\n');
  });
});

describe('the options table', () => {
  it('is what the parser reads: --user=NAME and --user NAME are the same', () => {
    expect(readOptions(START, ['--user=ana', '--group']).values).toMatchObject({ user: 'ana', group: true });
    expect(readOptions(START, ['--user', 'ana']).values).toMatchObject({ user: 'ana' });
    expect(readOptions(START, ['-h']).help).toBe(true);
  });

  it('keeps help to 80 columns, each description under its own column', () => {
    const lines = helpText(START).split('\n');
    const examples = lines.indexOf('Examples:');
    for (const line of lines.slice(0, examples)) expect(line.length).toBeLessThanOrEqual(80);
    const user = lines.findIndex((line) => line.includes('--user NAME'));
    const column = (lines[user] as string).indexOf('whose');
    expect((lines[user + 1] as string).search(/\S/)).toBe(column);
  });
});
