import type { CoachData } from '../src/coach-data.js';
import type { OffScriptQuestion, OffScriptReply } from '../src/engine/off-script.js';
import { listOf } from '../src/roles/suggest-roles.js';
import { profileOf } from './profile.js';

/**
 * "manual tester still have job?", "is help desk still a thing?", "are data entry jobs dying?": whether a kind
 * of work is still hired for. The coach counts no jobs nationwide, so it answers from the postings the person
 * pasted for their target role (their gap report): the postings are jobs open now, and what share of them asks
 * for each skill says where the hiring is. Undefined without a report read from postings, so the question goes
 * on to the other answers (and, at worst, to where to look).
 */

/** Asks whether work is still there: "still have job", "still in demand", "still hiring", "obsolete", "replaced by AI". */
const ASKS_STILL_THERE =
  /\b(?:still (?:(?:have|has|get|got|any|a) )?(?:jobs?|demand|in demand|hiring|hired|a (?:thing|career|job))|(?:jobs?|roles?) (?:still )?(?:left|exist|out there)|dying|dead (?:end|field|job)|obsolete|(?:being )?replaced by (?:ai|automation))\b/i;

export function asksStillThere(text: string): boolean {
  return ASKS_STILL_THERE.test(text);
}

const shareWords = (share: number): string =>
  share >= 0.999 ? 'every one of them asks for' : share >= 0.5 ? `${Math.round(share * 100)}% of them ask for` : `${Math.round(share * 100)}% ask for`;

export function jobStillThere(data: Pick<CoachData, 'catalog'>) {
  const skillName = (id: string) => data.catalog.skills.byId.get(id)?.name ?? id;
  const roleName = (id: string) => data.catalog.roles.byId.get(id)?.name ?? id;
  return (q: OffScriptQuestion): OffScriptReply | undefined => {
    if (!asksStillThere(q.text)) return undefined;
    const report = profileOf(q.ctx).gapReport;
    if (report?.source !== 'postings' || report.gaps.length === 0) return undefined;
    const [top, ...rest] = report.gaps;
    if (!top) return undefined;
    const most = `${shareWords(top.share)} ${top.name ?? skillName(top.skill)}`;
    const next = rest.slice(0, 2).map((g) => `${g.name ?? skillName(g.skill)} (${Math.round(g.share * 100)}%)`);
    const lines = [
      `I don't count jobs across the country, so I go by the postings you pasted for *${roleName(report.role)}*: they are jobs open now, and ${most}.`,
      next.length > 0 ? `Fewer ask for ${listOf(next)}, so those widen what you can apply to.` : '',
      'Paste a few more postings from where you would work to see the pattern there.',
    ];
    return { text: lines.filter((l) => l !== '').join(' '), answered: true };
  };
}
