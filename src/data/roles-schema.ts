import { z } from 'zod';
import { idSchema, onetAttributionSchema, text } from './skills-schema.js';

/** The shape of data/roles.json. Cross-file checks (skill ids, weights) live in load-data.ts. */

export const CONFIDENCES = ['V', 'S', 'U'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

export const confidenceSchema = z.enum(CONFIDENCES, {
  error: '"V" (confirmed on the source page), "S" (secondary sources only) or "U" (unverified)',
});

const onetSocCode = z
  .string({ error: 'an O*NET-SOC code like "15-1252.00"' })
  .regex(/^\d{2}-\d{4}\.\d{2}$/, { error: 'an O*NET-SOC code like "15-1252.00"' });

export const socEntrySchema = z.strictObject({
  code: onetSocCode,
  title: text('the O*NET occupation title'),
  /** mapped: O*NET maps the job title to this occupation; related: used only for skills or context. */
  relation: z.enum(['mapped', 'related'], { error: '"mapped" or "related"' }),
  viaTitle: text('the O*NET alternate title that maps here').optional(),
  note: text('a note').optional(),
});

export const payFigureSchema = z.strictObject({
  occupation: z.strictObject({
    soc: z
      .string({ error: 'a BLS SOC code like "15-1252"' })
      .regex(/^\d{2}-\d{4}$/, { error: 'a BLS SOC code like "15-1252"' })
      .optional(),
    title: text('the occupation the figure is for'),
  }),
  amountUsd: z
    .int({ error: 'a whole number of US dollars a year, for example 133080' })
    .min(10_000, { error: 'an annual wage in US dollars (at least 10000)' })
    .max(1_000_000, { error: 'an annual wage in US dollars (at most 1000000)' }),
  asOf: z
    .string({ error: 'the survey date, for example "May 2024 OEWS"' })
    .regex(/^May \d{4} OEWS$/, { error: 'the survey date in the form "May 2024 OEWS"' }),
  confidence: confidenceSchema,
  source: text('where the figure was seen'),
  refreshFrom: text('the page to refresh the figure from').optional(),
  note: text('a note').optional(),
});

const officialPaySchema = z.strictObject({
  kind: z.literal('official'),
  ...payFigureSchema.shape,
  /** Older figures, e.g. a May 2023 median seen directly on bls.gov. */
  fallback: z.array(payFigureSchema).default([]),
  /** Figures for neighbouring occupations (other mapped occupations, proxies). */
  related: z.array(payFigureSchema).default([]),
});

const proxyPaySchema = z.strictObject({
  kind: z.literal('proxy'),
  note: text('why there is no official figure and how to present the proxies'),
  proxies: z.array(payFigureSchema).min(1, { error: 'at least one proxy figure' }),
  fallback: z.array(payFigureSchema).default([]),
});

const noPaySchema = z.strictObject({
  kind: z.literal('none'),
  note: text('what to tell users instead of a figure'),
  looseProxies: z.array(payFigureSchema).default([]),
});

export const paySchema = z.discriminatedUnion('kind', [officialPaySchema, proxyPaySchema, noPaySchema], {
  error: 'a pay object whose kind is "official", "proxy" or "none"',
});

const wageUsd = (what: string) =>
  z
    .int({ error: `${what}: a whole number of US dollars a year` })
    .min(10_000, { error: `${what}: an annual wage in US dollars (at least 10000)` })
    .max(1_000_000, { error: `${what}: an annual wage in US dollars (at most 1000000)` });

/**
 * Entry-level pay for the ROI: BLS publishes no entry wage, so the 25th percentile of the
 * nearest occupation stands for a typical starting point and the 10th for the low end
 * (../shared/reference/entry-pay.md). `says` names the occupation in words for the user; kind
 * "none" is a role with no figure, and says so instead of one.
 */
export const entryPaySchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('percentiles'),
      occupation: z.strictObject({
        soc: z.string({ error: 'a BLS SOC code like "15-1252"' }).regex(/^\d{2}-\d{4}$/, { error: 'a BLS SOC code like "15-1252"' }),
        title: text('the occupation the figures are for'),
      }),
      /** The occupation is a neighbour standing in for the role, not the role itself. */
      proxy: z.boolean({ error: 'true or false' }),
      says: text('the occupation in words for the user'),
      p10Usd: wageUsd('the 10th percentile'),
      p25Usd: wageUsd('the 25th percentile'),
      medianUsd: wageUsd('the median'),
      asOf: z.string({ error: 'the survey date, for example "May 2024 OEWS"' }).regex(/^May \d{4} OEWS$/, { error: 'the survey date in the form "May 2024 OEWS"' }),
      confidence: confidenceSchema,
      source: text('where the figures were seen'),
      refreshFrom: text('the page to refresh the figures from').optional(),
    }),
    z.strictObject({ kind: z.literal('none'), says: text('what to tell users instead of a figure') }),
  ],
  { error: 'an entryPay object whose kind is "percentiles" or "none"' },
);

