import { ApplicationCommandOptionType } from 'discord.js';
import nock from 'nock';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_NAME, PEER_SUBCOMMAND, PERSONAL_SUBCOMMANDS, START_TOPICS, SUBCOMMAND_NAMES, pivotCommand } from '../adapters/discord/commands.js';
import { BOT_PERMISSIONS, UsageError, inviteUrl, parseRegisterArgs, registerCommands } from '../adapters/discord/register-commands.js';
import { loadCoachData } from '../src/coach-data.js';
import { GLOBAL_COMMANDS } from '../src/engine/commands.js';
import { createFlowRegistry } from '../flows/index.js';
import { FakeDiscordRest } from './support/discord-rest.js';
import { runNode } from './support/run-node.js';

beforeAll(() => nock.disableNetConnect());
afterAll(() => nock.enableNetConnect());

const config = { token: 'MTI5MDAwMDAwMDAwMDAwMDAwMQ.GaBcDe.fake-token-for-tests-only_0123456789', applicationId: '1290000000000000001', apiUrl: 'https://discord.com/api' };
type Option = { type: number; name: string; description: string; options?: Option[]; choices?: { name: string; value: string }[] };

describe('/pivot', () => {
  const command = pivotCommand();
  const subcommands = command.options as Option[];

  it('has a subcommand for every global command and the words that start a flow, each one the engine knows', async () => {
    const registry = createFlowRegistry(await loadCoachData());
    const known = (name: string) => (GLOBAL_COMMANDS as readonly string[]).includes(name) || registry.forCommand(name) !== undefined;
    for (const word of GLOBAL_COMMANDS) expect(SUBCOMMAND_NAMES).toContain(word);
    // `peer` starts the shared flow, in the peer thread's session: it is a word of the shared registry only.
    for (const name of SUBCOMMAND_NAMES.filter((n) => n !== PEER_SUBCOMMAND)) expect(known(name), name).toBe(true);
    expect(registry.shared?.forCommand(PEER_SUBCOMMAND)?.shared).toBe(true);
    expect(registry.forCommand(PEER_SUBCOMMAND)).toBeUndefined();
    for (const topic of START_TOPICS) expect(registry.forCommand(topic)).toBeDefined();
    for (const personal of PERSONAL_SUBCOMMANDS) expect(SUBCOMMAND_NAMES).toContain(personal);
  });

  it("stays within Discord's rules for names, descriptions and counts", () => {
    expect(command.name).toBe(COMMAND_NAME);
    expect(subcommands.length).toBeLessThanOrEqual(25);
    for (const option of [command as unknown as Option, ...subcommands, ...subcommands.flatMap((s) => s.options ?? [])]) {
      expect(option.name).toMatch(/^[-_a-z0-9]{1,32}$/);
      expect(option.description.length).toBeGreaterThan(0);
      expect(option.description.length).toBeLessThanOrEqual(100);
    }
    expect(subcommands.every((s) => s.type === ApplicationCommandOptionType.Subcommand)).toBe(true);
    expect(subcommands.find((s) => s.name === 'start')?.options?.[0]?.choices?.map((c) => c.value)).toEqual([...START_TOPICS]);
    // In servers (0) and in DMs with the bot (1); installed to servers only.
    expect(command.contexts).toEqual([0, 1]);
    expect(command.integration_types).toEqual([0]);
  });
});

describe('npm run discord:register', () => {
  let rest: FakeDiscordRest;
  beforeAll(() => {
    rest = new FakeDiscordRest();
  });
  afterEach(() => rest.clear());
  afterAll(() => rest.close());

  it('overwrites the commands of one server in one PUT with --guild', async () => {
    const said = await registerCommands({ config, guildId: '1300000000000000200' });
    expect(rest.requests.map((r) => [r.method, r.path, r.authorized])).toEqual([['PUT', '/applications/1290000000000000001/guilds/1300000000000000200/commands', true]]);
    expect(rest.requests[0]?.body).toEqual([pivotCommand()]);
    expect(said).toContain('Registered /pivot with 17 subcommands in server 1300000000000000200');
  });

  it('registers globally without it, and tells how to invite the bot', async () => {
    const said = await registerCommands({ config });
    expect(rest.requests.map((r) => [r.method, r.path])).toEqual([['PUT', '/applications/1290000000000000001/commands']]);
    expect(said).toContain('globally');
    expect(said).toContain(inviteUrl(config.applicationId));
    expect(inviteUrl('1')).toBe(`https://discord.com/oauth2/authorize?client_id=1&scope=bot+applications.commands&permissions=${BOT_PERMISSIONS}`);
  });

  it('reads --guild ID and nothing else', () => {
    expect(parseRegisterArgs([])).toEqual({});
    expect(parseRegisterArgs(['--guild', '1300000000000000200'])).toEqual({ guildId: '1300000000000000200' });
    expect(() => parseRegisterArgs(['--guild'])).toThrow(UsageError);
    expect(() => parseRegisterArgs(['--guild', 'study-group'])).toThrow('--guild takes a server id');
    expect(() => parseRegisterArgs(['--global'])).toThrow(UsageError);
  });

  it('as a command: a bad argument or a missing variable is a message and exit status 2', async () => {
    const env = { ...process.env, DISCORD_TOKEN: config.token, DISCORD_APPLICATION_ID: config.applicationId };
    const bad = await runNode(['--import', 'tsx', 'adapters/discord/register-commands.ts', '--guild', 'abc'], { env });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Usage: npm run discord:register -- [--guild SERVER_ID]');
    const unset = await runNode(['--import', 'tsx', 'adapters/discord/register-commands.ts'], { env: { ...process.env, DISCORD_TOKEN: '', DISCORD_APPLICATION_ID: '' } });
    expect(unset.code).toBe(2);
    expect(unset.stderr).toContain('DISCORD_TOKEN is not set');
  });
});
