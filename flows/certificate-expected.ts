import type { CatalogCredential } from '../src/data/credentials-schema.js';
import type { Role } from '../src/data/roles-schema.js';
import { plainQuestion } from '../src/credentials/credential-question.js';
import { listOf } from '../src/roles/suggest-roles.js';

/**
 * "Is there any free certificate that employers respect?", "is there a free certificate for technical
 * writing?", "any certification worth getting for this?": asked for a certificate in general, none named.
 * Where no credential in the catalog is made for the role, the credential pick has already said that none
 * closes the person's top gaps; the answer must say the same (no certificate is expected, the portfolio piece is what
 * employers look at), not send the person to providers' pages for vouchers. Where the catalog has one,
 * the credential answers speak for it.
 */
const SOME_CERTIFICATE = /\b(?:any|a|some|one|free|good|recogni[sz]ed|respected|known|cheap|official)\b(?: \w+){0,2} (?:certs?|certificates?|certifications?|credentials?|qualifications?)\b/;
const WORTH = /\b(?:free|respect\w*|recogni[sz]\w*|value\w*|worth|accept\w*|count|care about|look for|want|expect\w*|for (?:this|it|that|the (?:job|role)|technical|\w+ing)|should i|do i need|is there|are there)\b/;

export const asksForSomeCertificate = (text: string): boolean => {
  const plain = plainQuestion(text);
  return SOME_CERTIFICATE.test(plain) && WORTH.test(plain);
};

/** The credentials made for the role: when there are any, this answer stays out and the credential answers speak. */
export const credentialsForRole = (credentials: readonly CatalogCredential[], role: Role): CatalogCredential[] => credentials.filter((c) => c.targetRoles.includes(role.id));

export function noCertificateExpectedAnswer(role: Role, topGapNames: readonly string[]): string {
  const gaps = topGapNames.length > 0 ? ` Your top gaps, ${listOf([...topGapNames])}, are learnt by doing, not by a course with a badge.` : '';
  return `No certificate is expected for *${role.name}* jobs: none in my catalog, free or paid, is made for the role, so I will not point you to one and call it respected.${gaps} What employers look at is your work, and the portfolio piece is that: ${role.portfolio.text.replace(/^./, (c) => c.toLowerCase())} It costs nothing but your time, and you can show it in an application and talk it through in an interview.`;
}
