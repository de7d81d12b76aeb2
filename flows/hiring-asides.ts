import type { CoachData } from '../src/coach-data.js';
import type { OffScriptQuestion, OffScriptReply } from '../src/engine/off-script.js';
import { asksForSomeCertificate, credentialsForRole, noCertificateExpectedAnswer } from './certificate-expected.js';
import { asksAboutLanguage, languageAnswer, languageFacts } from './language-answer.js';
import type { CredentialFinder } from './named-credentials.js';
import type { QuestionAsker } from './off-script-asker.js';
import { confidenceAnswer } from './person-answers.js';
import { profileOf } from './profile.js';

/**
 * "will they hire a truck driver for this", "would a company hire an ex-teacher?", "do employers hire nurses
 * for IT jobs": being hired asked about as the kind of worker they are, not about a credential.
 */
const HIRE_A =
  /(?:^|[.!?,]\s*)(?:(?:but|and|so|ok|okay|honestly|really|realistically|seriously) )?(?:will|would|do|does|could|can|might) (?:they|anyone|anybody|employers|companies|a company|an employer|people|recruiters|hiring managers|tech companies|these companies|places)(?: even| ever| really| actually)? (?:hire|take on|take|employ|consider|want) (?:an? (?:ex-?|former |old |retired )?[a-z][\w-]*(?: [a-z][\w-]*){0,2}|(?:ex-?|former |retired )[a-z][\w-]*(?: [a-z][\w-]*){0,2}|[a-z]+(?:ers|ors|ists|ians|ses|ants|ents|ics))(?: (?:like me|for (?:this|that|it|these|those|the (?:job|role|jobs|roles)|an? [\w ]{1,25}|it jobs?|tech jobs?)|in (?:it|tech|this field)))?\s*[?!.]*$/;
export const asksHireSomeoneLike = (text: string): boolean => HIRE_A.test(text.toLowerCase().replace(/[’‘]/g, "'").trim());

/**
 * Questions about how employers will see the person, answered from what they said and from the
 * catalog: a worry about their English, and a certificate in general where none is made for the
 * role. One hook for flows/off-script-person.ts; undefined when the words are not there (or, for a
 * certificate, when the catalog has one for the role), so the other answers go on.
 */
export function hiringAsides(data: CoachData, asker: QuestionAsker, finder: CredentialFinder): (q: OffScriptQuestion) => OffScriptReply | undefined {
  const { credentials, skillName } = data;

  const language = (q: OffScriptQuestion): string | undefined => {
    // "My English is not native. Is this a problem?": the worry is often said before the question.
    if (!asksAboutLanguage(`${q.rest} ${q.text}`)) return undefined;
    const role = asker.roleOf(q);
    return languageAnswer(languageFacts(profileOf(q.ctx), role), role);
  };

  const certificate = (q: OffScriptQuestion): string | undefined => {
    const role = asker.roleOf(q);
    if (!role || !asksForSomeCertificate(q.text) || finder.named(q.text).length > 0) return undefined;
    if (credentialsForRole(credentials.credentials, role).length > 0) return undefined;
    // "is there a free certificate for SQL?" asks about a skill some credential teaches: the credential answers speak for it.
    const named = new Set(data.extractor.extract(q.text).map((m) => m.skill));
    if (credentials.credentials.some((c) => c.skills.some((s) => named.has(s)))) return undefined;
    const report = profileOf(q.ctx).gapReport;
    const top = report?.role === role.id ? report.gaps.slice(0, 3) : [];
    return noCertificateExpectedAnswer(role, top.map((g) => g.name ?? skillName(g.skill)));
  };

  /** "will they hire a truck driver for this": how to be hired as who they are, from their own record. */
  const someoneLike = (q: OffScriptQuestion): string | undefined => {
    if (!asksHireSomeoneLike(q.text)) return undefined;
    const profile = profileOf(q.ctx);
    const heldNames = (profile.credentialsHeld ?? []).flatMap((h) => credentials.byId.get(h.id)?.name ?? []);
    const person = { report: profile.gapReport, skills: profile.skills ?? [], currentRole: profile.currentRole, yearsExperience: profile.yearsExperience, heldNames, skillName };
    return confidenceAnswer(person, asker.roleOf(q));
  };

  return (q) => {
    const text = language(q) ?? someoneLike(q) ?? certificate(q);
    return text ? { text, answered: true } : undefined;
  };
}
