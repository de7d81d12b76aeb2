import { gapName } from '../src/credentials/situation.js';
import type { CoachData } from '../src/coach-data.js';
import { listedSkills } from '../src/skills/listed-skills.js';
import { profileOf } from './profile.js';
import type { PlanFacts } from './profile.js';
import { pickFacts } from './profile-facts.js';
import { actionPlan } from '../src/credentials/action-plan.js';
import { coverageOf } from '../src/credentials/coverage.js';
import type { Recommendation } from '../src/credentials/recommend.js';
import type { ScoredCredential } from '../src/credentials/score-credential.js';
import { why, whyInDetail } from '../src/credentials/why.js';
import { entryAgainstNow } from '../src/credentials/roi.js';
import { ask, defineFlow, finish, goTo, handOver } from '../src/engine/flow.js';
import type { FlowContext, Step } from '../src/engine/flow.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { personToday, personZone } from '../src/dates/person-zone.js';
import { answerOf, ownAnswer, withChanges } from './changed-answers.js';
import { offerCheckins } from './checkins.js';
import { saysNotSure } from './not-sure.js';
import { credentialFinder } from './named-credentials.js';
import { withTypedWhy } from './pick-why.js';
import { pickSituation } from './pick-situation.js';
import { withTypedPick } from './typed-pick.js';
import { comparisonLines, pickLine, planReplies, priceCheckLine, stackText, stepWhen } from './credential-pick-replies.js';
import { onDeadlineDate } from './deadline-months.js';
import { SITUATION } from './pick-questions.js';

/** The answer of a step that hands over to the gap interview instead (the person is not sure yet). */
const FIND_GAPS = '$find-gaps';
const TYPICAL = /^(?:typical|the typical ones?|typical (?:ones|gaps|skills)|use (?:the )?typical(?: ones| gaps| skills)?)[.!]*$/i;
const FIND_MY_GAPS = /^(?:find (?:my|them)(?: own)?(?: gaps)?|find my gaps first|gap interview|work (?:them|it) out)[.!]*$/i;

const GAPS_NAMED = 3;
const DETAIL_HINT = 'Say `why in detail` for how I ranked it.';
const ASK_HINT = 'Ask me `why?` about any pick, or anything about a credential ("is it worth it for me?", "anything cheaper?", "do employers know it?").';
const PRACTICE_NEXT = { flow: 'interview-practice', text: 'Next, you could practise telling your story in interviews. What would you like to do?' };

/**
 * The credential pick as a conversation: its questions in order, the picks menu and the plan it
 * ends with. What the answers come to (the role, the gaps, the situation and the recommendation)
 * is flows/pick-situation.ts; the budget, hours, deadline and pay questions, and how each is
 * changed later, are flows/pick-questions.ts and flows/changed-answers.ts.
 */
