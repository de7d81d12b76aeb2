import type { CoachData } from '../src/coach-data.js';
import type { OffScriptQuestion, OffScriptReply } from '../src/engine/off-script.js';
import { cheapestToLearn } from '../src/credentials/cheaper-answers.js';
import { readLearnAsk, readNotCarried } from '../src/credentials/credential-question.js';
import { plain } from '../src/credentials/credential-words.js';
import { providerName } from '../src/credentials/figure-words.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { anotherAnswer, enoughToHireAnswer, heldAnswer } from './held-answers.js';
import type { CredentialFinder } from './named-credentials.js';
import { credentialMeant } from './need-credential.js';
import type { QuestionAsker } from './off-script-asker.js';
import { jobStrengths } from '../src/skills/job-strengths.js';
import { personReaderOf } from '../src/skills/read-person.js';
import { asksAnother, asksBackgroundCounts, asksRealistic, asksCoding, asksEnoughToHire, asksHeldValue, asksQualified, saysConfidenceWorry, saysHolding } from './person-asides.js';
import { backgroundAnswer, codingAnswer, confidenceAnswer, qualifiedAnswer, realisticAnswer, type CodeSkill, type PersonSaid } from './person-answers.js';
import { hiringAsides } from './hiring-asides.js';
import { profileOf } from './profile.js';

/**
 * The off-script answers about the person (flows/off-script-answers.ts asks these first, before any
 * credential reading of the same words): a credential they hold, whether one is enough to be hired,
 * whether they are qualified yet, whether the role needs code, and a worry about being taken
 * seriously. Each returns undefined when its words are not there, so the other answers go on.
 */
export type PersonAnswer = (q: OffScriptQuestion) => OffScriptReply | undefined;

