/**
 * The words a careers adviser reads a posting's level by. They are a table, not logic: each list
 * is the phrases that put a skill named in the same clause (or under the same heading) at that
 * level. posting-levels.ts compiles them once. Phrases are matched case-insensitively as whole
 * words; a space matches any run of spaces.
 *
 * Why these and not others: every phrase is one that career-switch postings use to soften or
 * drop a demand, or to describe the employer rather than the hire. Words with both readings
 * ("plus" in "SQL plus Python", "preferred" in "your preferred tools") only count in the longer
 * phrase that settles them ("a plus", "is preferred", "preferred:").
 */

export type DemandLevel = 'required' | 'preferred' | 'not-required' | 'context';

/** How much a demand at each level counts towards a skill's weight. Preferred counts half: it
 * decides between candidates who meet the requirements, it does not screen anyone out. */
export const LEVEL_WEIGHT: Readonly<Record<DemandLevel, number>> = { required: 1, preferred: 0.5, 'not-required': 0, context: 0 };

/** Clause cues: the clause says outright that the skills in it are not asked for. */
export const NOT_REQUIRED_CUES = [
  'not required', 'not a requirement', 'not needed', 'not necessary', 'not essential', 'not expected', 'not mandatory',
  'no experience needed', 'no experience necessary', 'no experience required', 'no prior',
  "don't expect", 'do not expect', "don't need", 'do not need', "doesn't need", "won't need", 'will not need',
  "isn't required", "aren't required", "isn't needed", "aren't needed", "isn't necessary", "aren't necessary",
  'no need to know', 'no need for', "we don't require", 'we do not require', 'not looking for',
  'not used', "isn't used", "aren't used", "we don't use", 'we do not use',
] as const;

/** Clause cues: the clause describes the employer, its products, benefits or what the hire will
 * be taught, not what the hire must bring. */
export const CONTEXT_CUES = [
  // what the job teaches
  "you'll learn", 'you will learn', 'you will be trained', "you'll be trained", "we'll teach", 'we will teach', "we'll train", 'we will train',
  'training provided', 'training is provided', 'on-the-job training', 'grow into', 'learn on the job', 'chance to learn', 'opportunity to learn',
  'room to grow', 'we will help you learn', 'mentorship in', 'we support certifications', 'paid certifications', 'certification budget',
  'is provided', 'are provided', 'will be provided', 'full training', 'training is available',
  // the employer and its products ("our customers", "our platform" are not cues: a support or
  // test role works for our customers, on our platform, with the tools it names)
  'we are a', "we're a", 'we are an', "we're an", 'we build', 'we make', 'we sell', 'we provide', 'we serve', 'we help', 'we power',
  'our mission',
  // what the employer hands the hire rather than asks of them ("our designer gives you Figma files")
  'gives you', 'give you', 'will give you', 'hands you', 'handled by',
  'founded in', 'headquartered', 'leading provider', 'trusted by',
  // benefits and perks
  'we offer', 'benefits include', 'health insurance', 'dental', '401(k)', 'paid time off', 'pto', 'parental leave', 'stipend', 'perks',
  'tuition reimbursement', 'learning budget', 'hybrid schedule', 'remote-first',
  // equal opportunity, veteran and disability statements, legal boilerplate
  'equal opportunity', 'equal employment', 'without regard to', 'regardless of', 'protected veteran', 'veteran status', 'disability status',
  'individuals with disabilities', 'reasonable accommodation', 'affirmative action', 'e-verify', 'background check', 'drug-free',
  'sponsorship', 'encouraged to apply', 'we welcome applicants', 'backgrounds welcome', 'career changers from', 'protected characteristic',
  // backgrounds the employer has taken people from before: "(we've hired from warehousing and lab work before)"
  'hired from', 'hired people from',
] as const;

/** Sentence cues: the job teaches what the sentence names, so a skill it names without a cue of its own is context. */
export const TEACHING_CUES = [
  "we'll teach", 'we will teach', "we'll train", 'we will train', "you'll learn it", 'you will learn it', 'learn it here', 'learn it on the job',
  'learn on the job', 'training provided', 'training is provided', 'full training', 'we will help you learn', "we'll help you learn",
] as const;

/** Clause cues: the skill helps but is not a screen. */
export const PREFERRED_CUES = [
  'a plus', 'is a plus', 'big plus', 'huge plus', 'definite plus', 'nice to have', 'nice-to-have', 'bonus', 'bonus points',
  'desirable', 'desired', 'preferred', 'preferable', 'an advantage', 'advantageous',
  'would be great', 'would be nice', 'would be helpful', 'is helpful', 'are helpful', 'helpful but', 'beneficial', 'is welcome',
  'are welcome', 'a bonus', 'extra credit', 'good to have', 'not required but', 'optional', 'stand out',
  // "some Python or keen to learn it": knowing it already helps, not knowing it is no bar
  'keen to learn', 'willing to learn', 'eager to learn', 'happy to learn',
] as const;

/**
 * Preferred cues that only open the door ("X is welcome") rather than rank a candidate higher ("X
 * is a plus", "a bonus"). When the same sentence goes on "but not required", the posting has said
 * outright that X does not count, so it is not required. "A bonus but isn't essential" stays
 * preferred: ranking without screening is what preferred means.
 */
export const INVITATION_CUES = ['is welcome', 'are welcome', 'is very welcome', 'are very welcome', 'welcomed', 'is encouraged', 'are encouraged'] as const;

/** What may follow an invitation to take it back: "welcome, but not required", "welcome but not needed". */
export const INVITATION_WITHDRAWN_CUES = ['not required', 'not a requirement', 'not needed', 'not necessary', 'not expected', 'not mandatory', "isn't required", "isn't needed", "isn't necessary", "aren't required", "aren't needed", "aren't necessary"] as const;

