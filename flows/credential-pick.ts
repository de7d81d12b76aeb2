import type { CoachData } from '../src/coach-data.js';
import { actionPlan } from '../src/credentials/action-plan.js';
import { recommend } from '../src/credentials/recommend.js';
import type { Recommendation } from '../src/credentials/recommend.js';
import type { ScoredCredential } from '../src/credentials/score-credential.js';
import type { Gap, Situation } from '../src/credentials/situation.js';
import { why } from '../src/credentials/why.js';
import type { Role } from '../src/data/roles-schema.js';
import { ask, defineFlow, finish, goTo, handOver } from '../src/engine/flow.js';
import type { FlowContext } from '../src/engine/flow.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { PICKS_SHOWN, comparisonLines, pickLine, planReplies, stackText } from './credential-pick-replies.js';

/** The gap report as the profile keeps it (flows/gap-interview.ts). */
type StoredGapReport = { role: string; gaps: Gap[] };
type StoredPlan = { steps: { step: number; title: string; due: string | null }[]; names: string[] };

const WEEKS_PER_MONTH = 52 / 12;

/** Free to take, free to audit, or with financial aid: a way in that costs nothing up front. */
const freeWayIn = (pick: ScoredCredential) => pick.cost.expectedCents === 0 || pick.credential.freeAudit === true || pick.credential.financialAid === true;
const GAPS_NAMED = 3;

