/**
 * The reference conversation on Microsoft botbuilder-dialogs: the same six questions as a
 * waterfall (TextPrompt, TextPrompt, ChoicePrompt, NumberPrompt, NumberPrompt,
 * ConfirmPrompt), the same simulated users and the same measuring code as bench/engine-bench.ts,
 * on MemoryStorage and on a minimal ioredis Storage. Run through tsx (npm run bench:compare),
 * which lets this file import the shared TypeScript modules.
 */
import { randomBytes } from 'node:crypto';
import process from 'node:process';
import { ActivityTypes, BotAdapter, ConversationState, MemoryStorage, TurnContext } from 'botbuilder';
import { ChoicePrompt, ConfirmPrompt, DialogSet, DialogTurnStatus, ListStyle, NumberPrompt, TextPrompt, WaterfallDialog } from 'botbuilder-dialogs';
import { Redis } from 'ioredis';
import { redactUrl } from '../../src/engine/redis-session-store.ts';
import { missingNodeFlags } from '../measure.ts';
import { USAGE, parseBenchOptions } from '../options.ts';
import { RedisTally, bytesPerKey, cleaningUp, connectRedis, sampleKeys } from '../redis-probe.ts';
import { PLAN_DROPPED, PLAN_SAVED, PROMPTS, TARGET_ROLES } from '../reference-flow.ts';
import { fmt, table } from '../report.ts';
import { measureEntry } from '../suite.ts';

/** Same idle expiry as our bench: a killed run's keys go by themselves. */
const TTL_MS = 10 * 60_000;
const REDIS_KEYS_SAMPLED = 200;
const PLAN = 'plan';
const SENT = Symbol('sent activities');

/**
 * What botbuilder's own adapters do around a turn (TurnContext, middleware pipeline),
 * minus the HTTP: sent activities are collected for the check instead of posted.
 */
class CollectingAdapter extends BotAdapter {
  async sendActivities(context, activities) {
    context.turnState.get(SENT).push(...activities);
    return activities.map((_, index) => ({ id: String(index) }));
  }

  async updateActivity() {
    throw new Error('The benchmark never updates an activity.');
  }

  async deleteActivity() {
    throw new Error('The benchmark never deletes an activity.');
  }

  async continueConversation() {
    throw new Error('The benchmark never continues a conversation.');
  }

  turn(activity, logic) {
    const context = new TurnContext(this, activity);
    context.turnState.set(SENT, []);
    return this.runMiddleware(context, logic).then(() => context.turnState.get(SENT));
  }
}

/**
 * Storage as a botbuilder bot would write it on Redis: read is one MGET, write one SET of
 * the JSON per key. Last writer wins, as BotState.saveChanges asks (eTag "*").
 */
class RedisStorage {
  constructor(redis, prefix) {
    this.redis = redis;
    this.prefix = prefix;
  }

  async read(keys) {
    if (keys.length === 0) return {};
    const values = await this.redis.mget(keys.map((key) => `${this.prefix}:${key}`));
    const items = {};
    keys.forEach((key, index) => {
      if (values[index] !== null) items[key] = JSON.parse(values[index]);
    });
    return items;
  }

  async write(changes) {
    await Promise.all(Object.entries(changes).map(([key, item]) => this.redis.set(`${this.prefix}:${key}`, JSON.stringify(item), 'PX', TTL_MS)));
  }

  async delete(keys) {
    if (keys.length > 0) await this.redis.del(keys.map((key) => `${this.prefix}:${key}`));
  }
}

/** Buttons as suggested actions, like the engine's question replies; retries worded apart, so a retry never passes for the next question. */
function waterfall(conversationState) {
  const profile = conversationState.createProperty('profile');
  const dialogs = new DialogSet(conversationState.createProperty('DialogState'));
  const inRange = (min, max) => async (prompt) => prompt.recognized.succeeded && prompt.recognized.value >= min && prompt.recognized.value <= max;
  const choice = new ChoicePrompt('choice', undefined, 'en-us');
  const confirm = new ConfirmPrompt('confirm', undefined, 'en-us');
  choice.style = ListStyle.suggestedAction;
  confirm.style = ListStyle.suggestedAction;
  // The recognizer alone misses "yeah" (and "yup", "okay"): synonyms are how a botbuilder bot would add them.
  confirm.confirmChoices = [
    { value: 'Yes', synonyms: ['yeah', 'yup', 'okay'] },
    { value: 'No', synonyms: ['nope', 'nah'] },
  ];
  dialogs.add(new TextPrompt('text'));
  dialogs.add(choice);
  dialogs.add(new NumberPrompt('hours', inRange(1, 60), 'en-us'));
  dialogs.add(new NumberPrompt('budget', inRange(0, 100_000), 'en-us'));
  dialogs.add(confirm);
  const ask = (step, dialog, prompt, extra = {}) => step.prompt(dialog, { prompt, retryPrompt: `Sorry, I did not get that. ${prompt}`, ...extra });
  dialogs.add(
    new WaterfallDialog(PLAN, [
      (step) => ask(step, 'text', PROMPTS.name),
      (step) => {
        step.values.name = step.result;
        return ask(step, 'text', PROMPTS.currentRole);
      },
      (step) => {
        step.values.currentRole = step.result;
        return ask(step, 'choice', PROMPTS.target, { choices: TARGET_ROLES.map((role) => role.label) });
      },
      (step) => {
        step.values.targetRole = step.result.value;
        return ask(step, 'hours', PROMPTS.hours);
      },
      (step) => {
        step.values.hoursPerWeek = step.result;
        return ask(step, 'budget', PROMPTS.budget);
      },
      (step) => {
        step.values.budget = step.result;
        return ask(step, 'confirm', PROMPTS.confirm);
      },
      async (step) => {
        await profile.set(step.context, { ...step.values, planConfirmed: step.result });
        await step.context.sendActivity(step.result ? PLAN_SAVED : PLAN_DROPPED);
        return step.endDialog();
      },
    ]),
  );
  return dialogs;
}

