import { writeFile } from 'node:fs/promises';
import { checkinsOf } from '../checkins/checkin-profile.js';
import { personZone } from '../dates/person-zone.js';
import { planDocument, planSourceSchema } from '../plan/plan-document.js';
import { planIcs } from '../plan/plan-ics.js';
import { planMarkdown } from '../plan/plan-markdown.js';
import { defineCommand } from './command-spec.js';
import { loadProfile, userIdOf, userRefFrom, withSessionStore } from './stored-user.js';
import { UsageError } from './usage-error.js';

const PLAN_USAGE = 'pivot plan --user ID [--format md|ics|json] [--tz ZONE] [--out FILE]';
const FORMATS = ['md', 'ics', 'json'] as const;
type Format = (typeof FORMATS)[number];

/** Whether `zone` is an IANA zone this Node knows ("Europe/Berlin"), checked the way Intl reads it. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `pivot plan`: a person's plan from the chat, as Markdown, an iCalendar file or JSON. */
export const planCommand = defineCommand(
  {
    name: 'pivot plan',
    usage: PLAN_USAGE,
    summary:
      "A person's plan from the chat, to take away: Markdown (steps, dates, costs and where each price was seen), an iCalendar file for any calendar app (an all-day event per step and the weekly study block), or JSON. Reads the coach's Redis (REDIS_URL).",
    options: {
      user: { type: 'string', value: 'ID', help: 'whose plan: a terminal name (ana) or platform:tenant:user (slack:T123:U456) (required)' },
      format: { type: 'string', value: 'FORMAT', help: 'md (default), ics or json' },
      tz: { type: 'string', value: 'ZONE', help: 'the IANA time zone of the study block, like Europe/Berlin (default: the one the person gave for check-ins; without either, 18:30 wherever the calendar is)' },
      out: { type: 'string', value: 'FILE', help: 'write the plan to this file instead of printing it' },
    },
    examples: ['REDIS_URL=redis://127.0.0.1:6379 pivot plan --user ana --format ics --tz Europe/Berlin --out plan.ics'],
  },
  async (values, data) => {
    if (!values.user?.trim()) throw new UsageError(`--user is required.\nUsage: ${PLAN_USAGE}`);
    const format = (values.format ?? 'md').toLowerCase() as Format;
    if (!FORMATS.includes(format)) throw new UsageError(`--format "${values.format}" should be one of ${FORMATS.join(', ')}.\nUsage: ${PLAN_USAGE}`);
    if (values.tz !== undefined && !isTimeZone(values.tz)) throw new UsageError(`--tz "${values.tz}" is not a time zone I know: use an IANA name like Europe/Berlin or America/New_York.`);
    const user = userRefFrom(values.user);
    const profile = await withSessionStore(process.env, (store) => loadProfile(store, user));
    const parsed = planSourceSchema.safeParse(profile ?? {});
    if (!parsed.success) throw new Error(`${userIdOf(user)} has no plan yet: one is made in the chat by choosing a credential (\`pick\`).`);
    const byId = new Map(data.credentials.credentials.map((c) => [c.id, c]));
    const doc = planDocument(parsed.data, byId);
    const text = format === 'md' ? planMarkdown(doc, values.tz ?? personZone(profile ?? {})) : format === 'ics' ? planIcs(doc, { now: new Date(), timeZone: values.tz ?? checkinsOf(profile ?? {})?.when?.timeZone }) : JSON.stringify(doc, null, 2);
    if (values.out === undefined) return text.replace(/\r?\n$/, '');
    await writeFile(values.out, text);
    return `Wrote ${userIdOf(user)}'s plan to ${values.out}.`;
  },
);
