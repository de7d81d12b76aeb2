import { askedCredentialSchema } from '../src/credentials/posting-credentials.js';
import { bold, factsOf, timeWords, totalSentence, type Asker, type CredentialWorld } from '../src/credentials/credential-words.js';
import { postingTermsNote, postingTermsSaid } from '../src/credentials/credential-warnings.js';
import { askCountWords } from '../src/credentials/posting-asks-words.js';
import type { AskedCredential } from '../src/credentials/person-fit.js';
import type { NotCarried } from '../src/data/credentials-schema.js';
import { plainQuestion } from '../src/credentials/credential-question.js';
import { providerName } from '../src/credentials/figure-words.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';

/**
 * "do i need the cert if i already do this at work?": whether a credential is needed by someone who
 * already does the work. A coach answers from the person's own postings (which require it, which
 * prefer it, or that none named it) and says what their experience changes: the exam is mostly
 * preparing for the parts their own work never needed. Figures (cost, study time) come from the
 * catalog as every other answer's do; nothing is shortened by a guess.
 */

/** Asking whether it is needed at all: "do I need", "do I have to get", "is it necessary", "should I even bother". */
const NEED =
  /\bdo i (?:even |really |still |actually )?(?:need|have to (?:get|have|take|do|pass))\b|\bis (?:it|that|this|the [\w+ -]{1,30}|a [\w+ -]{1,30}) (?:even |really )?(?:necessary|needed|required|a must)\b|\bmust i\b|\bshould i (?:still |even )?(?:bother|get it|take it|do it)\b|\bworth (?:it|getting|doing) (?:if|when|since|though|given)\b/;
