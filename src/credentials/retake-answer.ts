import type { CatalogCredential } from '../data/credentials-schema.js';
import { providerName } from './figure-words.js';
import { formatUsd, toCents } from './money.js';

/**
 * "what if i fail the test?", "can I retake it?", "how many tries do I get": what a retake means for the
 * credentials in question, from the catalog only: the retake fee where it has one (else the exam's own
 * per-attempt fee, which a second attempt pays again), the wait between attempts where it has one, and
 * otherwise where to check. A credential with no exam has nothing to retake. No figure is made up.
 */
const RETAKE =
  /\b(?:retakes?|re-?take|resits?|re-?sit|re-?tests?|(?:second|another|next) (?:attempt|try|go)|how many (?:attempts|tries|times can i))\b|\b(?:fail|failed|failing|flunk|flunked|bomb|don'?t pass|do not pass|doesn'?t go well)\b(?: (?:the|an?|my|this|that|it|first|exam|test))*(?: (?:tests?|exams?|it|certs?|certifications?|quiz|time|try|attempt))?\s*[?!.]*$|\bif i (?:fail|don'?t pass|do not pass)\s*[?!.]*$/;

export const asksRetake = (text: string): boolean => RETAKE.test(text.toLowerCase().replace(/[’‘]/g, "'"));

const hasExam = (c: CatalogCredential) => c.assessment.includes('proctored-exam') || c.assessment.includes('online-exam');

function retakeOf(c: CatalogCredential): string {
  const who = providerName(c);
  const retake = c.costs.find((l) => l.type === 'retake');
  const exams = c.costs.filter((l) => l.type === 'exam' && l.per === 'attempt');
  const fee =
    retake?.amountUsd === 0
      ? 'a retake is free'
      : retake
        ? `a retake costs ${formatUsd(toCents(retake.amountUsd))}`
        : exams[0]
          ? `its exam fee of ${formatUsd(toCents(exams[0].amountUsd))} is per attempt${exams.length > 1 ? ' (each of its exams)' : ''}, so a second try costs that again`
          : `my notes have no retake fee for it`;
  const policy = c.examFormat?.retakePolicy;
  const wait = policy ? ` ${policy.replace(/\.?$/, '.')}` : ` My notes have no wait between attempts for it: check ${who}'s retake policy before you book.`;
  return `*${c.name}*: ${fee}.${wait}`;
}

export function retakeAnswer(credentials: readonly CatalogCredential[]): string {
  const withExam = credentials.filter(hasExam).slice(0, 3);
  const without = credentials.filter((c) => !hasExam(c)).slice(0, 2);
  const lead = 'Failing an exam is not the end of it: you can sit it again.';
  const none = without.map((c) => `*${c.name}* has no exam to book, so there is nothing to retake: you earn it by finishing its course.`);
  if (withExam.length === 0) {
    return none.length > 0 ? `${none.join(' ')} ${lead}` : `${lead} What a retake costs and how long you wait depends on the credential: name one and I'll tell you what my notes have.`;
  }
  return [lead, ...withExam.map(retakeOf), ...none, 'Before you book again, go back over the areas you found hardest.'].join(' ');
}