export const sourcedNoteSchema = z.strictObject({
  text: text('the note'),
  confidence: confidenceSchema,
  source: text('where it comes from'),
});

/** A role's degree note: `text` is the research note with its sources; `says` is what the coach tells the person. */
export const degreeNoteSchema = sourcedNoteSchema.extend({
  says: text('what the coach tells the person about degrees for this role, written to them in full sentences'),
});

export const outlookSchema = z.strictObject({
  occupation: text('the occupation the projection is for'),
  growthPct: z.number({ error: 'a growth percentage, for example 15' }),
  period: text('the projection period, for example "2024–34"'),
  confidence: confidenceSchema,
  source: text('where it comes from'),
  note: text('a note').optional(),
});

export const roleSkillSchema = z.strictObject({
  skill: idSchema,
  weight: z.number({ error: 'a number from 0 to 1' }).min(0, { error: 'a number from 0 to 1' }).max(1, { error: 'a number from 0 to 1' }),
  /** In the O*NET 29.2 In-Demand list for this role (onetSkillLists). */
  onet: z.boolean({ error: 'true or false' }).default(false),
  /** Row numbers in credential-facts.md Table 1 that teach this skill and target this role. */
  credentials: z.array(z.int({ error: 'a credential row number' }).min(1, { error: 'a credential row number' })).default([]),
  /**
   * A core competency: what entry-level hiring into the role turns on, as opposed to a common
   * tool. It ranks a gap above an equally weighted, equally asked-for one; it never changes the
   * weight. Its source stays beside it.
   */
  core: z.strictObject({ source: text('where the claim that this is a core competency comes from') }, { error: 'an object {source}' }).optional(),
  /**
   * Skills that meet this demand as well as it does, so either counts ("a scripting language":
   * Bash, Python or PowerShell). Any of them listed for the role on its own folds into this one.
   */
  alternatives: z.array(idSchema, { error: 'a list of skill ids' }).optional(),
  /**
   * Where a weight that neither O*NET nor a credential supports comes from: the team's judgement,
   * said as such, with its basis. Core competencies carry theirs in `core.source`.
   */
  source: text('the basis of this weight (for example "team\'s judgement: ...")').optional(),
});

/** A job title we do not treat as the role itself, but as close to it, with why (for unknown-role suggestions). */
export const relatedTitleSchema = z.strictObject({
  title: text('a job title that is close to this role but not the same job'),
  reason: text('one line saying why this role is close to it'),
});

