import { checkinsOf, hoursLogged, logAnswer, withoutStopNote, type CheckinProfile } from '../src/checkins/checkin-profile.js';
import { readTime, readTimeZone } from '../src/checkins/read-when.js';
import { CHECKIN_COMMAND, CONTINUE_COMMAND } from '../src/checkins/run-checkins.js';
import { WEEKDAYS, nextWeekly, weeklyText, type WeeklyTime } from '../src/checkins/weekly-time.js';
import { dayMark, momentMark } from '../src/dates/date-marks.js';
import { personDay, personZone } from '../src/dates/person-zone.js';
import { ask, defineFlow, finish, goTo } from '../src/engine/flow.js';
import type { FlowContext } from '../src/engine/flow.js';
import { currentStep, markDone, projectedFinish, shiftOpen, slipDays } from '../src/plan/plan-progress.js';
import { profileOf } from './profile.js';

/**
 * Weekly check-ins on the plan. `checkins` sets them up (off until the person says yes; day,
 * time and zone asked) or changes or stops them; the credential pick offers it once a plan is
 * made. `checkin` is the weekly question the scheduler starts (src/checkins/run-checkins.ts):
 * this week's step and hours, and one tap for done, behind, skip this week or stop; the answer
 * updates the plan. `checkin-continue` is asked once after two missed check-ins in a row; when
 * that goes unanswered too, the scheduler turns them off in the profile, notes why, and leaves the
 * person at that question, which then says plainly that they were stopped.
 *
 * Check-ins are about a plan: each week's question is that week's step and its hours. Without a
 * plan there is nothing true to ask, so they are not set up before one is made: `checkins` says
 * so and offers to make the plan (`pick`), after which the pick offers check-ins itself.
 */

const PRACTICE_NEXT = { flow: 'interview-practice', text: 'Next, you could practise telling your story in interviews. What would you like to do?' };

/** The credential pick (flows/credential-pick.ts, `pick`): where a plan is made. */
const MAKE_PLAN = 'credential-pick';

/** What `checkins` says with no plan yet: what check-ins are about, and how to get the plan they need. */
const NO_PLAN_YET =
  "Weekly check-ins follow a plan: each week I'd ask how that week's step went and log your study hours. You don't have a plan yet, so let's make one first: say `pick` to choose a credential and get a dated plan, and I'll offer check-ins once it's made. Or choose what to do next:";

/** Said plainly once the scheduler has stopped them (src/checkins/run-checkins.ts). */
const STOPPED_AFTER_MISSED = 'I stopped your weekly check-ins after two missed ones; say `checkins` to start them again.';

/**
 * Offered by the credential pick once a plan is made, in words (`checkins`; off until the person
 * says yes), or what comes after when they already have them.
 */
export function offerCheckins(profile: Readonly<Record<string, unknown>>, otherwise: { flow: string; text: string }): { flow: string; text: string } {
  if (checkinsOf(profile)?.enabled) return otherwise;
  return {
    flow: 'checkins',
    text: "Would you like a short weekly check-in on this plan? Once a week, at a time you choose, I'd message you that week's step: say `checkins` to set it up. Say `export` for the plan as files for your notes and calendar. Or choose what to do next:",
  };
}

const settings = (ctx: FlowContext): CheckinProfile | undefined => checkinsOf(ctx.profile);
const enabled = (ctx: FlowContext) => settings(ctx)?.enabled === true && settings(ctx)?.when !== undefined;
/** Today in the person's zone, as the plan's calendar days. */
const today = (ctx: FlowContext): string => personDay(ctx.now, personZone(ctx.profile));
/** A plan date, marked for each platform to show in the person's calendar. */
const dayOf = (ctx: FlowContext, day: string): string => dayMark(day, personZone(ctx.profile));
const updated = (ctx: FlowContext, change: Partial<CheckinProfile>): CheckinProfile => ({ enabled: false, setAt: ctx.now.toISOString(), log: [], ...settings(ctx), ...change });
/** The scheduler stopped them after two missed and an unanswered "shall I go on?", and the person has not answered about it since. */
const stoppedForMissed = (ctx: FlowContext): boolean => settings(ctx)?.enabled === false && settings(ctx)?.stoppedAfterMissed !== undefined;
/** A plan with steps to check on (made by the credential pick). */
const hasPlan = (ctx: FlowContext): boolean => (profileOf(ctx).plan?.steps.length ?? 0) > 0;
/** Setting a day and time makes sense: check-ins are on already (changing them), or there is a plan for them to follow. */
const canSetUp = (ctx: FlowContext): boolean => enabled(ctx) || hasPlan(ctx);