export function createCredentialPickFlow(data: CoachData) {
  const { catalog, credentials, credentialIndex: index, extractor, roleMatcher, skillName } = data;
  const report = (ctx: FlowContext) => ctx.profile.gapReport as StoredGapReport | undefined;
  const role = (ctx: FlowContext): Role => catalog.roles.byId.get(String(ctx.answers.role ?? report(ctx)?.role ?? ctx.profile.targetRole)) as Role;
  /** Gaps from the gap report, or the skills named now, weighted by the role's demand for them. */
  const gaps = (ctx: FlowContext): Gap[] => {
    const named = ctx.answers.want as string[] | undefined;
    if (!named) return report(ctx)?.gaps ?? [];
    const weight = new Map(role(ctx).skills.map((s) => [s.skill, s.weight]));
    return named.map((skill) => ({ skill, share: weight.get(skill) ?? 0.5 })).sort((a, b) => b.share - a.share);
  };
  const situation = (ctx: FlowContext): Situation => {
    const deadline = ctx.answers.deadline as number | undefined;
    return {
      hoursPerWeek: ctx.answers.hours as number,
      budgetUsd: ctx.answers.budget as number,
      deadlineWeeks: deadline === undefined ? undefined : Math.round(deadline * WEEKS_PER_MONTH),
      currentPayUsd: ctx.answers.pay as number | undefined,
      today: ctx.now,
    };
  };
  /**
   * A recommendation costs about 20 ms (every stack of up to three is tried), and asking the last
   * question reads it for the prompt, the choices and the answer: the last one is kept, keyed by
   * everything it depends on.
   */
  let last: { key: string; rec: Recommendation } | undefined;
  const recommendation = (ctx: FlowContext): Recommendation => {
    const proctoredOk = ctx.answers['proctored-ok'] !== false;
    const freeFirst = ctx.answers['free-first'] === true;
    const inputs = { role: role(ctx).id, gaps: gaps(ctx), situation: situation(ctx), proctoredOk, freeFirst };
    const key = JSON.stringify(inputs);
    if (last?.key === key) return last.rec;
    const pool = credentials.credentials.filter((c) => proctoredOk || !c.assessment.includes('proctored-exam'));
    const rec = recommend({ credentials: pool, index, role: role(ctx), gaps: inputs.gaps, situation: inputs.situation, picks: pool.length });
    // "Free or audit first": a stable sort keeps the score order within each group.
    const ordered = freeFirst ? [...rec.ranked].sort((a, b) => Number(freeWayIn(b)) - Number(freeWayIn(a))) : rec.ranked;
    last = { key, rec: { ...rec, picks: ordered.slice(0, PICKS_SHOWN) } };
    return last.rec;
  };
  const shown = (ctx: FlowContext) => recommendation(ctx).picks;

  function choicesPrompt(ctx: FlowContext): string {
    const rec = recommendation(ctx);
    const last = String(ctx.answers.choose ?? '');
    const picked = rec.picks.find((p) => `why:${p.credential.id}` === last);
    if (picked) return `${why(picked).join('\n')}\n\nWhat would you like to do?`;
    if (last === 'compare') return `${comparisonLines(rec).join('\n')}\n\nWhat would you like to do?`;
    if (rec.picks.length === 0) return 'No credential in my catalog covers these gaps. You can still finish here and build a portfolio project instead.';
    const lines = rec.picks.map((pick, i) => pickLine(pick, index, rec.warnings[pick.credential.id] ?? [], i + 1));
    const cautions = rec.planWarnings.map((w) => `- ${w.text}`);
    return [`Here are my top picks for *${role(ctx).name}*:`, ...lines, '', stackText(rec, index), ...(cautions.length ? ['', ...cautions] : []), '', 'What would you like to do?'].join('\n');
  }

  return defineFlow({
    id: 'credential-pick',
    title: 'Credential pick',
    menuLabel: 'Pick credentials worth it',
    commands: ['pick'],
    steps: [
      ask.yesNo('use-gaps', {
        label: 'Use my gap report',
        prompt: (ctx) => `From your gap report for *${role(ctx).name}*, your top gaps are ${listOf(gaps(ctx).slice(0, GAPS_NAMED).map((g) => skillName(g.skill)))}. Shall I pick credentials for these?`,
        reask: 'Yes or no, for example: yes.',
        when: (ctx) => (report(ctx)?.gaps.length ?? 0) > 0,
        next: (yes) => (yes ? goTo('budget') : handOver('gap-interview')),
      }),
      ask.text<string>('role', {
        label: 'Target role',
        prompt: 'Which tech role are you aiming for? For example: data analyst, cloud engineer or IT support.',
        reask: 'Type a role such as data analyst, cybersecurity analyst or project manager. If you are not sure, say `gaps` to work it out first.',
        when: (ctx) => !report(ctx),
        interpret: (text) => {
          const match = roleMatcher.match(text);
          return match.kind === 'role' ? { ok: true, value: match.role.id } : { ok: false, problem: "I can't pick credentials for that role." };
        },
        display: (id) => catalog.roles.byId.get(id)?.name ?? id,
      }),
      ask.text<string[]>('want', {
        label: 'Skills to gain',
        prompt: 'Which skills do you want to gain? For example: "SQL, Tableau and Python".',
        reask: 'Name a few tools or skills, for example: SQL, Power BI, AWS.',
        max: 2_000,
        when: (ctx) => !report(ctx),
        interpret: (text) => {
          const skills = extractor.extract(text).filter((m) => !m.inferredFrom).map((m) => m.skill);
          return skills.length > 0 ? { ok: true, value: skills } : { ok: false, problem: "I couldn't recognise any skills in that." };
        },
        display: (skills) => listOf(skills.map(skillName)),
      }),
      ask.number('budget', {
        label: 'Budget',
        prompt: 'What can you spend in total, in US dollars? 0 is fine: I will put free, audit and financial-aid options first.',
        reask: 'An amount in dollars, for example: 500, "$1,200" or 0.',
        min: 0,
        max: 100_000,
        unit: 'dollars',
      }),
      ask.number('hours', {
        label: 'Hours a week',
        prompt: 'How many hours a week can you study?',
        reask: 'A number of hours, for example: 8 or "ten".',
        min: 1,
        max: 60,
        unit: 'hours',
        saveAs: 'hoursPerWeek',
      }),
      ask.number('deadline', {
        label: 'Deadline (months)',
        prompt: 'In how many months do you want to be done studying? Say `skip` if there is no deadline.',
        reask: 'A number of months, for example: 6.',
        min: 1,
        max: 60,
        unit: 'months',
        optional: true,
      }),
      ask.number('pay', {
        label: 'Current pay',
        prompt: 'To estimate the return, what is your current yearly pay in US dollars? It stays in this conversation only. Say `skip` to leave it out.',
        reask: 'A yearly amount, for example: 52,000 or "52k", or say skip.',
        min: 0,
        max: 1_000_000,
        unit: 'dollars',
        optional: true,
      }),
      ask.yesNo('free-first', {
        label: 'Free or audit options first',
        prompt: 'Would you like free, audit or financial-aid options first, even when a paid one scores a little higher?',
        reask: 'Yes or no, for example: yes.',
      }),
      ask.yesNo('proctored-ok', {
        label: 'Proctored exams are fine',
        prompt: 'Some credentials end with a proctored exam (watched by webcam or at a test centre). Is that fine for you?',
        reask: 'Yes or no, for example: yes.',
      }),
      ask.choice('choose', {
        label: 'Choice',
        prompt: choicesPrompt,
        reask: 'Pick one of the options by its number, for example: 1.',
        choices: (ctx) => {
          const picks = shown(ctx);
          if (picks.length === 0) return [{ id: 'none', label: 'Finish without a credential' }];
          return [
            ...(recommendation(ctx).stack.members.length > 1 ? [{ id: 'stack', label: 'Take the recommended stack' }] : []),
            ...picks.map((p) => ({ id: `pick:${p.credential.id}`, label: `Choose ${p.credential.name}` })),
            ...picks.map((p) => ({ id: `why:${p.credential.id}`, label: `Why ${p.credential.name}?` })),
            { id: 'compare', label: 'Compare with a certification and a degree' },
          ];
        },
        next: (id) => (id.startsWith('why:') || id === 'compare' ? goTo('choose') : finish),
      }),
    ],
    finish: (ctx) => {
      const rec = recommendation(ctx);
      const choice = String(ctx.answers.choose);
      const chosen = choice === 'stack' ? rec.stack.members.map((m) => m.credential) : rec.picks.filter((p) => `pick:${p.credential.id}` === choice).map((p) => p.credential);
      if (chosen.length === 0) return { replies: [{ kind: 'text', text: 'No credential this time. A portfolio project that uses your gap skills is the next best evidence.' }], handover: 'interview-practice' };
      const plan = actionPlan({ credentials: chosen, hoursPerWeek: situation(ctx).hoursPerWeek, today: ctx.now });
      const names = chosen.map((c) => c.name);
      const stored: StoredPlan = { steps: plan.steps.map(({ step, title, due }) => ({ step, title, due })), names };
      return {
        replies: [{ kind: 'text', text: `You chose ${listOf(names.map((n) => `*${n}*`))}. Here is your plan; say \`plan\` any time to see it again.` }, ...planReplies(plan)],
        profile: { credentialPick: { ids: chosen.map((c) => c.id), names, at: ctx.now.toISOString() }, plan: stored },
        handover: 'interview-practice',
      };
    },
  });
}

/** `plan`: the stored plan again, from anywhere. */
export const planView = defineFlow({
  id: 'plan',
  title: 'Your plan',
  commands: ['plan'],
  steps: [],
  finish: ({ profile }) => {
    const plan = profile.plan as StoredPlan | undefined;
    if (!plan) return { replies: [{ kind: 'text', text: 'You have no plan yet. Say `pick` to choose credentials and get one.' }] };
    return {
      replies: [
        { kind: 'card', title: `Your plan: ${listOf(plan.names)}`, fields: plan.steps.map((s) => ({ label: `${s.step}. ${s.title}`, value: s.due ? `by ${s.due}` : 'date to be set' })) },
      ],
    };
  },
});
