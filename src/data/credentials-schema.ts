import { z } from 'zod';
import { confidenceSchema, sourcedNoteSchema } from './roles-schema.js';
import { idSchema, text } from './skills-schema.js';

/**
 * The shape of data/credentials.json: credentials a career changer might take, each cost on its
 * own line (as the Credential Engine's CTDL models costs), every figure with its source, as-of
 * date and the reference's confidence tag. Cross-file and cross-field checks (skill and role ids,
 * renewal periods, V versus verifiedOnProviderPage) live in load-credentials.ts.
 */

export const CREDENTIAL_KINDS = [
  'professional-certificate',
  'digital-badge',
  'nanodegree',
  'industry-certification',
  'exam',
  'mooc-certificate',
] as const;
export type CredentialKind = (typeof CREDENTIAL_KINDS)[number];

export const COST_TYPES = [
  'one-off',
  'subscription',
  'exam',
  'retake',
  'reschedule',
  'lab',
  'renewal',
  'membership',
  'application',
  'course',
  'certificate',
] as const;
export type CostType = (typeof COST_TYPES)[number];

/** What one amount pays for: once, a month, a year, one exam attempt, or one renewal cycle. */
export const COST_PERIODS = ['once', 'month', 'year', 'attempt', 'cycle'] as const;
export type CostPeriod = (typeof COST_PERIODS)[number];

export const ASSESSMENT_METHODS = [
  'proctored-exam',
  'online-exam',
  'capstone',
  'portfolio-project',
  'peer-review',
  'quizzes',
  'hands-on-labs',
  'performance-based',
] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/** YYYY, YYYY-MM or YYYY-MM-DD: as precise as the source shows. */
export const asOfSchema = z
  .string({ error: 'a date string "YYYY", "YYYY-MM" or "YYYY-MM-DD"' })
  .regex(/^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/, { error: 'a date "YYYY", "YYYY-MM" or "YYYY-MM-DD", as precise as the source shows' });

const usd = z
  .number({ error: 'an amount in US dollars (a number, 0 for free)' })
  .min(0, { error: 'a non-negative amount in US dollars' })
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { error: 'an amount in whole cents' });

const positiveNumber = (what: string) => z.number({ error: what }).positive({ error: what });

export const costLineSchema = z.strictObject({
  type: z.enum(COST_TYPES, { error: `one of ${COST_TYPES.join(', ')}` }),
  amountUsd: usd,
  per: z.enum(COST_PERIODS, { error: `one of ${COST_PERIODS.join(', ')}` }).optional(),
  /** Renewal lines only: the length of the renewal cycle in years. */
  periodYears: positiveNumber('a renewal period in years (a positive number)').optional(),
  /**
   * Renewal lines per year only: the yearly fees of a cycle are owed together when the cycle ends,
   * to renew (CompTIA's CE fee, "$25/yr ($75 per 3-year cycle)"), so none is due before then.
   */
  dueAtCycleEnd: z.literal(true, { error: 'true (leave it out otherwise)' }).optional(),
  /** The reference gives the figure with "≈" or "~". */
  approximate: z.literal(true, { error: 'true (leave it out otherwise)' }).optional(),
  /** Who pays this line ("PMI members"); lines of one type with different conditions are alternatives. */
  condition: text('who pays this line').optional(),
  /** Not everyone pays it: retakes, reschedules, optional memberships and certificates. */
  optional: z.literal(true, { error: 'true (leave it out otherwise)' }).optional(),
  note: text('a note').optional(),
  source: text('where the figure was seen'),
  /**
   * Where it was seen as a reader would name it, read after "seen on" ("PMI chapter pages and
   * training companies' sites"), for a source the coach cannot put in words itself; no brackets.
   */
  seenOn: text('where the figure was seen, in words for the person').optional(),
  asOf: asOfSchema,
  /** The source showed no date: asOf is the year the reference's research was done. */
  undated: z.literal(true, { error: 'true (leave it out otherwise)' }).optional(),
  confidence: confidenceSchema,
  /** The reference's S-weak: only low-quality or SEO sites. */
  weakSource: z.literal(true, { error: 'true (leave it out otherwise)' }).optional(),
  /** True exactly when confidence is V. False means: "check the provider's page before paying". */
  verifiedOnProviderPage: z.boolean({ error: 'true or false' }),
});