/** Saying they already do the work: "I already do this at work", "on the job", "I've been doing it for years". */
const DOING_IT =
  /\bi (?:already |actually )?(?:do|run|manage|administer|use) (?:this|it|that|our|the|my)\b[\w\s'-]{0,30}\b(?:at work|already|every day|daily|for (?:a living|work|my (?:job|company|business|agency|team)))\b|\balready (?:do|doing|did|run|running|use|using|manage|managing|work|working|administer|administering)\b|\bat (?:my )?work\b|\bon the job\b|\bin my (?:job|work|role|day job)\b|\b(?:years?|yrs) (?:of )?(?:experience|doing (?:it|this))\b|\bhands[- ]on experience\b|\bbeen doing (?:this|it|that)\b/;

/**
 * Asking whether one is needed, in any word order: "is ISTQB needed?", "ISTQB is needed or not?",
 * "istqb required?", "do I need the CTFL", "is it mandatory". Not "what is needed to pass it?",
 * which asks what it takes.
 */
const NEEDED =
  /\b(?:needed|required|necessary|mandatory|compulsory|obligatory|a must)\b|\bdo i (?:even |really |still |actually )?(?:need|have to (?:get|have|take|do|pass))\b|\bmust i (?:have|get|take|do|pass)\b|\b(?:need|have) to have\b/;

export function asksIfNeeded(text: string): boolean {
  const said = plainQuestion(text);
  return !/^(?:what|what'?s|whats|how|which|when|where|who)\b/.test(said) && NEEDED.test(said);
}

/**
 * Whether a credential the catalog has no figures for is needed, answered from how the person's own
 * postings ask for it (required is a screen, preferred is not), then plainly that no price or study
 * time is sourced, with where to check. Undefined when their postings kept no terms for it.
 */
export function uncarriedNeedAnswer(entry: NotCarried, asked: AskedCredential): string | undefined {
  const name = entry.name.replace(/\s*\([^)]*\)$/, '');
  const count = askCountWords(asked);
  const terms = postingTermsSaid([name], asked) ?? (count && `${count.replace(/^./, (c) => c.toUpperCase())}, without saying whether it is required or only preferred: read the posting's own wording before you decide.`);
  return terms && `${terms} I have no sourced price or study time for it: check ${entry.checkAt}.`;
}

/** Whether a message asks if a credential is needed by someone who already does the work. */
export function asksNeedGivenWork(text: string): boolean {
  const said = plainQuestion(text);
  return NEED.test(said) && DOING_IT.test(said);
}

/**
 * The credential "the cert" means: one named, else the one under discussion (the top pick on
 * screen, or the one chosen), else the one the person's postings name most for their role, else
 * the role's only credential. Undefined when it could be several.
 */
export function credentialMeant(named: readonly CatalogCredential[], asker: Asker, world: CredentialWorld): CatalogCredential | undefined {
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  if (asker.current) return asker.current;
  const forRole = (c: CatalogCredential | undefined): c is CatalogCredential => c !== undefined && (!asker.role || c.targetRoles.includes(asker.role.id));
  const asked = [...(asker.person?.asked ?? [])]
    .filter((a) => a.share > 0)
    .sort((a, b) => b.share - a.share)
    .map((a) => world.credentials.find((c) => c.id === a.id))
    .filter(forRole);
  if (asked[0]) return asked[0];
  const own = asker.role ? world.credentials.filter((c) => c.targetRoles[0] === asker.role?.id) : [];
  return own.length === 1 ? own[0] : undefined;
}

/** How the person's postings ask for it: required (a screen), preferred only, or not named. */
export function postingsVerdict(c: CatalogCredential, asker: Asker, postingsPasted: boolean): { kind: 'required' | 'preferred' | 'named' | 'not-named' | 'no-postings'; said?: string } {
  const asked = asker.person?.asked?.find((a) => a.id === c.id);
  const said = postingTermsNote(c, asked);
  const parsed = asked ? askedCredentialSchema.safeParse(asked) : undefined;
  const postings = parsed?.success ? (parsed.data.postings ?? []) : [];
  if (postings.some((p) => p.asks === 'required' && p.withinMonths === undefined)) return { kind: 'required', said };
  if (postings.some((p) => p.asks === 'preferred' || p.withinMonths !== undefined)) return { kind: 'preferred', said };
  if (asked && asked.share > 0) return { kind: 'named' };
  return { kind: postingsPasted ? 'not-named' : 'no-postings' };
}

/**
 * The answer, in sentences for the person: the verdict from their postings, what their work
 * changes, then the catalog's cost and time. `postingsPasted`: their gap report was read from
 * postings they pasted (none naming it is then an answer, not a reason to ask for some).
 */
export function needGivenWorkAnswer(c: CatalogCredential, asker: Asker, world: CredentialWorld, postingsPasted: boolean): string {
  const f = factsOf(c, asker, world);
  const { kind, said } = postingsVerdict(c, asker, postingsPasted);
  const verdict =
    kind === 'required'
      ? `For some of the jobs you want, yes. ${said ?? ''} Your work shows you can do the job, but a screen that asks for the certificate reads the certificate.`
      : kind === 'preferred'
        ? `Not strictly. ${said ?? ''} Your work is the stronger evidence; the certificate is what gets it past a busy screener.`
        : kind === 'named'
          ? `Some of your postings name ${bold(c)}, so it helps there; your work is still the stronger evidence.`
          : kind === 'not-named'
            ? `Not for the postings you gave me: none of them names ${bold(c)}, so your work is your evidence. It still helps where a posting asks for it.`
            : `It depends on the jobs: paste a few postings in the gap interview (\`gaps\`) and I'll tell you which require ${bold(c)} and which only prefer it. Your work is the stronger evidence either way.`;
  const work = `Because you already do this work, most of the study is exam preparation: learning the exam's terms and the parts your own setup never needed, not the job from scratch.`;
  return [verdict.replace(/\s+/g, ' ').trim(), work, totalSentence(f, asker), `Time: ${timeWords(f, asker)}; your hands-on experience should put you at the quick end of it.`].join(' ');
}

/**
 * "does the EFB rollout count toward PMP hours?", "would my clinic move count as project experience for the PMP?":
 * whether a piece of their work counts toward a credential's experience rule.
 */
const COUNTS_TOWARD =
  /\b(?:count|counts|qualify|qualifies|go|goes|be counted|apply)\b(?: (?:toward|towards|for|to|as|in))\b[\w\s+'-]{0,30}\b(?:hours|experience|months|years|requirement|rule|eligibility)\b/;
export const asksExperienceCounts = (text: string): boolean => COUNTS_TOWARD.test(plainQuestion(text));

/** What the person calls the work asked about: "the EFB rollout" in "does the EFB rollout count toward PMP hours?". */
const WORK_ASKED = /\b(?:does|do|would|will|could|can|should) ((?:the|my|our|that|this|a) [\w\s'+-]{2,40}?) (?:count|counts|qualify|qualifies|go|goes|be counted|apply)\b/i;
/** Work said as leading a project: "led rollout of electronic flight bags", "managed the clinic move". */
const LEADING = /\b(?:led|lead|leading|ran|run|managed|manage|coordinated|headed|oversaw|delivered|rolled out)\b[^.]*\b(?:rollout|roll-out|project|launch|implementation|migration|upgrade|move|programme|program|deployment|installation|build)\b|\b(?:rollout|roll-out|project|implementation|migration)\b[^.]*\b(?:schedule|plan|budget|status reports?|vendors?|stakeholders?)\b/i;

/**
 * Whether their work counts toward a credential's experience rule, from the rule as the catalog says it (PMP:
 * months leading projects), naming the work they told the coach that is project leading, in their words.
 * Undefined when the credential has no experience rule in the catalog.
 */
export function experienceCountsAnswer(c: CatalogCredential, text: string, said: readonly string[]): string | undefined {
  const rule = c.experience.says;
  if (!rule || !c.experience.requiredMonths) return undefined;
  const asked = WORK_ASKED.exec(text)?.[1]?.trim();
  // A quote cut after a colon ("at my base: schedule") ends where the sentence does.
  const leading = [...new Set(said.filter((s) => LEADING.test(s)).map((s) => s.replace(/\s*[:;]\s*[\w\s]{0,20}$/, '')))].slice(0, 2);
  const months = c.experience.requiredMonths;
  const theirs = leading.length > 0 ? ` From what you told me, this is project leading: ${leading.map((s) => `"${s}"`).join(' and ')}.` : '';
  const which = asked ? `${asked.charAt(0).toUpperCase()}${asked.slice(1)} counts if you led it as a project` : 'Your work counts where you led it as a project';
  return [
    `${bold(c)}: ${rule.replace(/\.?$/, '.')}`,
    `${which}: count the months it ran, from start to finish, toward the ${months}.${theirs}`,
    'Work that was not leading a project, such as day-to-day operations, does not count, however long: write down each project you led with its dates and what you did in it before you apply,',
    `and check ${providerName(c)}'s own page for what it accepts.`,
  ].join(' ');
}
