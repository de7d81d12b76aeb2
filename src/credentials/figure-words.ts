import type { CatalogCredential, CostLine } from '../data/credentials-schema.js';
import { priceText } from './true-cost.js';

/**
 * Where a figure comes from and how old it is, said in words a person reads: "$253 per attempt,
 * seen on a third-party website, certqna.pages.dev, as of May 2026, not confirmed by CompTIA". The catalog's
 * research fields (file rows, confidence letters, "commonly cited") never reach the person: a
 * figure confirmed on the provider's page says so, one from public sources says what kind of
 * source it was (a third-party website, a copy of the provider's page, a community list) before
 * naming the site, and an unconfirmed figure says it is unconfirmed.
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
const SITE = /\b(?:[a-z0-9-]+\.)+(?:com|org|net|dev|io|edu|pro|co|gov|uk|in|my|us|app|hk)\b/gi;
/** A copy of a page, not the page: a mirror, a README copy, a quote passed on by someone else. */
const COPY = /\b(?:mirror|copy|copies|README)\b/i;

/** The provider's own names, as a web address spells them: "isc2", "hubspot", "scrumalliance", "aws". */
type Who = Pick<CatalogCredential, 'provider'> & Partial<Pick<CatalogCredential, 'partner' | 'vendor'>>;
/** Words in providers' names that name no one in particular ("Scrum.org", "HubSpot Academy"). */
const NO_ONE = new Set(['org', 'com', 'academy', 'cloud', 'the', 'of', 'and', 'inc', 'foundation', 'institute']);

function ownNames(credential: Who): Set<string> {
  const names = [credential.provider, credential.partner ?? '', credential.vendor ?? ''].map((n) => n.replace(/\s*\(.*\)\s*/g, ' ').toLowerCase());
  return new Set(names.flatMap((n) => [n.replace(/[^a-z0-9]/g, ''), ...n.split(/[^a-z0-9]+/)]).filter((w) => w.length > 1 && !NO_ONE.has(w)));
}

/** "cloud.google.com" is Google's own site: one of its labels is the provider's name ("pmi-uny.org", a chapter, is not PMI's). */
const ownSite = (site: string, own: ReadonlySet<string>): boolean => site.toLowerCase().split('.').slice(0, -1).some((label) => own.has(label));

/**
 * Where a cost line's figure was seen, and when, as a reader would name it: "CompTIA's own page,
 * as of May 2026", "seen on a third-party website, certqna.pages.dev, as of May 2026, not confirmed
 * by CompTIA", "seen on a copy of AWS's own page". A web address is never the whole answer: it
 * follows words saying what kind of source it is. The catalog's raw `source` stays in the data.
 */
export function lineSource(line: CostLine, credential: Who): string {
  const who = providerName(credential);
  const when = line.undated ? `undated, read in ${line.asOf}` : `as of ${asOfWords(line.asOf)}`;
  const unconfirmed = `${when}, not confirmed by ${who}`;
  if (line.verifiedOnProviderPage) return `${who}'s own page, ${when}`;
  if (line.confidence === 'U') return `a commonly quoted figure I could not confirm, ${when}`;
  if (line.seenOn) return `seen on ${line.seenOn}, ${unconfirmed}`;
  const sites = [...line.source.matchAll(SITE)].map((m) => m[0].toLowerCase());
  const own = ownNames(credential);
  const [first] = sites;
  const copy = COPY.test(line.source);
  if ((first && ownSite(first, own)) || (copy && [...own].some((name) => line.source.toLowerCase().includes(name)))) {
    return copy ? `seen on a copy of ${who}'s own page, ${when}, not checked on ${who}'s site itself` : `${who}'s own site, ${when}, not rechecked there since`;
  }
  if (/\bGitHub\b/.test(line.source) && !first) return `seen in a community list on GitHub, ${unconfirmed}`;
  if (!first) return `from public sources, ${unconfirmed}`;
  const kind = line.weakSource ? 'a less reliable website,' : sites.length > 1 ? 'third-party websites such as' : 'a third-party website,';
  return `seen on ${kind} ${first}, ${unconfirmed}`;
}

/**
 * Where an undated fact (an exam's format) was seen, as a reader would name it: "CompTIA's own
 * page", "seen on a third-party website, onlc.com, not confirmed by CompTIA". The same kinds of
 * source as lineSource, without a date the catalog does not keep for it.
 */
export function factSource(fact: { readonly source: string; readonly confidence: string }, credential: Who): string {
  const who = providerName(credential);
  const sites = [...fact.source.matchAll(SITE)].map((m) => m[0].toLowerCase());
  const own = ownNames(credential);
  const [first] = sites;
  const copy = COPY.test(fact.source);
  if (fact.confidence === 'U') return `a commonly quoted figure I could not confirm`;
  if ((first && ownSite(first, own)) || (copy && [...own].some((name) => fact.source.toLowerCase().includes(name)))) {
    return copy ? `seen on a copy of ${who}'s own page` : `${who}'s own site`;
  }
  if (/\bGitHub\b/.test(fact.source) && !first) return `seen in a community list on GitHub, not confirmed by ${who}`;
  if (!first) return `from public sources, not confirmed by ${who}`;
  return `seen on ${sites.length > 1 ? 'third-party websites such as' : 'a third-party website,'} ${first}, not confirmed by ${who}`;
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