const manageStep = ask.choice('manage', {
  label: 'Check-ins',
  prompt: (ctx) => `You have a weekly check-in every ${weeklyText(settings(ctx)?.when as WeeklyTime)}. What would you like?`,
  reask: 'Pick one by its number, for example: 1.',
  when: enabled,
  choices: [
    { id: 'keep', label: 'Keep it as it is' },
    { id: 'change', label: 'Change the day or time' },
    { id: 'stop', label: 'Stop check-ins' },
  ],
  next: (id) => (id === 'change' ? goTo('day') : finish),
});

const wantStep = ask.yesNo('want', {
  label: 'Weekly check-ins',
  prompt: (ctx) =>
    stoppedForMissed(ctx)
      ? "I stopped your weekly check-ins after two missed ones. Would you like to start them again? You can pick a new day and time, in case the old one didn't suit your week."
      : "Would you like a weekly check-in on your plan? Once a week, at a time you choose, I'd send you that week's step and the hours you planned, and you tell me with one tap how it went. You can stop any time.",
  reask: 'Yes or no, for example: yes.',
  when: (ctx) => !enabled(ctx) && hasPlan(ctx),
  next: (yes) => (yes ? undefined : finish),
});

const dayStep = ask.choice('day', {
  label: 'Check-in day',
  prompt: 'Which day of the week suits you?',
  reask: 'A day of the week, for example: Friday.',
  when: canSetUp,
  choices: WEEKDAYS.map((day, i) => ({ id: String(i + 1), label: `${day[0]?.toUpperCase()}${day.slice(1)}` })),
});

const timeStep = ask.text<string>('time', {
  label: 'Check-in time',
  prompt: 'At what time? For example 18:00 or 6pm.',
  reask: 'A time of day, for example 18:00, 7:30 or 6pm.',
  when: canSetUp,
  interpret: (text) => {
    const time = readTime(text);
    return time ? { ok: true, value: time } : { ok: false, problem: "That doesn't look like a time of day." };
  },
});

const zoneStep = ask.text<string>('zone', {
  label: 'Time zone',
  prompt: (ctx) => {
    // The zone said before, else the one the platform knows (Slack's profile, the terminal's clock): asked once, to confirm.
    const known = personZone(ctx.profile);
    return known ? `In your time zone, ${known}? Say \`yes\`, or name another, for example London or America/New_York.` : 'And your time zone? A city or a zone name, for example London, New York or Europe/Berlin.';
  },
  reask: 'A city or an IANA zone name, for example Berlin, Chicago, Asia/Kolkata or UTC.',
  when: canSetUp,
  interpret: (text, ctx) => {
    const known = personZone(ctx.profile);
    if (known && /^(yes|yep|yeah|same|ok|okay)[.!]*$/i.test(text.trim())) return { ok: true, value: known };
    const zone = readTimeZone(text);
    return zone ? { ok: true, value: zone } : { ok: false, problem: "I don't know that time zone." };
  },
});

export const checkinsSetupFlow = defineFlow({
  id: 'checkins',
  title: 'Weekly check-ins',
  // Not in the menu: offered once a plan exists (offerCheckins), and `checkins` from anywhere.
  commands: ['checkins'],
  steps: [manageStep, wantStep, dayStep, timeStep, zoneStep],
  facts: (profile) => {
    const c = checkinsOf(profile);
    if (c?.enabled && c.when) return [{ label: 'Weekly check-ins', value: weeklyText(c.when) }];
    return c?.stoppedAfterMissed ? [{ label: 'Weekly check-ins', value: STOPPED_AFTER_MISSED }] : [];
  },
  finish: (ctx) => {
    // No plan, and so no question was asked: say what check-ins need, and offer to make the plan.
    if (!canSetUp(ctx)) return { offer: { flow: MAKE_PLAN, text: NO_PLAN_YET } };
    const manage = manageStep.of(ctx);
    if (manage === 'keep') return { replies: [{ kind: 'text', text: 'Your check-ins stay as they are.' }] };
    if (manage === 'stop' || wantStep.of(ctx) === false) {
      const had = settings(ctx) !== undefined;
      return {
        replies: [{ kind: 'text', text: manage === 'stop' ? 'Check-ins stopped: I will not message you again. Say `checkins` to start them again.' : 'No weekly check-ins, then. Say `checkins` if you change your mind.' }],
        // A "no" after a stop for missed check-ins is the answer to it: the note has been said.
        ...(had || manage === 'stop' ? { profile: { checkins: withoutStopNote(updated(ctx, { enabled: false, setAt: ctx.now.toISOString() })) } } : {}),
        offer: PRACTICE_NEXT,
      };
    }
    const when: WeeklyTime = { weekday: Number(dayStep.of(ctx)), time: timeStep.of(ctx) as string, timeZone: zoneStep.of(ctx) as string };
    const first = nextWeekly(when, ctx.now);
    return {
      replies: [{ kind: 'text', text: `Done: I'll check in every ${weeklyText(when)}, first on ${momentMark(first, when.timeZone, ctx.now)}. Say \`checkins\` to change the time or stop.` }],
      profile: { checkins: withoutStopNote(updated(ctx, { enabled: true, when, setAt: ctx.now.toISOString() })) },
      offer: PRACTICE_NEXT,
    };
  },
});

