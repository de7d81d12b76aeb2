import type { CatalogCredential, CostLine } from '../data/credentials-schema.js';
import { priceText } from './true-cost.js';

/**
 * Where a figure comes from and how old it is, said in words a person reads: "$253 per attempt,
 * seen on certqna.pages.dev in May 2026, not confirmed on CompTIA's own page". The catalog's
 * research fields (file rows, confidence letters, "commonly cited") never reach the person: a
 * figure confirmed on the provider's page says so, one from public sources names the site it was
 * seen on when the source names one, and an unconfirmed figure says it is unconfirmed.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "May 2026" for 2026-05 or 2026-05-27, "2026" for a year. */
export function asOfWords(asOf: string): string {
  const [year, month] = asOf.split('-');
  const name = month ? MONTHS[Number(month) - 1] : undefined;
  return name ? `${name} ${year}` : `${year}`;
}

/** "Tableau" for "Tableau (Salesforce)", "Harvard" for "Harvard (CS50 / edX)": the name a person knows. */
export const providerName = (credential: Pick<CatalogCredential, 'provider'>): string => credential.provider.replace(/\s*\(.*\)\s*/g, ' ').trim();

/** A public web address in a source note ("certqna.pages.dev"), not a research file ("credential-facts.md"). */
const SITE = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|dev|io|edu|pro|co|gov|uk|in|my|us)\b/i;

/** Where a cost line's figure was seen, and when: "CompTIA's own page, as of May 2026" or "seen on certqna.pages.dev, as of May 2026, not confirmed by CompTIA". */
export function lineSource(line: CostLine, credential: Pick<CatalogCredential, 'provider'>): string {
  const who = providerName(credential);
  const when = line.undated ? `undated, read in ${line.asOf}` : `as of ${asOfWords(line.asOf)}`;
  if (line.verifiedOnProviderPage) return `${who}'s own page, ${when}`;
  if (line.confidence === 'U') return `a commonly quoted figure I could not confirm, ${when}`;
  const site = SITE.exec(line.source)?.[0];
  const where = site ? `seen on ${site.toLowerCase()}` : 'from public sources';
  return `${where}${line.weakSource ? ', a weak source' : ''}, ${when}, not confirmed by ${who}`;
}

const LINE_WORDS: Readonly<Record<CostLine['type'], string>> = {
  'one-off': 'the price',
  subscription: 'the subscription',
  exam: 'the exam',
  retake: 'a retake',
  reschedule: 'rescheduling',
  lab: 'labs',
  renewal: 'renewal',
  membership: 'membership',
  application: 'the application fee',
  course: 'the course',
  certificate: 'the certificate',
};

/** One amount in words: "$405 per attempt for PMI members", "free", "2 exams at $253 per attempt each". */
function amountWords(line: CostLine, count: number): string {
  // "$25 a year on a 3-year cycle": no brackets, since the source follows in brackets.
  const price = line.amountUsd === 0 ? 'free' : priceText(line).replace(/ \((\d+)-year cycle\)/, ' on a $1-year cycle');
  const what = count > 1 ? `${count} ${line.type === 'exam' ? 'exams' : `${LINE_WORDS[line.type]} lines`} at ${price} each` : `${LINE_WORDS[line.type]} ${price === 'free' ? 'is free' : price}`;
  const who = line.condition ? (/^(?:under|with|without|if|when|through|via|by|for|after|before|on)\b/i.test(line.condition) ? ` ${line.condition}` : ` for ${line.condition}`) : '';
  return `${what}${who}${line.optional ? ', only if needed' : ''}`;
}

/**
 * The cost lines of a credential in words, each group of lines from one source followed by that
 * source once: "the exam $405 per attempt for PMI members, the exam $555 per attempt for
 * non-members (seen on pmi-uny.org, undated, read in 2026; not confirmed by PMI)". Identical lines
 * (the A+ has two exams) are said once with their count.
 */
export function costLinesWords(credential: CatalogCredential, keep: (line: CostLine) => boolean = () => true): string[] {
  const bySource = new Map<string, { source: string; lines: Map<string, { line: CostLine; count: number }> }>();
  for (const line of credential.costs.filter(keep)) {
    const source = lineSource(line, credential);
    const group = bySource.get(source) ?? { source, lines: new Map() };
    bySource.set(source, group);
    const key = `${line.type}|${line.amountUsd}|${line.per ?? ''}|${line.condition ?? ''}`;
    const same = group.lines.get(key);
    if (same) same.count += 1;
    else group.lines.set(key, { line, count: 1 });
  }
  return [...bySource.values()].map((g) => `${[...g.lines.values()].map((l) => amountWords(l.line, l.count)).join(', ')} (${g.source})`);
}

/** The provenance of a total made of several lines, said once: the largest line's source, and "latest" when dates differ. */
export function totalSource(credential: CatalogCredential, keep: (line: CostLine) => boolean = () => true): string | undefined {
  const lines = credential.costs.filter(keep).filter((l) => l.amountUsd > 0);
  const largest = [...lines].sort((a, b) => b.amountUsd - a.amountUsd)[0];
  if (!largest) return undefined;
  const others = lines.some((l) => lineSource(l, credential) !== lineSource(largest, credential));
  return `${lineSource(largest, credential)}${others ? ', with other figures from other sources' : ''}`;
}
