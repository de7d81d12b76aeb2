import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * Whether a job title says the person manages or leads (a marketing manager, an airline captain, a
 * crew chief): the words are data/leading-titles.json, read once when first asked and checked with zod.
 */

const titlesSchema = z.strictObject({
  version: z.literal(1),
  note: z.string().min(1),
  source: z.string().min(1),
  asOf: z.string().min(4),
  titles: z.array(z.string().min(2)).min(1),
});

const FILE = new URL('../../data/leading-titles.json', import.meta.url);
let pattern: RegExp | undefined;


/** The words as one whole-word pattern, any case, an optional plural, a space in a title as any run of spaces or hyphens. */
export function leadingTitlePattern(titles?: readonly string[]): RegExp {
  if (!titles && pattern) return pattern;
  const words = titles ?? titlesSchema.parse(JSON.parse(readFileSync(FILE, 'utf8'))).titles;
  const alternatives = [...words].sort((a, b) => b.length - a.length).map((t) => escapeRegExp(t.trim()).replace(/\s+/g, '[\\s-]+'));
  const built = new RegExp(`(?<![A-Za-z0-9])(?:${alternatives.join('|')})s?(?![A-Za-z0-9])`, 'i');
  if (!titles) pattern = built;
  return built;
}

/** "airline captain", "Crew chief", "office manager": a title of someone who manages or leads. */
export function isLeadingTitle(title: string | undefined): boolean {
  return title !== undefined && leadingTitlePattern().test(title);
}