const answered = (text: string): OffScriptReply => ({ text, answered: true });
/** Short lowercase words that are also a language's name ("go", "c", "r") are read only when typed as a name. */
const NAME_OF_LANGUAGE = /^(?:[A-Z]\w*|\w{3,}\+*#*)$/;

export function personAnswers(data: CoachData, asker: QuestionAsker, finder: CredentialFinder): PersonAnswer {
  const { catalog, credentials, skillName } = data;
  const languages: CodeSkill[] = catalog.skills.skills.filter((s) => s.category === 'language').map((s) => ({ id: s.id, name: s.name }));

  function personOf(q: OffScriptQuestion): PersonSaid {
    const profile = profileOf(q.ctx);
    return {
      report: profile.gapReport,
      skills: profile.skills ?? [],
      currentRole: profile.currentRole,
      yearsExperience: profile.yearsExperience,
      heldNames: (profile.credentialsHeld ?? []).flatMap((h) => credentials.byId.get(h.id)?.name ?? []),
      skillName,
    };
  }

  /** The credentials the message names that the person holds ("the google certificate" by its provider), when it names no other. */
  function heldNamed(q: OffScriptQuestion): CatalogCredential | undefined {
    const held = new Set((profileOf(q.ctx).credentialsHeld ?? []).map((h) => h.id));
    if (held.size === 0) return undefined;
    const named = finder.named(q.text);
    if (named.length > 0) return named.every((c) => held.has(c.id)) ? named[0] : undefined;
    const ofProvider = finder.byProvider(q.text).filter((c) => held.has(c.id));
    return ofProvider.length === 1 ? ofProvider[0] : undefined;
  }

  /** Their gap report for the role asked about was read from postings they pasted. */
  const pasted = (q: OffScriptQuestion) => {
    const report = profileOf(q.ctx).gapReport;
    return report?.source === 'postings' && report.role === asker.roleOf(q)?.id;
  };

  const held: PersonAnswer = (q) => {
    if (!asksHeldValue(q.text) && !saysHolding(q.text)) return undefined;
    const c = heldNamed(q);
    return c ? answered(heldAnswer(c, asker.askerOf(q), asker.world, asker.roleOf(q), asker.onScreen(q), pasted(q))) : undefined;
  };

  /** "do i need another certificate?": none named, so about needing more at all. */
  const another: PersonAnswer = (q) => {
    if (!asksAnother(q.text) || finder.named(q.text).length > 0) return undefined;
    const heldOnes = (profileOf(q.ctx).credentialsHeld ?? []).flatMap((h) => credentials.byId.get(h.id) ?? []);
    return answered(anotherAnswer(heldOnes, asker.askerOf(q), asker.world, asker.onScreen(q), pasted(q)));
  };

  const enough: PersonAnswer = (q) => {
    if (!asksEnoughToHire(q.text)) return undefined;
    const who = asker.askerOf(q);
    const c = credentialMeant(finder.named(q.text), who, asker.world);
    return answered(enoughToHireAnswer(c, who, asker.world, asker.roleOf(q), pasted(q)));
  };

  const qualified: PersonAnswer = (q) => (asksQualified(q.text) ? answered(qualifiedAnswer(personOf(q), asker.roleOf(q))) : undefined);

  const coding: PersonAnswer = (q) => {
    if (!asksCoding(q.text)) return undefined;
    const named = q.text.split(/[^\w+#]+/).filter((w) => NAME_OF_LANGUAGE.test(w));
    const asked = languages.find((l) => named.some((w) => catalog.skills.findSkills(w).some((s) => s.id === l.id)));
    return answered(codingAnswer(personOf(q), asker.roleOf(q), languages, asked));
  };

  const confidence: PersonAnswer = (q) => (saysConfidenceWorry(q.text) ? answered(confidenceAnswer(personOf(q), asker.roleOf(q))) : undefined);

  /** "would my legal background count for anything?": the strengths their job shows and the work they said, from their gap report. */
  const background: PersonAnswer = (q) => {
    if (!asksBackgroundCounts(q.text)) return undefined;
    const profile = profileOf(q.ctx);
    const job = profile.currentRoleSaid ?? profile.currentRole;
    const said = new Set((profile.skills ?? []).map((s) => s.skill));
    const fromJob = job ? jobStrengths(personReaderOf(data), catalog.skills, job, said) : [];
    return answered(backgroundAnswer(personOf(q), asker.roleOf(q), fromJob));
  };

  /**
   * "what is the cheapest way to learn ISO 27001?": about the skill named, read before the credential answers,
   * which would otherwise take "cheapest" as "a credential cheaper than the ones shown" for the person's gaps.
   */
  const learnCheaply: PersonAnswer = (q) => {
    const ask = readLearnAsk(q.text);
    if (!ask) return undefined;
    const words = ask.words.split(' ');
    // The longest run of its first words the skill catalog knows: "iso 27001" before "iso".
    const found = [3, 2, 1].flatMap((n) => (n <= words.length ? catalog.skills.findSkills(words.slice(0, n).join(' ')).map((skill) => ({ skill, said: words.slice(0, n).join(' ') })) : []))[0];
    if (!found) return undefined;
    // Named as they typed it ("ISO 27001"), not as read in lower case.
    const typed = new RegExp(found.said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\W+'), 'i').exec(q.text)?.[0] ?? found.said;
    return answered(cheapestToLearn(found.skill.id, typed, asker.askerOf(q), asker.world, ask.free));
  };

  /** "Is CISA realistic for someone like me?": what the credential named asks first, against their years and work. */
  const realistic: PersonAnswer = (q) => {
    if (!asksRealistic(q.text)) return undefined;
    const [c] = finder.named(q.text);
    if (c) {
      // A rule without its research marker is a sentence of its own: "18–24 months in a data role."
      const rules = [...c.prerequisites, ...c.recommendedExperience].map((r) => plain(r).trim().replace(/([^.!?])$/, '$1.')).filter((r) => r !== '.');
      return answered(realisticAnswer(personOf(q), { name: `*${c.name}*`, rules, sourced: true, checkAt: `${providerName(c)}'s page` }));
    }
    const other = readNotCarried(q.text, credentials.notCarried);
    return other ? answered(realisticAnswer(personOf(q), { name: other.name, rules: [], sourced: false, checkAt: other.checkAt })) : undefined;
  };

  // A held credential asked about ("does my security+ count") before the background in general.
  const all = [held, another, enough, realistic, qualified, coding, confidence, background, learnCheaply, hiringAsides(data, asker, finder)];
  const one = (q: OffScriptQuestion): OffScriptReply | undefined => {
    for (const answer of all) {
      const reply = answer(q);
      if (reply) return reply;
    }
    return undefined;
  };

  // "Is CISA realistic for me? Would my legal background count?": each question answered in turn, and one
  // these answers do not cover said back to be asked on its own, never silently dropped.
  return (q) => {
    const parts = questionsIn(q.text);
    if (parts.length < 2) return one(q);
    const replies = parts.map((text) => ({ text, reply: one({ ...q, text }) }));
    const known = replies.filter((r) => r.reply);
    if (known.length === 0) return undefined;
    const left = replies.filter((r) => !r.reply).map((r) => `"${r.text}"`);
    const later = left.length > 0 ? `\n\nYou also asked ${left.join(' and ')}: ask me that on its own and I'll answer it.` : '';
    return answered(`${known.map((r) => r.reply?.text).join('\n\n')}${later}`);
  };
}

/** The questions of one message, each ended by its question mark ("Is CISA realistic? Would my background count?"). */
export function questionsIn(text: string): string[] {
  const parts = text.split(/(?<=\?)\s+/).map((p) => p.trim()).filter((p) => p.length > 0);
  return parts.filter((p) => p.endsWith('?')).length >= 2 ? parts : [text];
}