/** Where a study-hours figure comes from: the provider's own published figure, or a planning estimate. */
export const HOURS_KINDS = ['provider', 'estimate'] as const;
export type HoursKind = (typeof HOURS_KINDS)[number];

export const hoursSchema = z.strictObject({
  min: positiveNumber('a number of hours'),
  /** null when only a minimum is known ("100+ hours"). */
  max: positiveNumber('a number of hours, or null').nullable(),
  /** provider: the provider's own figure (or a word-for-word copy of it); estimate: a planning estimate, shown as one. */
  kind: z.enum(HOURS_KINDS, { error: `one of ${HOURS_KINDS.join(', ')}` }).optional(),
  /** How the hours were worked out, for the team (it may name study guides and the reference's rows); never said to the person. */
  basis: text('how the hours were worked out').optional(),
  /**
   * What the coach says after the hours, written to the person: whose figure it is, or that it is an
   * estimate and from what ("an estimate from study guides; I found no figure from Microsoft").
   * Said inside brackets, so it has none of its own; data:check requires it, and "estimate" in it
   * when kind is estimate.
   */
  says: text('whose figure the hours are, in words for the person').optional(),
  months: positiveNumber('a number of months').optional(),
  hoursPerWeek: positiveNumber('hours per week').optional(),
  /**
   * The provider's own duration at a stated pace ("under 6 months at 5 to 10 hours a week"): at a
   * pace inside the range it takes `weeks`; below it, the hours of the slowest stated pace take
   * longer; above it, the hours of the fastest go quicker. Used instead of the min–max midpoint,
   * which at the low end of the pace contradicted the provider's own duration.
   */
  pace: z
    .strictObject({
      minPerWeek: positiveNumber('the lowest hours a week the provider states'),
      maxPerWeek: positiveNumber('the highest hours a week the provider states'),
      weeks: positiveNumber('the weeks the provider states at that pace'),
    })
    .optional(),
  /** What the provider says, in the reference's words. */
  stated: text('what the provider states'),
  /** How min and max were obtained when they were computed. */
  derivation: text('how min and max were computed').optional(),
  source: text('where it comes from'),
  /** kind, basis and asOf are optional to the loader (a hand-made test credential may lack them); data:check requires them. */
  asOf: asOfSchema.optional(),
  confidence: confidenceSchema,
  weakSource: z.literal(true, { error: 'true (leave it out otherwise)' }).optional(),
});

export const expirySchema = z.strictObject({
  /** null when unknown. */
  expires: z.boolean({ error: 'true, false or null (unknown)' }).nullable(),
  years: positiveNumber('a validity period in years, or null').nullable(),
  recertification: text('how to recertify').nullable(),
  /** What the coach says about keeping it, written to the user; required when it expires (load-credentials.ts). */
  renew: text('how to keep it, in a sentence for the user').optional(),
  source: text('where it comes from'),
  confidence: confidenceSchema,
  note: text('a note').optional(),
});

export const examFormatSchema = z.strictObject({
  questions: text('the number of questions, as the source gives it').optional(),
  minutes: positiveNumber('the exam length in minutes').optional(),
  passMark: text('the pass mark, as the source gives it').optional(),
  questionTypes: text('the question types').optional(),
  delivery: text('how the exam is delivered').optional(),
  retakePolicy: text('the retake policy').optional(),
  note: text('a note').optional(),
  source: text('where it comes from'),
  confidence: confidenceSchema,
});

export const datedFactSchema = z.strictObject({
  date: asOfSchema,
  what: text('what changed on that date'),
  source: text('where it comes from'),
  confidence: confidenceSchema,
});

export const completionRateSchema = z.strictObject({
  percent: z.number({ error: 'a percentage from 0 to 100' }).min(0, { error: 'a percentage from 0 to 100' }).max(100, { error: 'a percentage from 0 to 100' }),
  source: text('where it comes from'),
  asOf: asOfSchema,
  confidence: confidenceSchema,
  note: text('a note').optional(),
});

export const conflictSchema = z.strictObject({
  about: text('what the sources disagree about'),
  text: text('the disagreement'),
  source: text('where it comes from'),
});

const idList = (what: string) => z.array(idSchema, { error: `a list of ${what}` });

/**
 * Where a credential sits on its ladder (study-hours-and-paths.md, Level column): a course's
 * completion certificate, then fundamentals, associate and professional exams; specialty sits
 * beside the ladder. A path goes up this order, never down (load-credentials.ts checks nextSteps).
 */