/** Preferred cues that soften only what follows them: "Agile teams, ideally with Jira" asks for Agile. */
export const FORWARD_PREFERRED_CUES = ['ideally', 'preferably', 'even better if', 'bonus if', 'bonus for', 'optionally'] as const;

/** Clause cues that confirm a requirement over a softer heading ("Bonus" section, "must have X"). */
export const REQUIRED_CUES = ['must have', 'must be', 'required', 'is required', 'are required', 'requires', 'essential', 'mandatory', 'must know'] as const;

/** An industry (`industry: true` in data/skills.json) counts as a demand only when the clause asks for experience in it. */
export const EXPERIENCE_CUES = [
  'experience', 'experienced', 'background', 'knowledge', 'familiarity', 'familiar', 'understanding', 'exposure', 'expertise', 'worked in',
  'years in', 'years of', 'work in', 'working in', 'understand', 'know',
] as const;

/**
 * A count of years ("3+ years", "2-4 years", "one to three years", "at least 1 year"). A clause that asks for
 * years in a role, field or industry ("3+ years in business analysis, operations or banking", "2-4 years as a
 * business analyst or similar role", "1-2 years of help desk experience") asks for time spent doing the work,
 * which no course gives: posting-levels.ts marks the work and the industries it names as an experience demand,
 * never a skill gap. A tool named in it ("3+ years as a SQL Server DBA") is still a skill to learn.
 */
export const YEARS_SOURCE = String.raw`(?<![\w.])(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten)\s*(?:\+|plus)?\s*(?:(?:-|–|—|to)\s*(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten)\s*\+?\s*)?(?:\(\d{1,2}\+?\)\s*)?(?:or\s+more\s+)?years?(?!\w)`;

/** Words that may stand between a count of years and the "in"/"as" that names the role or field. */
export const YEARS_QUALIFIER_CUES = ['professional', 'relevant', 'hands-on', 'work', 'industry', 'related', 'proven', 'prior', 'practical', 'previous', 'full-time', 'paid'] as const;

/** Headings, by the level they give the skills under them. A heading is a short line ending in
 * ":" or standing alone (markdown "##", ALL CAPS, or one of these phrases). */
export const SECTION_CUES: Readonly<Record<Exclude<DemandLevel, 'not-required'>, readonly string[]>> = {
  required: [
    'requirements', 'required', 'qualifications', 'minimum qualifications', 'basic qualifications', 'required qualifications', 'must have',
    'must-haves', "what you'll need", 'what you need', 'what you bring', "what you'll bring", 'who you are', 'about you', 'you have',
    'skills', 'responsibilities', "what you'll do", 'what you will do', 'the role', 'about the role', 'tech stack', 'key skills',
  ],
  preferred: [
    'preferred', 'preferred qualifications', 'nice to have', 'nice-to-have', 'nice to haves', 'nice-to-haves', 'bonus', 'bonus points', 'pluses', 'plus',
    'desirable', 'desired', 'extra credit', 'even better', 'good to have', 'ideally', 'would be great',
  ],
  context: [
    'about us', 'about the company', 'who we are', 'our team', 'about the team', 'the team', 'benefits', 'perks', 'what we offer',
    "what you'll get", 'why us', 'why join us', 'why work with us', 'compensation', 'our mission', 'equal opportunity',
    'equal opportunity employer', 'eeo', 'eeo statement', 'diversity', 'our values', 'life at', "what you'll learn", 'training',
    'how to apply', 'location', 'salary', 'pay',
  ],
};

/**
 * Credential names a posting may give ("Security+ or CISA preferred", "CompTIA A+ a plus",
 * "ISC2 Certified in Cybersecurity"). A credential is read by src/credentials/posting-credentials.ts
 * and advised on its own; a skill word inside its name ("Cybersecurity", "Security") is no skill
 * demand. Regular-expression sources, matched case-insensitively as whole words.
 */
export const CREDENTIAL_NAME_SOURCES: readonly string[] = [
  // CompTIA's family, with or without the vendor: A+, Network+, Security+, CySA+, PenTest+, Data+ ...
  String.raw`(?:comptia\s+)?(?:a|net(?:work)?|sec(?:urity)?|cloud|linux|server|data|cysa|pentest|project|casp)\+`,
  String.raw`comptia\s+(?:a|network|security|cloud|linux|server|data|cysa|pentest|project|casp)\s+plus`,
  String.raw`\(?isc\)?\s?(?:2|²)\s+(?:certified\s+in\s+cybersecurity|cc|cissp|sscp|ccsp|cgrc)|certified\s+in\s+cybersecurity`,
  // Security, audit and risk credentials, by the acronyms postings use.
  String.raw`cissp|cisa|cism|crisc|cgrc|sscp|ccsp|ceh|gsec|gcih|oscp|casp`,
  // A vendor's professional certificate: "Google Cybersecurity Certificate", "Google Data Analytics certificate".
  String.raw`google\s+(?:cybersecurity|data\s+analytics|it\s+support|ux\s+design|project\s+management)\s+(?:professional\s+)?certificate`,
  // Business analysis qualifications: "BCS Business Analysis Foundation", "BCS International Diploma in Business Analysis", "IIBA ECBA".
  String.raw`bcs\s+(?:(?:foundation\s+)?(?:certificate|diploma|international\s+diploma)\s+in\s+)?business\s+analysis(?:\s+(?:foundation|practice|certificate|diploma))?|iiba\s+(?:ecba|ccba|cbap)|ecba|ccba|cbap`,
];