/** This week's step and hours, as the check-in says them. */
function weekLine(ctx: FlowContext): string {
  const { plan, hoursPerWeek } = profileOf(ctx);
  const step = plan ? currentStep(plan.steps) : undefined;
  const hours = hoursPerWeek ? ` You planned ${hoursPerWeek} hours this week.` : '';
  if (!step) return `Weekly check-in: every step of your plan is done.${hours}`;
  return `Weekly check-in: this week is about step ${step.step}, *${step.title}*${step.due ? `, due ${dayOf(ctx, step.due)}` : ''}.${hours} How did it go?`;
}

const outcomeStep = ask.choice('outcome', {
  label: 'This week',
  prompt: weekLine,
  reask: 'Pick one by its number, for example: 1.',
  // Without a plan there is no step to ask about: the finish says so instead.
  when: hasPlan,
  choices: [
    { id: 'done', label: 'Done: went to plan' },
    { id: 'behind', label: "I'm behind" },
    { id: 'skip', label: 'Skip this week' },
    { id: 'stop', label: 'Stop check-ins' },
  ],
  next: (id) => (id === 'done' ? goTo('step-done') : id === 'behind' ? goTo('hours') : finish),
});

const stepDoneStep = ask.yesNo('step-done', {
  label: 'Step finished',
  prompt: (ctx) => `Well done. Is step ${currentStep(profileOf(ctx).plan?.steps ?? [])?.step ?? ''}, *${currentStep(profileOf(ctx).plan?.steps ?? [])?.title ?? 'this step'}*, finished?`,
  reask: 'Yes or no, for example: no, still on it.',
  detour: true,
  when: (ctx) => currentStep(profileOf(ctx).plan?.steps ?? []) !== undefined,
  next: () => finish,
});

const hoursStep = ask.number('hours', {
  label: 'Hours this week',
  prompt: (ctx) => `No problem, it happens. How many hours did you manage this week${profileOf(ctx).hoursPerWeek ? ` (you planned ${profileOf(ctx).hoursPerWeek})` : ''}?`,
  reask: 'A number of hours, for example 3, or 0.',
  min: 0,
  max: 80,
  unit: 'hours',
  detour: true,
  when: hasPlan,
});

