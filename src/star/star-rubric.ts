/**
 * The numbers behind STAR feedback, each with where it comes from. The guidance is summarised in
 * /work/shared/reference/star-rubric.md (our reference file, tags [V] confirmed on the source's
 * page, [S] secondary only); the scoring scale is our own proposal built on its section B3.
 */

export const SOURCES = {
  ddi: 'DDI Targeted Selection (1974, William Byham) via NACE blog, Ditewig-Morris, "STAR+E", 2020-12-08 [S]',
  falseStar: 'onlinecourses55 transcript "Handling False and Incomplete STARs" [S]',
  mitCapd: 'MIT CAPD guidance via dartmouth.edu Guarini [S]',
  michiganTech: 'Michigan Tech career services, mtu.edu/career/students/interviews/behavioral/ [V]',
  uga: 'UGA career center, career.uga.edu/acing_the_interview [V]',
  caseWestern: 'Case Western career center STAR examples [V]',
  amazon: 'Amazon "Interviewing at Amazon" guide and its STAR tip sheet [S]',
  practitioners: 'thecodeforge.io and askcruit.com practitioner blogs [S-weak]',
  readAi: 'support.read.ai methodology (filler words, pace) [S]',
  toolatlas: 'toolatlas InterviewVoice page, citing Griffiths 1990 and Tauroza & Allison 1990 [S-weak]',
  rubricB1: 'star-rubric.md section B1, per-part criteria: our summary of the sources above, not tied to one of them',
  rubricB3: 'star-rubric.md section B3: suggested scoring, our proposal, not a sourced standard',
  careerChange:
    "data/questions.json, kind 'motivation': what a coach listens for when asked why the move (editorial, from the career-change theme MIT CAPD names via dartmouth.edu Guarini [S]); src/star/motivation.ts reads the same four",
} as const;

/**
 * Speaking pace for turning words into seconds. The rubric gives ~130-160 WPM (toolatlas, citing
 * Griffiths 1990 and Tauroza & Allison 1990) and 130-175 WPM (read.ai); 145 is the middle of the
 * first range. An assumption about the user, who may speak faster or slower.
 */
export const WORDS_PER_MINUTE = 145;

/**
 * The length of a strong spoken answer. Practitioners aim for ~90-120 s and about 2 minutes at most
 * (Amazon tip sheet: "without rambling"); a tight story of a minute with all four parts is still
 * strong, so the band starts at 60 s (coach panel, P9: 60-120 s).
 */
export const TARGET_SECONDS = { min: 60, max: 120 } as const;
/** Below this an answer is a line, not a story: the feedback quotes it whole; our judgment. */
export const ONE_LINER_SECONDS = 20;
/** Below this (about 110 words) an answer is too short to show the steps an interviewer probes: coach panel, about 45 s. */
export const SHORT_SECONDS = 45;
/**
 * Past about 2 minutes an answer is too long (practitioners; coach panel): the feedback says what to
 * cut, and the score loses B3's point. B3 puts the point at ~2.5 min; we charge it where the
 * feedback starts asking for cuts, so the score and the advice agree. 290 words is 2 min at WORDS_PER_MINUTE.
 */
export const TOO_LONG = { seconds: TARGET_SECONDS.max, words: Math.round((TARGET_SECONDS.max * WORDS_PER_MINUTE) / 60) } as const;

/**
 * Situation + Task should be ~20-30% of the answer; more is a "saga" set-up (practitioners; rubric
 * B1 flags > ~30% before the first action). 0.35 gives "~30%" five points of slack, our judgment:
 * two tight sentences of set-up in a short answer should pass.
 */
export const SAGA_SHARE = 0.35;
/**
 * "One or two sentences" of set-up, as practitioners put it: at most two sentences and about 25 s
 * spoken (60 words at WORDS_PER_MINUTE), which a run-on sentence of commas can pass; our judgment.
 */
export const SETUP_BRIEF = { sentences: 2, words: Math.round((25 * WORDS_PER_MINUTE) / 60) } as const;
/** Where a measurable result must appear: the last ~25-30% of the answer (rubric B1, Result row). */
export const RESULT_TAIL_SHARE = 0.3;
/** Filler words: one meeting-coach vendor suggests under 4% of words (read.ai). */
export const FILLER_RATE_LIMIT = 0.04;
/** Under this many, fillers are normal speech, whatever the rate; our judgment for short answers. */
export const FILLER_MIN_COUNT = 3;
/** "We" dominates when fewer than half the first-person forms are "I" (rubric B1, Action row: "I", not "we"). */
export const FIRST_PERSON_MIN = 0.5;

/**
 * Per-part scores run 0-5 (B3 uses 0-2: missing, weak, strong; we spread "strong" over the
 * checks below so the user sees which one is missing). 0 = missing, 2-3 = present, 5 = strong.
 * Situation: anchored in a time or place, set-up not a saga. Task: owned by "I", not only the
 * team's problem. Action: the largest part, "I" steps at least as many as "we" steps, and
 * specific (two or more distinct verbs, or a reason). Result: a measure, and a lesson (STAR+E).
 */
export const PART_SCORE = {
  max: 5,
  situation: { present: 3, anchored: 1, notSaga: 1, saga: -1 },
  task: { present: 3, owned: 2 },
  action: { present: 2, largest: 1, firstPerson: 1, specific: 1 },
  result: { present: 2, metric: 2, reflection: 1 },
} as const;

/** The overall score (0-100) weighs the parts; Action and Result carry ~70% as the practitioners' proportion suggests. */
export const PART_WEIGHT = { situation: 15, task: 15, action: 35, result: 35 } as const;

/**
 * B3 modifiers, in points out of 100. tooLong is charged once per started TOO_LONG.seconds over
 * the limit, up to three times (our extension: a ten-minute paste is not a slightly long answer).
 */
export const PENALTY = {
  weDominates: 10,
  tooLong: 10,
  tooLongMaxTimes: 3,
  hypothetical: 10,
  /** Per started FILLER_RATE_LIMIT of filler rate (4% costs 5, 8% costs 10), up to three times: our extension. */
  fillers: 5,
  fillersMaxTimes: 3,
  credentialMissing: 5,
} as const;

export const MAX_SUGGESTIONS = 3;
/** Quotes of the user's words are cut to this many words so a suggestion stays one line. */
export const QUOTE_WORDS = 12;
export const QUOTE_CHARS = 90;