export const CREDENTIAL_LEVELS = ['entry-certificate', 'fundamentals', 'associate', 'professional', 'specialty'] as const;
export type CredentialLevel = (typeof CREDENTIAL_LEVELS)[number];

/** The experience a credential expects, from its provider or the reference; said to the person in `says`. */
export const experienceSchema = z.strictObject({
  /** Months of relevant work the provider recommends; 0: none needed; null: no figure. */
  recommendedMonths: z.number({ error: 'months (0 for none), or null' }).min(0, { error: 'months (0 for none), or null' }).nullable(),
  /** Months the provider requires before you may sit it (PMP 36); null: nothing required. */
  requiredMonths: z.number({ error: 'months, or null when nothing is required' }).positive({ error: 'a positive number of months, or null' }).nullable(),
  /** One sentence to the person: what is expected, from whom. */
  says: text('what experience it expects, in a sentence for the user'),
  source: text('where it comes from'),
  confidence: confidenceSchema,
});

export const credentialSchema = z.strictObject({
  id: idSchema,
  /** The row number (#) in credential-facts.md Table 1. */
  row: z.int({ error: 'the row number (#) in credential-facts.md Table 1' }).min(1, { error: 'a row number from 1' }).optional(),
  name: text('the credential name'),
  /** Short forms people type for it ("k8s", "sec+", "aws saa"), read as its name when a question names it. */
  aliases: z.array(text('a short form people type for the credential')).optional(),
  kind: z.enum(CREDENTIAL_KINDS, { error: `one of ${CREDENTIAL_KINDS.join(', ')}` }),
  provider: text('the provider'),
  platform: text('the platform it is taken on').nullable(),
  /** The industry organisation whose name carries the credential; null if none. */
  partner: text('the recognised industry partner, or null').nullable(),
  /** The Status column of credential-facts.md, as written there. */
  status: text('the Status column of credential-facts.md'),
  priceModel: text('how the credential is paid for'),
  costs: z.array(costLineSchema, { error: 'a list of cost lines (it may be empty if costsMissing says why)' }),
  /** Required when costs is empty: why there is no cost line. */
  costsMissing: text('why there is no cost line').optional(),
  duration: text('the typical duration, as the reference gives it'),
  hours: hoursSchema.nullable(),
  assessment: z.array(z.enum(ASSESSMENT_METHODS, { error: `one of ${ASSESSMENT_METHODS.join(', ')}` }), { error: 'a list of assessment methods' }),
  assessmentNote: sourcedNoteSchema.optional(),
  examFormat: examFormatSchema.optional(),
  /** A verifiable digital badge (e.g. Credly); null when the reference does not say. */
  verifiableBadge: z.boolean({ error: 'true, false or null (unknown)' }).nullable(),
  /** What the credential teaches or proves, its subject first: a pick is borrowed for another role only for its subject (recommend.ts). */
  skills: idList('skill ids from data/skills.json, the subject first'),
  skillsConfidence: confidenceSchema,
  targetRoles: idList('role ids from data/roles.json').min(1, { error: 'at least one role id' }),
  /** Why the roles are what they are, where the reference named other audiences: for the team, never shown. */
  targetRolesNote: z.string().min(1).optional(),
  /** Formal requirements only; recommendations go to recommendedExperience. */
  prerequisites: z.array(text('a prerequisite'), { error: 'a list of prerequisites (it may be empty)' }),
  recommendedExperience: z.array(text('a recommendation'), { error: 'a list of recommendations (it may be empty)' }),
  expiry: expirySchema,
  lastCurriculumUpdate: datedFactSchema.optional(),
  completionRate: completionRateSchema.optional(),
  freeAudit: z.boolean({ error: 'true, false or null (unknown)' }).nullable(),
  financialAid: z.boolean({ error: 'true, false or null (unknown)' }).nullable(),
  /** Credentials that stack on this one (credential-facts.md Table 3, study-hours-and-paths.md "Next on the same path" and Vendor paths). */
  nextSteps: idList('credential ids'),
  /**
   * Where the ladder comes from (a row or Vendor paths section of study-hours-and-paths.md), and a next
   * step the reference names that the catalog lacks: for the team, never shown. Required with nextSteps.
   */
  nextStepsSource: text('where the next steps come from').optional(),
  /** Credentials that are alternatives to this one, not a stack. */
  alternatives: idList('credential ids'),
  conflicts: z.array(conflictSchema, { error: 'a list of conflicts' }),
  unknowns: z.array(text('what is unknown'), { error: 'a list of unknowns' }),
  notes: z.array(sourcedNoteSchema, { error: 'a list of {text, source, confidence}' }),
  sources: z.array(text('a source'), { error: 'a list of sources' }).min(1, { error: 'at least one source (the reference\'s Source(s) column)' }),
  level: z.enum(CREDENTIAL_LEVELS, { error: `one of ${CREDENTIAL_LEVELS.join(', ')}` }),
  /** Who issues the exam or certificate, as an id ("aws", "comptia"): a stack keeps to one unless a ladder crosses. */
  vendor: idSchema,
  experience: experienceSchema,
});

