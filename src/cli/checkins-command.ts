import { createFlowRegistry } from '../../flows/index.js';
import { checkinsOf, hoursLogged, type CheckinProfile } from '../checkins/checkin-profile.js';
import type { CheckinSchedule } from '../checkins/checkin-schedule.js';
import { CheckinStore } from '../checkins/checkin-store.js';
import { runDueCheckins, type CheckinResult } from '../checkins/run-checkins.js';
import { syncCheckins } from '../checkins/sync-checkins.js';
import { localText, weeklyText } from '../checkins/weekly-time.js';
import { loadConfig } from '../config/config.js';
import { personDay, personZone } from '../dates/person-zone.js';
import { Engine } from '../engine/engine.js';
import { dayInWords } from '../plan/plan-document.js';
import { helpText, readOptions, type Command, type CommandSpec, defineCommand } from './command-spec.js';
import { checkinSenders } from './checkin-senders.js';
import { loadProfile, userIdOf, userRefFrom, withSessionStore } from './stored-user.js';
import { UsageError } from './usage-error.js';

/**
 * `pivot checkins run` sends (or with --dry-run lists) the weekly check-ins due now, for
 * deployments that prefer a scheduler (cron, a Kubernetes CronJob) to the coach's own polling;
 * it claims each one the same way the coach's processes do, so both can run side by side and
 * nobody gets a check-in twice. `pivot checkins list --user ID` shows one person's schedule.
 */

const RUN_USAGE = 'pivot checkins run [--now ISO-TIME] [--dry-run] [--json]';
const LIST_USAGE = 'pivot checkins list --user ID [--json]';

function readNow(value: string | undefined): Date {
  if (value === undefined) return new Date();
  const now = new Date(value);
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value) || Number.isNaN(now.getTime())) throw new UsageError(`--now "${value}" should be an ISO time with its offset, like 2027-03-19T17:00:00Z.\nUsage: ${RUN_USAGE}`);
  return now;
}

const WORDS: Record<CheckinResult['outcome'], string> = {
  sent: 'sent',
  'asked-to-continue': 'asked whether to go on (two missed)',
  stopped: 'stopped (no answer after two missed)',
  forgotten: 'removed (the person was forgotten)',
  'opted-out': 'removed (opted out)',
  'no-sender': 'left for a process that can reach this platform',
  failed: 'not sent, tried again later',
  dropped: 'dropped, it can never be delivered',
  lost: 'taken over by another process',
};

const runSpec = {
  name: 'pivot checkins run',
  usage: RUN_USAGE,
  summary: "Sends the weekly check-ins due now, as the coach's own polling does, and says what happened to each. Reads REDIS_URL; sends on Slack with SLACK_BOT_TOKEN and on Discord with DISCORD_TOKEN (others wait for a process that can).",
  options: {
    now: { type: 'string', value: 'ISO-TIME', help: 'treat this moment as now, like 2027-03-19T17:00:00Z (default: the clock)' },
    'dry-run': { type: 'boolean', help: 'list what is due without sending or changing anything' },
    json: { type: 'boolean', help: 'print one JSON object' },
  },
  examples: ['*/5 * * * * REDIS_URL=redis://127.0.0.1:6379 SLACK_BOT_TOKEN=xoxb-... pivot checkins run', 'pivot checkins run --now 2027-03-19T17:00:00Z --dry-run'],
} satisfies CommandSpec;

const runCheckinsCommand = defineCommand(runSpec, async (values, data) => {
  const now = readNow(values.now);
  const env = process.env;
  return withSessionStore(env, async (store, prefix) => {
    const checkins = new CheckinStore(store.redis, prefix);
    if (values['dry-run']) {
      const due = await checkins.due(now);
      if (values.json) return JSON.stringify({ now: now.toISOString(), due: due.map((d) => ({ user: userIdOf(d.schedule.user), dueAt: d.dueAt.toISOString(), when: d.schedule.when, missed: d.schedule.missed })) });
      if (due.length === 0) return `Nothing due at ${now.toISOString()}.`;
      return [`Due at ${now.toISOString()} (dry run, nothing sent):`, ...due.map((d) => `  ${userIdOf(d.schedule.user)}  due ${localText(d.dueAt, d.schedule.when.timeZone)} (${weeklyText(d.schedule.when)})${d.schedule.missed > 0 ? `, ${d.schedule.missed} missed` : ''}`)].join('\n');
    }
    const config = loadConfig(env);
    const engine = new Engine({ store, flows: createFlowRegistry(data), ttlMs: config.sessionTtlMs, now: () => now, onProfileChange: (user, profile) => syncCheckins(checkins, user, profile, now).then(() => undefined) });
    const results = await runDueCheckins({ store: checkins, engine, sessionTtlMs: config.sessionTtlMs, now, senders: await checkinSenders(env, { redis: store.redis }) });
    if (values.json) return JSON.stringify({ now: now.toISOString(), results: results.map((r) => ({ user: userIdOf(r.user), dueAt: r.dueAt.toISOString(), outcome: r.outcome, next: r.next?.toISOString() ?? null, ...(r.reason ? { reason: r.reason } : {}) })) });
    if (results.length === 0) return `Nothing due at ${now.toISOString()}.`;
    return results.map((r) => `${userIdOf(r.user)}: ${WORDS[r.outcome]}${r.reason ? ` (${r.reason})` : ''}${r.next ? `; next ${r.next.toISOString()}` : ''}`).join('\n');
  });
});

