import type { types } from '@slack/bolt';
import type { StoredProfile } from '../../src/engine/engine.js';
import { readProfile } from '../../flows/profile.js';
import type { Profile } from '../../flows/profile.js';
import { hoursLogged } from '../../src/checkins/checkin-profile.js';
import { weeklyText } from '../../src/checkins/weekly-time.js';
import { dayMark } from '../../src/dates/date-marks.js';
import { personDay, personZone, shortDay } from '../../src/dates/person-zone.js';
import { projectedFinish } from '../../src/plan/plan-progress.js';
import { safeMrkdwn, truncate } from './escape.js';
import { LIMITS, bar } from './render-blocks.js';
import type { Block } from './render-blocks.js';

/**
 * The App Home tab: what the coach knows about the user's pivot, read through the engine's
 * storedProfile (no turn, nothing written) and typed by the profile schema the flows share; a
 * part that does not match (a flow changed its shape) is shown as not there yet.
 */

export interface Names {
  skill(id: string): string;
  role(id: string): string;
}

export type HomeRead = { kind: 'none' } | { kind: 'unreadable' } | { kind: 'profile'; profile: Profile };

export function homeRead(stored: StoredProfile): HomeRead {
  return stored.kind === 'profile' ? { kind: 'profile', profile: readProfile(stored.profile) } : stored;
}

const section = (text: string): Block => ({ type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText) } });
const context = (text: string): Block => ({ type: 'context', elements: [{ type: 'mrkdwn', text }] });
/**
 * A plan date (YYYY-MM-DD) or the day of a moment (an ISO instant) as a Slack date, which each
 * reader sees in their own calendar ("Friday, May 14th, 2027"), with the words as its fallback.
 */
const slackDay = (iso: string, zone: string | undefined) => safeMrkdwn(dayMark(iso.length > 10 ? personDay(new Date(iso), zone) : iso, zone));
const NOT_YET = (what: string, command: string) => `_Not yet._ Send me \`${command}\` (or \`/pivot ${command}\`) to ${what}.`;

function gapsText(report: Profile['gapReport'], names: Names, zone: string | undefined): string {
  if (!report) return `*Skill gaps*\n${NOT_YET('find the skills between you and the role you want', 'gaps')}`;
  const from = report.source === 'postings' ? 'from the postings you pasted' : 'from typical demand for the role';
  const top = report.gaps.slice(0, 5).map((g, i) => `${i + 1}. ${safeMrkdwn(names.skill(g.skill))}`);
  const list = top.length > 0 ? top.join('\n') : 'None: you have every skill asked for.';
  return `*Skill gaps* for *${safeMrkdwn(names.role(report.role))}* (${from}${report.at ? `, ${slackDay(report.at, zone)}` : ''})\n${list}`;
}

function pickText(pick: Profile['credentialPick'], planned: Profile['plan'], checkins: Profile['checkins'], zone: string | undefined): string {
  if (!pick) return `*Credential pick*\n${NOT_YET('choose credentials worth your money and time', 'pick')}`;
  const lines = [`*Credential pick*${pick.at ? ` (${slackDay(pick.at, zone)})` : ''}: ${safeMrkdwn(pick.names.join(', ') || 'none this time')}`];
  if (planned) lines.push(...planned.steps.slice(0, 6).map((s) => `${s.step}. ${safeMrkdwn(s.title)}${s.due ? ` (${s.done ? 'done on' : 'by'} ${slackDay(s.due, zone)})` : ''}`));
  if (planned) lines.push(progressLine(planned, checkins, zone));
  return lines.join('\n');
}

/** Where the plan stands: steps done, hours logged at check-ins, and the projected finish. */
function progressLine(planned: NonNullable<Profile['plan']>, checkins: Profile['checkins'], zone: string | undefined): string {
  const finish = projectedFinish(planned.steps);
  const weekly = checkins?.enabled && checkins.when ? `, check-ins every ${weeklyText(checkins.when)}` : '';
  return `_${planned.steps.filter((s) => s.done).length} of ${planned.steps.length} steps done, ${hoursLogged(checkins)} hours logged${finish ? `, projected finish ${slackDay(finish, zone)}` : ''}${weekly}._`;
}

/**
 * The latest sessions as rows of bars in a code block, each named by its day where the person is
 * ("7 Dec"): Slack shows no dates of its own inside a code block, so the day is said in words.
 */
function practiceText(history: Profile['practiceHistory'], zone: string | undefined, now: Date): string {
  if (!history || history.length === 0) return `*Interview practice*\n${NOT_YET('practise your interview stories and get STAR feedback', 'practice')}`;
  const recent = history.slice(-6);
  const days = recent.map((s) => shortDay(s.at, zone, now));
  const width = Math.max(...days.map((d) => d.length));
  const rows = recent.map((s, i) => `${(days[i] ?? '').padEnd(width)} (${s.questions.length} q)  ${bar(s.average, 100)} ${s.average}/100`);
  return `*Interview practice*: ${history.length} session${history.length === 1 ? '' : 's'}, latest average *${history.at(-1)?.average ?? 0}/100*\n\`\`\`\n${rows.join('\n')}\n\`\`\``;
}

/** The tab as it stands `now` (a session from another year says its year). */
export function homeView(read: HomeRead, names: Names, now: Date = new Date()): types.HomeView {
  const blocks: Block[] = [{ type: 'header', text: { type: 'plain_text', text: 'Your career pivot', emoji: true } }];
  if (read.kind === 'none') {
    blocks.push(section("I'm Pivot Coach: I help you find the skills you're missing for the tech role you want, pick credentials worth your money, and practise your interview stories."));
    blocks.push(section('Say hello in the *Messages* tab, or type `/pivot` anywhere, to start. Your gaps, picks, plan and practice scores will show here.'));
  } else if (read.kind === 'unreadable') {
    blocks.push(section("I can't read what I stored for you right now. Send me `status` in the *Messages* tab, or `forget` to start fresh."));
  } else {
    const { profile } = read;
    const hello = profile.name ? `Hi ${safeMrkdwn(truncate(profile.name, 60))}, here` : 'Here';
    blocks.push(section(`${hello} is where your pivot stands. Carry on in the *Messages* tab or with \`/pivot\`.`));
    const zone = personZone(profile);
    blocks.push({ type: 'divider' }, section(gapsText(profile.gapReport, names, zone)));
    blocks.push({ type: 'divider' }, section(pickText(profile.credentialPick, profile.plan, profile.checkins, zone)));
    blocks.push({ type: 'divider' }, section(practiceText(profile.practiceHistory, zone, now)));
  }
  blocks.push(context('Updated each time you open this tab. `/pivot forget` deletes everything I know about you.'));
  return { type: 'home', blocks };
}