export function createCredentialPickFlow(data: CoachData) {
  const { credentials, credentialIndex: index, roleMatcher, extractor, skillName, catalog } = data;
  const finder = credentialFinder(credentials.credentials);
  const { storedReport, report, usesReport, role, gaps, typicalGaps, deadlineOf, situation, standing, recommendation, shown, offeredBeside, choosable } = pickSituation(data);
  const chooseChoice = (p: ScoredCredential) => ({ id: `pick:${p.credential.id}`, label: `Choose ${p.credential.name}` });

  /**
   * What a menu value asks for (a why, the scoring in detail, the side-by-side), said once when it
   * is chosen, before the menu is asked again: `plan`, `status` or a question typed after it do not
   * say it again. Undefined for a value that chooses.
   */
  function asked(ctx: FlowContext, value: unknown = answerOf(ctx, 'choose')): string | undefined {
    const rec = recommendation(ctx);
    const last = String(value ?? '');
    const picked = rec.picks.find((p) => `why:${p.credential.id}` === last);
    if (picked) return `*${picked.credential.name}*: ${why(picked, { index, role: role(ctx), gaps: gaps(ctx) }, situation(ctx).hoursPerWeek).join(' ')} ${DETAIL_HINT}`;
    const detailed = rec.picks.find((p) => `detail:${p.credential.id}` === last);
    if (detailed) return `*${detailed.credential.name}*, in detail:\n${whyInDetail(detailed).join('\n')}`;
    if (last === 'compare') return comparisonLines(rec).join('\n');
    return undefined;
  }

  function choicesPrompt(ctx: FlowContext): string {
    const rec = recommendation(ctx);
    if (asked(ctx) !== undefined) return 'What would you like to do?';
    // Nothing to pick: why (what they hold or have outgrown, what no credential closes) before finishing without one.
    // A pay cut (or no rise) is said before they apply, as it is beside picks; a rise needs no credential's payback.
    const change = rec.roi.known ? rec.roi.payChangeCents : null;
    const pay = change !== null && change !== undefined && change < 100_000 ? `\n\n${rec.roi.sentence}` : '';
    const beside = offeredBeside(ctx).map((p) => p.credential.name);
    const take = beside.length > 0 ? `To take ${beside.join(' or ')}, choose it and I'll date its study in your plan. ` : '';
    // How the postings the pick read ask for each credential they name: a pick there only for them is said as they ask.
    const named = profileOf(ctx).gapReport?.credentialsAsked ?? [];
    if (rec.picks.length === 0) return `${stackText(rec, index, standing(ctx, rec), situation(ctx).hoursPerWeek, named)}${pay}\n\n${take}You can still finish here: I'll plan your portfolio project, networking and interviews instead, dated to your hours.`;
    const lines = rec.picks.map((pick, i) => pickLine(pick, index, rec.warnings[pick.credential.id] ?? [], i + 1, situation(ctx).hoursPerWeek, named.find((a) => a.id === pick.credential.id)));
    const cautions = rec.planWarnings.map((w) => `- ${w.text}`);
    const check = priceCheckLine(rec.picks);
    return [`${picksHeading(rec.picks.length)} for *${role(ctx).name}*:`, ...lines, ...(check ? [check] : []), '', stackText(rec, index, standing(ctx, rec), situation(ctx).hoursPerWeek, named), '', rec.roi.sentence, ...(cautions.length ? ['', ...cautions] : []), '', ASK_HINT, 'What would you like to do?'].join('\n');
  }

  /** The picks menu, saying what a why, a detail or the comparison asks for as it is chosen. */
  const saidWhenChosen = (step: Step): Step => ({
    ...step,
    parse: (input, ctx) => {
      const parsed = step.parse(input, ctx);
      const said = parsed.ok ? asked(ctx, parsed.value) : undefined;
      return parsed.ok && said !== undefined ? { ...parsed, note: said } : parsed;
    },
  });

  return defineFlow({
    id: 'credential-pick',
    title: 'Credential pick',
    facts: pickFacts,
    menuLabel: 'Pick credentials worth it',
    commands: ['pick'],
    // Budget, hours, deadline and pay can be changed at any later question ("actually 300").
    steps: withChanges([
      ask.yesNo('use-gaps', {
        label: 'Use my gap report',
        // The report's own role and gaps: back here after a no, the role and skills named since are not them.
        prompt: (ctx) => {
          const { role: id, gaps: top } = storedReport(ctx) ?? { role: '', gaps: [] };
          const name = catalog.roles.byId.get(id)?.name;
          if (top.length === 0) return `Your gap report for *${name}* found no gaps to close: you have every skill it asked for. Shall I pick credentials anyway, for skills you name?`;
          return `From your gap report for *${name}*, your top gaps are ${listOf(top.slice(0, GAPS_NAMED).map((g) => gapName(g, skillName)))}. Shall I pick credentials for these?`;
        },
        reask: 'Yes or no, for example: yes. Say no to pick for other skills or another role.',
        when: (ctx) => storedReport(ctx) !== undefined,
        // The role and skills to pick for are asked next after a no to the report's gaps, or a yes to naming others.
        next: (yes, ctx) => {
          if (report(ctx)) return yes ? goTo('budget') : undefined;
          return yes ? undefined : finish;
        },
      }),
      ask.text<string | typeof FIND_GAPS>('role', {
        label: 'Target role',
        prompt: (ctx) =>
          ctx.answers['use-gaps'] !== undefined
            ? 'Then which tech role should I pick credentials for? For example: data analyst, cloud engineer or IT support.'
            : 'Which tech role are you aiming for? For example: data analyst, cloud engineer or IT support.',
        reask: 'Type a role such as data analyst, cybersecurity analyst or project manager, or say `not sure` and we will work it out together first.',
        when: (ctx) => !usesReport(ctx),
        interpret: (text) => {
          const match = roleMatcher.match(text);
          if (match.kind === 'role') return { ok: true, value: match.role.id };
          if (match.kind === 'unsure') return { ok: true, value: FIND_GAPS };
          return { ok: false, problem: "I can't pick credentials for that role." };
        },
        display: (id) => (id === FIND_GAPS ? 'not sure yet' : (catalog.roles.byId.get(id)?.name ?? id)),
        // Kept, so that practice does not ask for the role again.
        saveAs: (id) => (id === FIND_GAPS ? {} : { targetRole: id }),
        next: (id) => (id === FIND_GAPS ? handOver('gap-interview') : undefined),
      }),
      ask.text<string[] | typeof FIND_GAPS>('want', {
        label: 'Skills to gain',
        prompt: (ctx) => `Which skills do you want to gain? For example: "SQL, Tableau and Python". Not sure? Say \`typical\` for the ones *${role(ctx).name}* roles ask for most.`,
        reask: 'Name a few tools or skills, for example: SQL, Power BI, AWS; say `typical` for the ones the role asks for most, or `find my gaps` to work out your own first.',
        max: 2_000,
        when: (ctx) => !usesReport(ctx),
        interpret: (text, ctx) => {
          const said = text.trim();
          if (TYPICAL.test(said)) {
            const typical = typicalGaps(ctx);
            if (typical.length > 0) return { ok: true, value: typical };
            return { ok: false, problem: `You already have every skill *${role(ctx).name}* roles typically ask for, as far as I know: name the ones you want to take further.` };
          }
          if (FIND_MY_GAPS.test(said)) return { ok: true, value: FIND_GAPS };
          if (saysNotSure(said)) {
            const top = listOf(typicalGaps(ctx).slice(0, GAPS_NAMED).map(skillName));
            return { ok: false, problem: `No problem. *${role(ctx).name}* roles most often ask for ${top}: say \`typical\` and I'll pick for those, or \`find my gaps\` and we'll work out your own with a few questions first.` };
          }
          const skills = listedSkills(extractor, text).filter((m) => !m.inferredFrom).map((m) => m.skill);
          return skills.length > 0 ? { ok: true, value: skills } : { ok: false, problem: "I couldn't recognise any skills in that." };
        },
        display: (skills) => (skills === FIND_GAPS ? 'to be found in a gap interview' : listOf(skills.map(skillName))),
        next: (skills) => (skills === FIND_GAPS ? handOver('gap-interview') : undefined),
      }),
      ...SITUATION.map((c) => c.step),
      ask.yesNo('free-first', {
        label: 'Free or audit options first',
        prompt: 'Would you like free, audit or financial-aid options first, even when a paid one scores a little higher?',
        reask: 'Yes or no, for example: yes. Not sure? Say no and I will rank by score alone.',
        orElse: false,
      }),
      ask.yesNo('proctored-ok', {
        label: 'Proctored exams are fine',
        prompt: 'Some credentials end with a proctored exam (watched by webcam or at a test centre). Is that fine for you?',
        reask: 'Yes or no, for example: yes. Not sure? Say no and I will leave proctored exams out.',
        // "Doesn't matter to me" to "is that fine for you?" says it is fine: not knowing is the hint's no, not minding is a yes.
        orElse: true,
      }),
      saidWhenChosen(withTypedPick(withTypedWhy(ask.choice('choose', {
        label: 'Choice',
        prompt: choicesPrompt,
        reask: 'Which one would you like? Choose by its number, for example: 1, or ask me about one.',
        choices: (ctx) => {
          const picks = shown(ctx);
          const beside = offeredBeside(ctx).map(chooseChoice);
          // The advice (no credential) first, the option beside it after, as the prompt says them.
          if (picks.length === 0) return [{ id: 'none', label: 'Finish without a credential' }, ...beside];
          return [
            ...(recommendation(ctx).stack.members.length > 1 ? [{ id: 'stack', label: 'Take the recommended stack' }] : []),
            ...picks.map(chooseChoice),
            ...beside,
            ...picks.map((p) => ({ id: `why:${p.credential.id}`, label: `Why ${p.credential.name}?` })),
            { id: 'compare', label: 'Compare with a certification and a degree' },
          ];
        },
        // A question asked through a button is not the choice: `status` says the choice is still to make.
        display: (id, ctx) => {
          if (id === 'compare') return 'not made yet (you compared the picks with a certification and a degree)';
          const asked = id.startsWith('why:') ? shown(ctx).find((p) => `why:${p.credential.id}` === id) : undefined;
          return asked ? `not made yet (you asked why ${asked.credential.name})` : undefined;
        },
        next: (id) => (id.startsWith('why:') || id.startsWith('detail:') || id === 'compare' ? goTo('choose') : finish),
      }), (ctx) => shown(ctx).map((p) => p.credential), finder), (ctx) => choosable(ctx).map((p) => p.credential), finder)),
    ], SITUATION),
    finish: (ctx) => {
      // Left before the picks (for the gap interview first, or with no gap to close): there is nothing to recommend or plan.
      if (answerOf(ctx, 'choose') === undefined) {
        if (ctx.answers.role !== FIND_GAPS && ctx.answers.want !== FIND_GAPS) {
          return { replies: [{ kind: 'text', text: 'Then no credential is needed for now: a portfolio piece that shows your skills is the best evidence.' }], offer: PRACTICE_NEXT };
        }
        const first = ctx.answers.role === FIND_GAPS ? "Let's work out the role together first" : "Let's find your own gaps first";
        return { replies: [{ kind: 'text', text: `${first}: when your gap report is ready, I'll pick credentials for it.` }] };
      }
      const rec = recommendation(ctx);
      const choice = String(answerOf(ctx, 'choose'));
      const chosen = choice === 'stack' ? rec.stack.members.map((m) => m.credential) : choosable(ctx).filter((p) => `pick:${p.credential.id}` === choice).map((p) => p.credential);
      // Postings pasted in the gap interview and the choice just made are done, not advice.
      const researched = usesReport(ctx) && profileOf(ctx).gapReport?.source === 'postings';
      const { hoursPerWeek, deadlineWeeks } = situation(ctx);
      // Dated from the person's own today, in their zone: late evening in New York is not tomorrow yet.
      const timeZone = personZone(ctx.profile);
      const today = personToday(ctx.now, timeZone);
      // No credential is still a plan: the role's portfolio piece using the top gaps (learnt by doing), networking and interviews, dated the same way.
      // With credentials, the top gaps they leave uncovered are practised in the portfolio piece, or nowhere.
      const top = gaps(ctx).slice(0, GAPS_NAMED);
      const left = chosen.length === 0 ? top : coverageOf(index, chosen.map((c) => c.id), top).uncovered;
      const practise = left.map((g) => gapName(g, skillName));
      const later = laterSteps(rec, chosen.map((c) => c.id));
      // "CCNA required or obtained within 12 months of hire": the plan can say to apply while studying.
      const asked = usesReport(ctx) ? (profileOf(ctx).gapReport?.credentialsAsked ?? []) : [];
      const afterHire = chosen.filter((c) => asked.some((a) => a.id === c.id && a.postings?.some((p) => p.withinMonths !== undefined))).map((c) => c.name);
      const plan = onDeadlineDate(
        actionPlan({ credentials: chosen, hoursPerWeek, deadlineWeeks, today, timeZone, done: { research: researched, select: true }, portfolio: role(ctx).portfolio?.text, practise, entryPayKnown: rec.pay.known, ...(later.length > 0 ? { later } : {}), ...(afterHire.length > 0 ? { afterHire } : {}) }),
        deadlineOf(ctx),
      );
      const names = chosen.map((c) => c.name);
      const stored: PlanFacts = { steps: plan.steps.map(({ step, title, due, done }) => ({ step, title, due, done })), names };
      const opening =
        chosen.length === 0
          ? // What the move is worth in pay is said here too: with no credential there is no payback sentence to carry it.
            ['No credential this time: a portfolio project that uses your gap skills is the best evidence. Here is your plan; say `plan` any time to see it again.', entryAgainstNow(rec.pay, situation(ctx).currentPayUsd, situation(ctx).currentIncome)].filter(Boolean).join('\n')
          : `You chose ${listOf(names.map((n) => `*${n}*`))}. Here is your plan; say \`plan\` any time to see it again.`;
      return {
        replies: [{ kind: 'text', text: opening }, ...planReplies(plan, timeZone)],
        profile: { credentialPick: { ids: chosen.map((c) => c.id), names, at: ctx.now.toISOString() }, plan: stored },
        offer: offerCheckins(ctx.profile, PRACTICE_NEXT),
      };
    },
  });
}

