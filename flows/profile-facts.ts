import { gapName } from '../src/credentials/situation.js';
import type { CoachData } from '../src/coach-data.js';
import { dayMark } from '../src/dates/date-marks.js';
import { personZone } from '../src/dates/person-zone.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { readProfile } from './profile.js';

/**
 * What each flow has learnt about the person, said back in words for `status`: each flow names
 * the profile fields it writes (see flows/profile.ts), so nothing is listed twice.
 */

type Fact = { label: string; value: string };
type Stored = Readonly<Record<string, unknown>>;
type Names = Pick<CoachData, 'skillName' | 'catalog'> & Partial<Pick<CoachData, 'credentials'>>;

const roleName = (data: Names, id: string) => data.catalog.roles.byId.get(id)?.name ?? id;
const fact = (label: string, value: string | undefined): Fact[] => (value ? [{ label, value }] : []);
const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export const welcomeFacts = (stored: Stored): Fact[] => fact('Name', readProfile(stored).name);

export function gapFacts(data: Names, stored: Stored): Fact[] {
  const p = readProfile(stored);
  const report = p.gapReport;
  return [
    ...fact('Current role', p.currentRole),
    ...fact('Years of experience', p.yearsExperience === undefined ? undefined : String(p.yearsExperience)),
    ...fact('Target role', p.targetRole && roleName(data, p.targetRole)),
    // As the person said them, with the level they gave ("SQL (basic)"); not what the catalog infers from them.
    ...fact('Skills you have', p.skills && (listOf(p.skills.filter((s) => !s.inferredFrom).map((s) => `${data.skillName(s.skill)}${s.level ? ` (${s.level})` : ''}`)) || 'none yet')),
    ...fact('Credentials you hold', p.credentialsHeld?.length ? listOf(p.credentialsHeld.map((c) => data.credentials?.credentials.find((k) => k.id === c.id)?.name ?? c.id)) : undefined),
    ...fact('Top gaps', report && (report.gaps.length > 0 ? listOf(report.gaps.slice(0, 3).map((g) => gapName(g, data.skillName))) : 'none: you have what the postings ask for')),
  ];
}

export function pickFacts(stored: Stored): Fact[] {
  const p = readProfile(stored);
  const lastDue = p.plan?.steps.at(-1)?.due;
  return [
    ...fact('Budget', p.budgetUsd === undefined ? undefined : `$${p.budgetUsd.toLocaleString('en-US')}`),
    ...fact('Study time', p.hoursPerWeek === undefined ? undefined : `${p.hoursPerWeek} hours a week`),
    ...fact('Credentials chosen', p.credentialPick && (listOf(p.credentialPick.names) || 'none this time')),
    ...fact('Plan', p.plan && `${plural(p.plan.steps.length, 'step')}${lastDue ? `, the last by ${dayMark(lastDue, personZone(stored))}` : ''} (say \`plan\` to see it)`),
  ];
}

export function practiceFacts(stored: Stored): Fact[] {
  const history = readProfile(stored).practiceHistory;
  const last = history?.at(-1);
  return fact('Interview practice', last && `${plural(history?.length ?? 0, 'session')}, the latest averaging ${last.average}/100 (say \`progress\` to see them)`);
}