/**
 * Published four-year college tuition for the degree column of the side-by-side: the average
 * sticker price by sector, a year, with its edition and source. `says` names the sector for the user.
 */
export const degreeTuitionSchema = z.strictObject({
  edition: text('the report and edition, e.g. "Trends in College Pricing 2024"'),
  academicYear: text('the academic year of the prices, e.g. "2024–25"'),
  years: positiveNumber('the years of a degree the comparison assumes'),
  sectors: z
    .array(
      z.strictObject({
        id: idSchema,
        says: text('the sector in words for the user'),
        annualUsd: usd,
      }),
    )
    .min(1, { error: 'at least one sector' }),
  note: text('a note').optional(),
  source: text('where the figures were seen'),
  asOf: asOfSchema,
  confidence: confidenceSchema,
});

/**
 * A credential people ask about that the catalog does not carry, because the reference has no
 * sourced price or study time for it (CySA+, Google's Analytics certification, a technical-writing
 * certificate). Only what lets the coach say so honestly and point to where to look: never a figure.
 */
export const notCarriedSchema = z.strictObject({
  id: idSchema,
  /** How the coach names it to the person ("CompTIA CySA+", "any technical-writing certificate"). */
  name: text('the name the coach says'),
  /** What people type for it ("CySA+", "CompTIA Cybersecurity Analyst", "GA4 certification"), matched as whole words, any case. */
  names: z.array(text('a name people type'), { error: 'a list of names people type' }).min(1, { error: 'at least one name' }),
  /** Where to check its price and hours, read after "check" ("CompTIA's CySA+ page"). */
  checkAt: text('where to check, read after "check"'),
  /** One sentence for the person about where it sits, from the reference ("CompTIA puts it after Security+ …"). */
  says: text('a sentence for the person').optional(),
  /** Catalog credentials the same words may mean ("Google Analytics certificate" for Google Data Analytics). */
  mayMean: idList('credential ids').optional(),
  /** The role it is for, when the catalog has the role: the coach can still show that role's gaps. */
  role: idSchema.optional(),
  source: text('where what is said comes from, and that no price or hours were found'),
});

export const credentialsFileSchema = z.strictObject({
  version: z.literal(1, { error: '1' }),
  notes: z.array(text('a note'), { error: 'a list of notes' }).min(1, { error: 'at least one note (the modelling decisions)' }),
  sources: z.array(text('a source'), { error: 'a list of sources' }).min(1, { error: 'at least one source' }),
  credentials: z.array(credentialSchema, { error: 'a list of credentials' }).min(1, { error: 'at least one credential' }),
  /** For comparing with a degree; the first sector is the one compared by default. */
  degreeTuition: degreeTuitionSchema.optional(),
  /** Credentials asked about with no sourced figures: answered with "I don't have sourced figures; check …". */
  notCarried: z.array(notCarriedSchema, { error: 'a list of credentials the catalog does not carry' }).optional(),
});

export type CostLine = z.infer<typeof costLineSchema>;
export type Hours = z.infer<typeof hoursSchema>;
export type Expiry = z.infer<typeof expirySchema>;
export type Experience = z.infer<typeof experienceSchema>;
export type ExamFormat = z.infer<typeof examFormatSchema>;
export type CatalogCredential = z.infer<typeof credentialSchema>;
export type CredentialsFile = z.infer<typeof credentialsFileSchema>;
export type DegreeTuition = z.infer<typeof degreeTuitionSchema>;
export type NotCarried = z.infer<typeof notCarriedSchema>;