/** A bot for the shared simulated users: a click arrives as its label, as an imBack button sends it. */
function botbuilderTarget(storage) {
  const adapter = new CollectingAdapter();
  const conversationState = new ConversationState(storage);
  const dialogs = waterfall(conversationState);
  const logic = async (context) => {
    const dialog = await dialogs.createContext(context);
    const result = await dialog.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dialog.beginDialog(PLAN);
    await conversationState.saveChanges(context);
  };
  return {
    bot: {
      send: (who, said, eventId) =>
        adapter.turn(
          {
            type: ActivityTypes.Message,
            id: eventId,
            text: said.text,
            locale: 'en-us',
            channelId: 'bench',
            serviceUrl: 'https://bench.invalid',
            conversation: { id: who.conversation },
            from: { id: who.user },
            recipient: { id: 'bot' },
          },
          logic,
        ),
      texts: (sent) => sent.flatMap((activity) => (activity.text ? [activity.text] : [])),
    },
  };
}

class RedisUnreachable extends Error {}

async function benchRedis(options, prefix) {
  // Default client options, as a botbuilder bot would have them.
  const redis = new Redis(options.redisUrl, { lazyConnect: true });
  redis.on('error', () => {});
  let admin;
  try {
    admin = await connectRedis(options.redisUrl);
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    admin?.disconnect();
    throw new RedisUnreachable(`Redis at ${redactUrl(options.redisUrl)} did not answer (${error.message}).`);
  }
  try {
    return await cleaningUp(admin, prefix, async () => {
      const target = { ...botbuilderTarget(new RedisStorage(redis, prefix)), tally: new RedisTally(redis, admin) };
      const entry = await measureEntry(target, options, 'botbuilder redis');
      return { ...entry, redisBytesPerSession: await bytesPerKey(admin, await sampleKeys(admin, prefix, REDIS_KEYS_SAMPLED)) };
    });
  } finally {
    redis.disconnect();
    admin.disconnect();
  }
}

function render(options, memory, redis) {
  const both = (pick, digits = 0) => [fmt(pick(memory), digits), fmt(redis && pick(redis), digits)];
  const byName = Object.entries(redis?.redisCommandsByName ?? {})
    .map(([name, count]) => `${name} ${fmt(count, 2)}`)
    .join(', ');
  const users = `${options.users} users`;
  return [
    `botbuilder-dialogs waterfall of the same 6 questions: ${options.users} users x ${options.turns} turns, median of ${options.rounds} rounds`,
    table([
      ['', 'MemoryStorage', 'ioredis Storage'],
      [`turns/s, ${users}`, ...both((e) => e.turnsPerSecond)],
      [`p50 per turn (us), ${users}`, ...both((e) => e.p50Us)],
      [`p99 per turn (us), ${users}`, ...both((e) => e.p99Us)],
      ['turns/s, 1 user', ...both((e) => e.oneUser.turnsPerSecond)],
      ['p50 per turn (us), 1 user', ...both((e) => e.oneUser.p50Us)],
      ['p99 per turn (us), 1 user', ...both((e) => e.oneUser.p99Us)],
      ['heap bytes per stored session', ...both((e) => e.heapBytesPerSession)],
      ['Redis bytes per session (MEMORY USAGE)', '-', fmt(redis?.redisBytesPerSession)],
      ['Redis commands per turn (counted)', '-', `${fmt(redis?.redisCommandsPerTurn, 2)}${byName ? ` (${byName})` : ''}`],
      ['Redis round trips per turn (counted)', '-', fmt(redis?.redisRoundTripsPerTurn, 2)],
    ]),
  ].join('\n');
}

async function main() {
  let options;
  try {
    options = parseBenchOptions(process.argv.slice(2), process.env);
  } catch (error) {
    process.stderr.write(`${error.message}\n${USAGE}\n`);
    return 2;
  }
  const flags = missingNodeFlags();
  if (flags) {
    process.stderr.write(`${flags}\n`);
    return 2;
  }
  const memoryStorage = new MemoryStorage();
  const memory = await measureEntry(botbuilderTarget(memoryStorage), options, 'botbuilder memory');
  let redis;
  let redisError;
  try {
    redis = await benchRedis(options, `pivot-bench-bb-${randomBytes(6).toString('hex')}`);
  } catch (error) {
    if (!(error instanceof RedisUnreachable)) throw error;
    redisError = error.message;
  }
  if (options.json) process.stdout.write(`${JSON.stringify({ memory, redis: redis ?? { error: redisError } })}\n`);
  else process.stdout.write(`${render(options, memory, redis)}\n`);
  if (redisError) process.stderr.write(`${redisError} Start Redis, or point --redis-url or REDIS_URL at one; the MemoryStorage figures stand.\n`);
  return redisError ? 1 : 0;
}

process.exitCode = await main();
