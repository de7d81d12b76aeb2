import { z } from 'zod';

/**
 * The shape of data/skills.json. Messages are written as what was expected, because the
 * loader prints them after the field and the value it found: `category is "software",
 * expected one of tool, language, ...`.
 */

export const SKILL_CATEGORIES = ['tool', 'language', 'platform', 'method', 'domain', 'soft'] as const;
export type SkillCategory = (typeof SKILL_CATEGORIES)[number];

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A non-empty string without leading or trailing spaces. */
export const text = (what = 'a non-empty string') =>
  z
    .string({ error: what })
    .min(1, { error: what })
    .refine((value) => value.trim() === value, { error: `${what} without leading or trailing spaces` });

export const idSchema = z
  .string({ error: 'a kebab-case id string, for example "power-bi"' })
  .regex(KEBAB, { error: 'a kebab-case id (lowercase letters and digits joined by single hyphens), for example "power-bi"' });

export const skillSchema = z.strictObject({
  id: idSchema,
  name: text('a display name'),
  category: z.enum(SKILL_CATEGORIES, { error: `one of ${SKILL_CATEGORIES.join(', ')}` }),
  /** Other strings meaning this skill in postings and resumes. The name is a match form too and is not repeated. */
  aliases: z.array(text('an alias string'), { error: 'a list of alias strings (it may be empty)' }),
  /** Skill ids this skill is evidence of: a PostgreSQL user knows SQL. */
  broader: z.array(idSchema, { error: 'a list of skill ids' }).optional(),
  /** Forms (the name or aliases) that count only with exactly this capitalisation. */
  caseSensitive: z.array(text('a form of this skill'), { error: 'a list of forms of this skill' }).optional(),
  /** Forms too ambiguous to count without another skill or a technical word nearby. */
  needsContext: z.array(text('a form of this skill'), { error: 'a list of forms of this skill' }).optional(),
  /** Phrases containing a form in which it does not mean this skill ("R&D", "go-to-market"). */
  avoid: z.array(text('a phrase'), { error: 'a list of phrases' }).optional(),
  /**
   * An industry or business function an employer works in (healthcare, legal, retail): in a
   * posting it is a demand only when experience in it is asked for, because "our hospital
   * clients" says where the job is, not what the hire must bring.
   */
  industry: z.literal(true, { error: 'true, or leave it out' }).optional(),
  /**
   * Held, not learnt, like a credential (a security clearance): a strength when the person has it,
   * never a skill to study when they do not.
   */
  asset: z.literal(true, { error: 'true, or leave it out' }).optional(),
  note: text('a note').optional(),
});

export const onetAttributionSchema = z.strictObject({
  text: text('the attribution text to show users').refine((value) => value.includes('O*NET') && value.includes('CC BY 4.0'), {
    error: 'an attribution that names O*NET and the CC BY 4.0 license',
  }),
  license: z.literal('CC BY 4.0', { error: '"CC BY 4.0"' }),
  licenseUrl: z.url({ error: 'a URL of the license text' }),
  source: text('where the wording comes from'),
  changes: text('what Pivot Coach changed').optional(),
});

export const skillsFileSchema = z.strictObject({
  version: z.literal(1, { error: '1' }),
  notes: z.array(text('a note'), { error: 'a list of notes' }).min(1, { error: 'at least one note (the judgment calls)' }),
  attribution: z.strictObject({ onet: onetAttributionSchema }),
  skills: z.array(skillSchema, { error: 'a list of skills' }).min(1, { error: 'at least one skill' }),
});

export type Skill = z.infer<typeof skillSchema>;
export type SkillsFile = z.infer<typeof skillsFileSchema>;
export type OnetAttribution = z.infer<typeof onetAttributionSchema>;
