import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { CatalogCredential } from '../data/credentials-schema.js';
import { escapeRegExp } from '../text/escape-regexp.js';

/**
 * "should i skip the associate and go for devops pro": a credential above the catalog's ladder, known
 * by name only (data/credentials-beyond.json). The coach says it is not in its notes (no price, hours
 * or rules), names the provider's page, and says what the catalog knows of the experience expected a
 * step below it: skipping the associate does not skip the hands-on years it already expects.
 */

const beyondSchema = z.object({
  name: z.string().min(1),
  provider: z.string().min(1),
  /** What people type for it, matched as whole words on the lower-cased message. */
  aliases: z.array(z.string().min(1)).min(1),
  /** Catalog ids of the credentials it sits above, the usual step before it first. */
  above: z.array(z.string().min(1)),
  /** What it expects, when a source says so. */
  experience: z.object({ says: z.string().min(1), source: z.string().min(1) }).optional(),
  /** The provider's own page for it, as the person would type it. */
  page: z.string().min(1),
});
const beyondFileSchema = z.object({ notes: z.string(), credentials: z.array(beyondSchema) });
export type BeyondCredential = z.infer<typeof beyondSchema>;

export const DEFAULT_BEYOND_PATH = new URL('../../data/credentials-beyond.json', import.meta.url);
export const loadBeyondCatalog = (path: URL = DEFAULT_BEYOND_PATH): BeyondCredential[] => beyondFileSchema.parse(JSON.parse(readFileSync(path, 'utf8'))).credentials;


/** The credential above the catalog that a message names by one of its aliases, or undefined. */
export function beyondNamed(text: string, beyond: readonly BeyondCredential[]): BeyondCredential | undefined {
  const said = text.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
  return beyond.find((b) => b.aliases.some((alias) => new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(alias.toLowerCase())}(?![a-z0-9])`).test(said)));
}

/**
 * The answer. `below` is the catalog credential it sits above that the conversation is about (the
 * pick on screen), else its usual step before.
 */
export function beyondCatalogAnswer(b: BeyondCredential, below: CatalogCredential | undefined): string {
  const unknown = `*${b.name}* is not in my notes, so I can't give you its price, its study hours or what ${b.provider} asks before you sit it: check ${b.page}.`;
  const expects = b.experience ? ` ${b.experience.says}` : '';
  const step = below?.experience.says
    ? ` It sits above *${below.name}*, the step before it: ${below.experience.says} Skipping ${below.level === 'associate' ? 'the associate' : 'that step'} does not skip that experience, so plan for it before you book the exam above it.`
    : '';
  return `${unknown}${expects}${step}`;
}
