import { checkinsOf, hoursLogged } from '../src/checkins/checkin-profile.js';
import { defineFlow } from '../src/engine/flow.js';
import type { Flow } from '../src/engine/flow.js';
import type { Reply } from '../src/engine/reply.js';
import { dayInWords } from '../src/plan/plan-document.js';
import { planProgress } from '../src/plan/plan-progress.js';
import { profileOf } from './profile.js';

/**
 * `progress`: the plan so far (steps done, hours logged against planned, projected finish), then
 * the interview practice scores as practice's own view shows them. Registered after that view,
 * so the word leads here and both are said.
 */
export function planProgressReplies(profile: Readonly<Record<string, unknown>>, now: Date): Reply[] {
  const { plan, hoursPerWeek, credentialPick } = profileOf({ profile });
  if (!plan) return [];
  const p = planProgress({ steps: plan.steps, hoursPerWeek, madeAt: credentialPick?.at, hoursLogged: hoursLogged(checkinsOf(profile)), today: now });
  const fields = [
    { label: 'Steps done', value: `${p.done} of ${p.of}` },
    ...(p.next ? [{ label: 'Now', value: `step ${p.next.step}, ${p.next.title}${p.next.due ? `, by ${dayInWords(p.next.due)}` : ''}` }] : []),
    { label: 'Hours', value: p.hoursPlanned === null ? `${p.hoursLogged} logged` : `${p.hoursLogged} logged of ${p.hoursPlanned} planned so far (${hoursPerWeek} a week)` },
    { label: 'Projected finish', value: p.finish ? dayInWords(p.finish) : 'not dated yet' },
    ...plan.steps.map((s) => ({ label: `${s.step}. ${s.title}`, value: s.done ? `done on ${s.due ? dayInWords(s.due) : 'a date not kept'}` : s.due ? `by ${dayInWords(s.due)}` : 'date to be set' })),
  ];
  return [{ kind: 'card', title: 'Your plan so far', fields }];
}

export function createProgressFlow(practiceProgress: Flow): Flow {
  return defineFlow({
    id: 'progress',
    title: 'Your progress',
    commands: ['progress'],
    steps: [],
    finish: (ctx) => {
      const plan = planProgressReplies(ctx.profile, ctx.now);
      const practice = practiceProgress.finish(ctx).replies ?? [];
      return { replies: [...plan, ...practice] };
    },
  });
}