export const checkinFlow = defineFlow({
  id: 'checkin',
  title: 'Weekly check-in',
  commands: [CHECKIN_COMMAND],
  steps: [outcomeStep, stepDoneStep, hoursStep],
  finish: (ctx) => {
    const { plan, hoursPerWeek = 0 } = profileOf(ctx);
    const outcome = outcomeStep.of(ctx);
    const at = ctx.now.toISOString();
    if (!hasPlan(ctx)) {
      // Check-ins set up before they needed a plan: a weekly message with nothing true to say would
      // only nag, so they stop, once, with why and how to get them back with a plan.
      const on = settings(ctx)?.enabled === true;
      const text = on
        ? "Weekly check-in: you don't have a plan yet, so there is no step to check on, and I've stopped these check-ins. Say `pick` to choose a credential and get a dated plan; I'll offer check-ins again once it's made."
        : "There's nothing to check in on yet: you don't have a plan. Say `pick` to choose a credential and get a dated plan.";
      return { replies: [{ kind: 'text', text }], ...(on ? { profile: { checkins: updated(ctx, { enabled: false, setAt: at }) } } : {}), offer: { flow: MAKE_PLAN, text: 'What would you like to do next?' } };
    }
    const open = plan ? currentStep(plan.steps) : undefined;
    const base = updated(ctx, { answeredAt: at });
    if (outcome === 'stop') {
      return { replies: [{ kind: 'text', text: 'Check-ins stopped: I will not message you again. Your plan stays as it is; say `checkins` to start them again.' }], profile: { checkins: { ...base, enabled: false, setAt: at } } };
    }
    if (outcome === 'skip') {
      return { replies: [{ kind: 'text', text: 'Skipped this week, and nothing moved. Talk next week.' }], profile: { checkins: logAnswer(base, { at, outcome: 'skip', ...(open ? { step: open.step } : {}) }) } };
    }
    const hours = outcome === 'done' ? hoursPerWeek : (hoursStep.of(ctx) ?? 0);
    const logged = logAnswer(base, { at, outcome: outcome as 'done' | 'behind', hours, ...(open ? { step: open.step } : {}) });
    const total = hoursLogged(logged);
    let steps = plan?.steps ?? [];
    const said: string[] = [];
    if (outcome === 'done' && stepDoneStep.of(ctx) === true && open) {
      steps = markDone(steps, open.step, today(ctx));
      const next = currentStep(steps);
      said.push(`Step ${open.step} is marked done.${next ? ` Next: step ${next.step}, *${next.title}*${next.due ? `, by ${dayOf(ctx, next.due)}` : ''}.` : ' That was the last one.'}`);
    } else if (outcome === 'done') {
      said.push(`${hours} hours logged: you're on track.`);
    } else {
      const days = slipDays(hoursPerWeek, hours);
      steps = shiftOpen(steps, days);
      const end = projectedFinish(steps);
      said.push(days === 0 ? `${hours} hours is what you planned: you're on track.` : `Thanks for saying so. I've moved your remaining steps ${days} day${days === 1 ? '' : 's'} later${end ? `: you now finish on ${dayOf(ctx, end)}` : ''}.`);
    }
    said.push(`Hours logged so far: ${total}.`);
    return { replies: [{ kind: 'text', text: said.join(' ') }], profile: { checkins: logged, ...(plan ? { plan: { ...plan, steps } } : {}) } };
  },
});

/** The person's check-in time in words (" every Friday at 18:00 (Europe/Berlin)"), when they have one. */
const everyWhen = (ctx: FlowContext, before = ''): string => {
  const when = settings(ctx)?.when;
  return when ? `${before} every ${weeklyText(when)}` : '';
};

const goOnStep = ask.yesNo('go-on', {
  label: 'Keep checking in',
  // Left as the person's question when the scheduler stops them for want of an answer: from then on it says so.
  prompt: (ctx) =>
    stoppedForMissed(ctx)
      ? `I stopped your weekly check-ins after two missed ones. Shall I start them again${everyWhen(ctx, ',')}? Say no and they stay stopped; \`checkins\` starts them again any time.`
      : `I haven't heard from you for the last two check-ins, and that's fine: weeks get busy. Shall I keep checking in${everyWhen(ctx)}? If I don't hear from you before the next one, I'll stop them; \`checkins\` starts them again any time.`,
  reask: 'Yes or no, for example: yes.',
});

export const checkinContinueFlow = defineFlow({
  id: 'checkin-continue',
  title: 'Weekly check-ins',
  commands: [CONTINUE_COMMAND],
  steps: [goOnStep],
  finish: (ctx) => {
    const at = ctx.now.toISOString();
    const stopped = stoppedForMissed(ctx);
    const when = settings(ctx)?.when;
    if (goOnStep.of(ctx) && stopped && when) {
      // On again at the time they had, changed now: the schedule is made afresh from the next one.
      const first = nextWeekly(when, ctx.now);
      return {
        replies: [{ kind: 'text', text: `Good: your check-ins are on again, every ${weeklyText(when)}, next on ${momentMark(first, when.timeZone, ctx.now)}. Say \`checkins\` to change the time or stop.` }],
        profile: { checkins: withoutStopNote(updated(ctx, { answeredAt: at, enabled: true, setAt: at })) },
      };
    }
    // A "yes" with no time kept to go back to: the time is asked again.
    if (goOnStep.of(ctx) && stopped) return { handover: 'checkins' };
    if (goOnStep.of(ctx)) return { replies: [{ kind: 'text', text: 'Good, talk next week.' }], profile: { checkins: updated(ctx, { answeredAt: at }) } };
    if (stopped) return { replies: [{ kind: 'text', text: 'Then they stay stopped. Say `checkins` whenever you want them back.' }], profile: { checkins: withoutStopNote(updated(ctx, { answeredAt: at })) } };
    return { replies: [{ kind: 'text', text: 'Check-ins stopped: I will not message you again. Say `checkins` to start them again.' }], profile: { checkins: updated(ctx, { answeredAt: at, enabled: false, setAt: at }) } };
  },
});