export const roleSchema = z.strictObject({
  id: idSchema,
  name: text('a display name'),
  aliases: z.array(text('a job title'), { error: 'a list of job titles' }).min(1, { error: 'at least one job title' }),
  soc: z.array(socEntrySchema, { error: 'a list of O*NET occupations' }),
  /**
   * The wider role this one is a kind of (a SOC analyst is a cybersecurity analyst), with the basis: a
   * credential made for the wider role is made for this one too, never "made for another role".
   */
  kindOf: z.strictObject({ role: idSchema, basis: text('one line saying why this role is a kind of that one, with its source') }).optional(),
  /** Which occupations' In-Demand technology skills the onet flags refer to. */
  onetSkillLists: z.array(onetSocCode, { error: 'a list of O*NET-SOC codes' }),
  skills: z.array(roleSkillSchema, { error: 'a list of {skill, weight}' }).min(5, { error: 'at least 5 skills' }),
  pay: paySchema,
  /** For the ROI; a role without it has no entry-level figure. */
  entryPay: entryPaySchema.optional(),
  outlook: z.array(outlookSchema).default([]),
  /** What BLS says about typical entry education, where it says a degree is typical. Not a legal rule. */
  degreeNote: degreeNoteSchema.optional(),
  /** Editorial hints for suggesting roles ("likes puzzles with numbers"), not statistics. */
  goodFor: z.array(text('a short phrase'), { error: 'a list of short phrases' }).min(1, { error: 'at least one phrase' }),
  notes: z.array(sourcedNoteSchema).default([]),
  /** Titles close to this role but not the same job ("product owner" for product manager): suggested with their reason, then confirmed. */
  relatedTitles: z.array(relatedTitleSchema).optional(),
  /**
   * Roles this one is the usual entry step into (IT project coordinator into project manager):
   * someone in one of those jobs aiming here is stepping down. Editorial, from the roles' own
   * descriptions; it only changes what the verdict says.
   */
  stepsUpTo: z.array(idSchema).optional(),
  /**
   * Work outside this role whose years count toward the experience its credentials recommend: OT
   * security is cybersecurity in plants, so years running plant control systems are the field's own.
   * Known by the skills the person uses in that work; `counts` ends the sentence "your 24 years as a
   * maintenance supervisor count toward it ..." (person-fit.ts experienceMet).
   */
  experienceFrom: z
    .array(
      z.strictObject({
        field: text('the work in words, e.g. "plant control systems"'),
        skills: z.array(idSchema).min(1, { error: 'at least one skill id that shows the work' }),
        counts: text('how the years count, ending the sentence "your N years count toward it ..."'),
        basis: text('why those years count for this role'),
        source: text('where the basis comes from'),
      }),
    )
    .optional(),
  /**
   * Credentials that can only be earned by doing this job (the PMP needs 36 to 60 months leading
   * projects): someone who holds one has done the job, whatever they call their current one.
   */
  provenBy: z
    .array(
      z.strictObject({
        credential: idSchema,
        name: text('the credential as people say it, e.g. "PMP"'),
        source: text('where the experience requirement comes from'),
        /** The skills the credential and its experience requirement prove: only these count as held by it, not every core skill of the role. */
        proves: z.array(idSchema).min(1, { error: 'at least one skill id the credential proves' }),
        provesSource: text('where the proven skills come from'),
      }),
    )
    .optional(),
  /**
   * The portfolio piece that shows this role's work, as a sentence to the person ("Set up a home
   * lab and write up fixes of real problems"): the plan's portfolio step says it instead of one
   * sentence for every role. Editorial, with the team's judgement as its source.
   */
  portfolio: z.strictObject({ text: text('the portfolio piece, in a sentence to the person'), source: text('whose judgement it is') }),
});

export const credentialSchema = z.strictObject({
  row: z.int({ error: 'the row number (#) in credential-facts.md Table 1' }).min(1, { error: 'a row number from 1' }),
  name: text('the credential name'),
  status: text('the Status column of credential-facts.md'),
  targets: z.array(idSchema).min(1, { error: 'at least one role id' }),
});

export const degreeRequiredSchema = z.strictObject({
  id: idSchema,
  name: text('a display name'),
  aliases: z.array(text('a job title')).min(1, { error: 'at least one job title' }),
  soc: z.array(socEntrySchema).default([]),
  requirement: text('what the law or licence requires'),
  source: text('where it comes from'),
  confidence: confidenceSchema,
  adjacent: z
    .array(z.strictObject({ role: idSchema, reason: text('a one-line reason') }))
    .min(1, { error: 'at least one catalog role a career changer can reach instead' }),
});

export const rolesFileSchema = z.strictObject({
  version: z.literal(1, { error: '1' }),
  notes: z.array(text('a note')).min(1, { error: 'at least one note' }),
  method: z.array(text('a line')).min(1, { error: 'how the weights were set' }),
  attribution: z.strictObject({
    onet: onetAttributionSchema,
    bls: z.strictObject({ text: text('the credit line to show users'), source: text('where it comes from') }),
  }),
  credentials: z.array(credentialSchema),
  roles: z.array(roleSchema).min(1, { error: 'at least one role' }),
  degreeRequiredNotes: z.array(sourcedNoteSchema).default([]),
  degreeRequired: z.array(degreeRequiredSchema),
});

export type SocEntry = z.infer<typeof socEntrySchema>;
export type PayFigure = z.infer<typeof payFigureSchema>;
export type Pay = z.infer<typeof paySchema>;
export type EntryPay = z.infer<typeof entryPaySchema>;
export type RoleSkill = z.infer<typeof roleSkillSchema>;
export type RelatedTitle = z.infer<typeof relatedTitleSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Credential = z.infer<typeof credentialSchema>;
export type DegreeRequired = z.infer<typeof degreeRequiredSchema>;
export type SourcedNote = z.infer<typeof sourcedNoteSchema>;
export type RolesFile = z.infer<typeof rolesFileSchema>;
