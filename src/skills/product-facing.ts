import { escapeRegExp } from '../text/escape-regexp.js';
/**
 * "customer-facing web application", "client-facing portal": an "-facing" word describes the noun it
 * stands before. Before a product it says who uses the product, not that the hire serves customers;
 * before the role ("customer-facing role", "client-facing work") it is the demand it reads as.
 * A table of product nouns, not logic: extract-skills.ts asks this of every "-facing" form it finds.
 */

/** Things built and shipped, which the hire works on rather than stands in front of customers as. */
export const PRODUCT_NOUNS = [
  'application', 'applications', 'app', 'apps', 'website', 'websites', 'site', 'sites', 'web site', 'portal', 'portals',
  'system', 'systems', 'software', 'product', 'products', 'platform', 'platforms', 'tool', 'tools', 'tooling',
  'interface', 'interfaces', 'ui', 'dashboard', 'dashboards', 'feature', 'features', 'page', 'pages', 'api', 'apis',
  'database', 'databases', 'codebase', 'release', 'releases', 'build', 'builds',
] as const;

/** Words that end the phrase the "-facing" word describes: what follows them is another phrase. */
const BREAK = new Set(['and', 'or', 'with', 'in', 'to', 'for', 'of', 'on', 'as', 'at', 'by', 'the', 'a', 'an', 'our', 'your']);
/** Describing words a product noun may follow ("web", "mobile", "ios"): at most this many. */
const MAX_MODIFIERS = 2;

const PRODUCT_AHEAD = new RegExp(`^(?:${[...PRODUCT_NOUNS].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})\\b`);

/**
 * Whether the "-facing" form found at [start, end) of `lower` (the text lower-cased) describes a
 * product: a product noun follows within a few describing words, with no break word between.
 * Any other form is left alone.
 */
export function describesProduct(lower: string, start: number, end: number): boolean {
  if (!/facing$/.test(lower.slice(start, end))) return false;
  let rest = lower.slice(end);
  for (let i = 0; i <= MAX_MODIFIERS; i++) {
    const gap = /^[ \t-]+/.exec(rest);
    if (!gap) return false;
    rest = rest.slice(gap[0].length);
    if (PRODUCT_AHEAD.test(rest)) return true;
    const word = /^[a-z0-9.+#/]+/.exec(rest)?.[0];
    if (!word || BREAK.has(word)) return false;
    rest = rest.slice(word.length);
  }
  return false;
}
