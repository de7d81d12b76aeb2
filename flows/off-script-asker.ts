import { monthsDeadline } from './deadline-months.js';
import { personFrom } from '../src/credentials/person.js';
import type { CoachData } from '../src/coach-data.js';
import type { Asker, CredentialWorld } from '../src/credentials/credential-answers.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Role } from '../src/data/roles-schema.js';
import type { OffScriptQuestion } from '../src/engine/off-script.js';
import { answerOf } from './changed-answers.js';
import { hoursSaid } from './pick-asides.js';
import { profileOf } from './profile.js';

/**
 * Who asks an off-script question, as the answers need them (flows/off-script-answers.ts and
 * flows/off-script-person.ts): the role the question is about, the picks on screen, and what the
 * person told the coach (role, gaps, hours, budget, deadline, held credentials), read from the step's
 * answers first (the newest) and then the profile. Only reading, no answer is written here.
 */
export interface QuestionAsker {
  /** The role the question names, else the one this conversation is about. */
  roleOf(q: OffScriptQuestion): Role | undefined;
  /** The picks on screen (the menu's "pick:<id>" choices), best first: what "it" and "these" mean beside them. */
  onScreen(q: OffScriptQuestion): CatalogCredential[];
  /** The catalog's credentials made for a role (all of them without one). */
  forRole(role: Role | undefined): CatalogCredential[];
  askerOf(q: OffScriptQuestion): Asker;
  readonly world: CredentialWorld;
}

/** "data analysts" names the data analyst role. */
const singular = (text: string) => text.toLowerCase().replace(/\b(\w{3,}?(?:er|or|st|ist|ant|ian|ect))s\b/g, '$1');

export function questionAsker(data: CoachData): QuestionAsker {
  const { catalog, credentials, roleMatcher } = data;
  const roleById = (id: unknown) => (typeof id === 'string' ? catalog.roles.byId.get(id) : undefined);

  function roleOf(q: OffScriptQuestion): Role | undefined {
    for (const said of [q.text, q.rest]) {
      const match = roleMatcher.match(singular(said));
      if (match.kind === 'role' && match.exact) return match.role;
    }
    const { answers, profile } = q.ctx;
    const target = answers.target as { id?: unknown } | undefined;
    const report = profile.gapReport as { role?: unknown } | undefined;
    return roleById(answers.role) ?? roleById(target?.id) ?? roleById(profile.targetRole) ?? roleById(report?.role);
  }
  const onScreen = (q: OffScriptQuestion): CatalogCredential[] =>
    (q.choices ?? []).flatMap((id) => {
      const picked = id.startsWith('pick:') ? credentials.byId.get(id.slice('pick:'.length)) : undefined;
      return picked ? [picked] : [];
    });
  const forRole = (role: Role | undefined) => credentials.credentials.filter((c) => !role || c.targetRoles.includes(role.id));

  function askerOf(q: OffScriptQuestion): Asker {
    // As the person has them now: "actually 300" after a $500 budget is a budget of $300.
    const said = (id: string) => answerOf(q.ctx, id);
    const profile = profileOf(q.ctx);
    const inPick = q.flow === 'credential-pick';
    const number = (value: unknown) => (inPick && typeof value === 'number' ? value : undefined);
    const role = roleOf(q);
    const report = profile.gapReport && profile.gapReport.role === role?.id && (!inPick || said('use-gaps') !== false) ? profile.gapReport.gaps : undefined;
    const weight = new Map(role?.skills.map((s) => [s.skill, s.weight]));
    const want = said('want');
    const wanted = inPick && Array.isArray(want) ? want.filter((w): w is string => typeof w === 'string').map((skill) => ({ skill, share: weight.get(skill) ?? 0.5 })) : undefined;
    const choose = said('choose');
    const discussed = typeof choose === 'string' && inPick ? /^(?:why|pick|detail):(.+)$/.exec(choose)?.[1] : undefined;
    // The one just explained, else the top pick on screen, else the one chosen before.
    const current = credentials.byId.get(discussed ?? onScreen(q)[0]?.id ?? profile.credentialPick?.ids[0] ?? '');
    const deadline = number(said('deadline'));
    return {
      role: role && { id: role.id, name: role.name },
      gaps: report ?? wanted ?? [],
      // Hours said in the question ("how long at 6 hours a week?") before those given earlier.
      hoursPerWeek: hoursSaid(q.text) ?? number(said('hours')) ?? profile.hoursPerWeek,
      budgetUsd: number(said('budget')) ?? profile.budgetUsd,
      deadlineWeeks: deadline === undefined ? undefined : monthsDeadline(deadline, q.ctx.now).weeks,
      held: (profile.credentialsHeld ?? []).map((h) => h.id),
      yearsExperience: profile.yearsExperience,
      // The same person the pick judges fit for, so "is X worth it?" and the pick agree.
      person: personFrom(profile, (text) => roleMatcher.match(text), (id) => credentials.byId.has(id)),
      today: q.ctx.now,
      current,
    };
  }

  const world = { credentials: credentials.credentials, index: data.credentialIndex, roleName: (id: string) => catalog.roles.byId.get(id)?.name, notCarried: credentials.notCarried ?? [] };
  return { roleOf, onScreen, forRole, askerOf, world };
}