/** The day an instant fell on in the person's calendar, in words; a malformed one as written. */
const dayThere = (at: string, zone: string | undefined): string => (Number.isNaN(Date.parse(at)) ? at : dayInWords(personDay(new Date(at), zone)));

/**
 * One person's check-ins as `list` says them, days in their own calendar (`zone`): the schedule
 * and the answers kept, or why there is none (switched off, or stopped by the scheduler after two
 * missed check-ins, and when).
 */
export function listText(id: string, scheduled: { schedule: CheckinSchedule; dueAt: Date | null } | null, settings: CheckinProfile | undefined, zone: string | undefined): string {
  const log = settings?.log ?? [];
  if (!scheduled) {
    const why = !settings || settings.enabled ? '' : settings.stoppedAfterMissed ? `: stopped after two missed check-ins, on ${dayThere(settings.stoppedAfterMissed, zone)}` : ' (switched off)';
    return `${id} has no weekly check-ins${why}.${log.length > 0 ? ` ${log.length} answers kept, ${hoursLogged(settings)} hours logged.` : ''}`;
  }
  const { schedule, dueAt } = scheduled;
  return [
    `${id}: every ${weeklyText(schedule.when)}`,
    `Next: ${dueAt ? `${localText(dueAt, schedule.when.timeZone)} (${dueAt.toISOString()})` : 'being sent now'}`,
    `Missed in a row: ${schedule.missed}${schedule.askedToContinue ? ' (asked whether to go on)' : ''}`,
    `Hours logged: ${hoursLogged(settings)}`,
    ...log.map((entry) => `  ${dayThere(entry.at, zone)}: ${entry.outcome}${entry.hours !== undefined ? `, ${entry.hours} h` : ''}${entry.step ? ` (step ${entry.step})` : ''}`),
  ].join('\n');
}

const listCheckinsCommand = defineCommand(
  {
    name: 'pivot checkins list',
    usage: LIST_USAGE,
    summary: "One person's weekly check-in: when, when it is next due, how many were missed in a row, and what they answered. Reads REDIS_URL.",
    options: {
      user: { type: 'string', value: 'ID', help: 'whose: a terminal name (ana) or platform:tenant:user (slack:T123:U456) (required)' },
      json: { type: 'boolean', help: 'print one JSON object' },
    },
    examples: ['pivot checkins list --user slack:T123:U456'],
  },
  async (values) => {
    if (!values.user?.trim()) throw new UsageError(`--user is required.\nUsage: ${LIST_USAGE}`);
    const user = userRefFrom(values.user);
    const id = userIdOf(user);
    return withSessionStore(process.env, async (store, prefix) => {
      const [scheduled, profile] = await Promise.all([new CheckinStore(store.redis, prefix).get(user), loadProfile(store, user)]);
      const settings = profile ? checkinsOf(profile) : undefined;
      const log = settings?.log ?? [];
      if (values.json) return JSON.stringify({ user: id, schedule: scheduled ? { ...scheduled.schedule, nextDueAt: scheduled.dueAt?.toISOString() ?? null } : null, hoursLogged: hoursLogged(settings), answers: log });
      return listText(id, scheduled, settings, profile ? personZone(profile) : undefined);
    });
  },
);

const SUBCOMMANDS: Record<string, Command> = { run: runCheckinsCommand, list: listCheckinsCommand };

const CHECKINS = {
  name: 'pivot checkins',
  usage: 'pivot checkins (run | list) [OPTIONS]',
  summary: 'Weekly check-ins from the command line: send what is due (for cron), or show one person\'s schedule.',
  details: ['Subcommands:', `  ${RUN_USAGE}`, `  ${LIST_USAGE}`, 'Run "pivot checkins run --help" for the options of each.'],
  options: {},
  examples: ['pivot checkins run --dry-run', 'pivot checkins list --user ana'],
} satisfies CommandSpec;

export const checkinsCommand: Command = {
  spec: CHECKINS,
  async run(args, load) {
    const [sub, ...rest] = args;
    if (sub === undefined || sub.startsWith('-')) {
      readOptions(CHECKINS, args);
      return helpText(CHECKINS);
    }
    const command = SUBCOMMANDS[sub];
    if (!command) throw new UsageError(`Unknown subcommand "${sub}". Use run or list; run "pivot checkins --help" for more.`);
    return command.run(rest, load);
  },
};