/**
 * The path's steps after what the person chose, named in their plan as coming after it (undated): the
 * rungs of a cut-short path left for later, and the path's own rungs after the last one chosen. Only
 * when what they chose is on the path: a pick off it starts a story of its own.
 */
export function laterSteps(rec: Pick<Recommendation, 'stack'>, chosen: readonly string[]): string[] {
  const path = [...rec.stack.members, ...(rec.stack.path.later ?? [])].map((m) => m.credential);
  const at = chosen.map((id) => path.findIndex((c) => c.id === id));
  if (at.length === 0 || at.some((i) => i < 0)) return [];
  return path.slice(Math.max(...at) + 1).map((c) => c.name);
}

/** "Here is my pick", "Here are my top two picks": said by how many are shown. */
export function picksHeading(count: number): string {
  if (count === 1) return 'Here is my pick';
  return `Here are my top ${COUNT_WORDS[count] ?? count} picks`;
}
const COUNT_WORDS: Record<number, string> = { 2: 'two', 3: 'three', 4: 'four', 5: 'five', 6: 'six' };


/**
 * The picks are on screen: only the credential pick asks whether proctored exams are fine, and
 * its one step after that is the choice, which ends it.
 */
export const choosingNow = (ctx: Pick<FlowContext, 'answers'>): boolean => ownAnswer(ctx.answers['proctored-ok']) !== undefined;

/** Said by `plan` and `export` before there is a plan: in the middle of the pick, the plan is one choice away. */
export function noPlanYet(ctx: Pick<FlowContext, 'answers'>, doing = 'see'): string {
  if (choosingNow(ctx)) return `Your plan is made as soon as you choose from the picks in front of you: choose one and I'll date every step, then you can ${doing} it any time.`;
  return 'You have no plan yet. Say `pick` to choose credentials and get one.';
}

/** `plan`: the stored plan again, from anywhere. */
export const planView = defineFlow({
  id: 'plan',
  title: 'Your plan',
  commands: ['plan'],
  steps: [],
  finish: (ctx) => {
    const plan = profileOf(ctx).plan;
    if (!plan) return { replies: [{ kind: 'text', text: noPlanYet(ctx) }] };
    return {
      replies: [
        { kind: 'card', title: `Your plan: ${listOf(plan.names) || 'your next steps'}`, fields: plan.steps.map((s) => ({ label: `${s.step}. ${s.title}`, value: stepWhen(s, personZone(ctx.profile)) })) },
      ],
    };
  },
});
