import { describe, expect, it } from 'vitest';
import { answerCredentialQuestion, skillCredentialsAnswer, type Asker, type CredentialWorld } from '../src/credentials/credential-answers.js';
import { buildCredentialIndex } from '../src/credentials/credential-index.js';
import { asOfWords, costLinesWords, lineSource } from '../src/credentials/figure-words.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';
import { credential, line, skills, TODAY } from './support/credential-fixtures.js';

/**
 * The answers module on a small hand-made catalog: what each kind of question is answered with,
 * every figure with its source and date in words, the budget never said to fit an unknown price,
 * a $0 budget told the exam is a cost for later, held credentials never advised again.
 */

const catalogSkills = skills({ sql: {}, tableau: {}, python: {}, excel: {}, networking: {} });
const names: Record<string, string> = { analyst: 'Data analyst', support: 'IT support specialist' };

const exam = credential('exam-cert', {
  name: 'Exam Cert',
  provider: 'ExamCo',
  partner: 'ExamCo',
  skills: ['sql', 'tableau'],
  costs: [
    line('exam', 200, { source: 'examprep.example.com guide', asOf: '2026-05-27' }),
    line('renewal', 50, { per: 'year', periodYears: 3, source: 'ExamCo renewals page', asOf: '2026', confidence: 'V', verifiedOnProviderPage: true }),
  ],
  hours: { min: 60, max: 90, kind: 'estimate', basis: 'from prep guides that give 6 to 9 weeks (prep.example.com)', says: 'an estimate from study guides; I found no figure from ExamCo', stated: '60-90 h', source: 'test', asOf: '2026', confidence: 'S' },
  recommendedExperience: ['About 6 months of hands-on SQL (S).'],
});
const course = credential('course-cert', {
  name: 'Course Cert',
  provider: 'LearnCo',
  partner: null,
  kind: 'professional-certificate',
  skills: ['sql', 'python', 'excel'],
  costs: [line('subscription', 40, { per: 'month', source: 'Launch quote via news.example.org', asOf: '2020-07' })],
  hours: { min: 120, max: 120, kind: 'provider', basis: 'LearnCo says about 120 hours (S-copy)', says: "LearnCo's own figure", stated: '120 h', source: 'test', asOf: '2025-03', confidence: 'S' },
  assessment: ['quizzes', 'capstone'],
  freeAudit: true,
  financialAid: true,
});
const unpriced = credential('mystery-cert', {
  name: 'Mystery Cert',
  provider: 'Mystery Inc',
  skills: ['tableau'],
  costs: [],
  costsMissing: 'No price in the reference [U].',
  hours: null,
});
const support = credential('support-cert', { name: 'Support Cert', provider: 'HelpCo', skills: ['networking'], targetRoles: ['support'], costs: [line('exam', 120)] });

const all: CatalogCredential[] = [exam, course, unpriced, support];
const world: CredentialWorld = { credentials: all, index: buildCredentialIndex(all, catalogSkills), roleName: (id) => names[id] };
const person = (overrides: Partial<Asker> = {}): Asker => ({
  role: { id: 'analyst', name: 'Data analyst' },
  gaps: [
    { skill: 'sql', share: 0.9 },
    { skill: 'tableau', share: 0.6 },
    { skill: 'python', share: 0.4 },
  ],
  hoursPerWeek: 10,
  budgetUsd: 300,
  held: [],
  today: TODAY,
  ...overrides,
});
const ask = (kind: Parameters<typeof answerCredentialQuestion>[0]['kind'], credentials: CatalogCredential[], asker = person(), age = false) =>
  answerCredentialQuestion({ kind, credentials, age }, asker, world);
/** The research markers and doubled punctuation the person must never read. */
const NOT_FOR_USERS = /\[[SUVC]\]|\([SUVC]\)|\.;|;\.|\.\.(?!\.)|,,|credential-facts|\.md\b/;

describe('figures in words', () => {
  it('says a month as a word and a year as a year', () => {
    expect(asOfWords('2026-05-27')).toBe('May 2026');
    expect(asOfWords('2020-07')).toBe('July 2020');
    expect(asOfWords('2026')).toBe('2026');
  });

  it('names where a figure was seen, or the provider page that confirms it', () => {
    expect(lineSource(exam.costs[0]!, exam)).toBe('seen on a third-party website, examprep.example.com, as of May 2026, not confirmed by ExamCo');
    expect(lineSource(exam.costs[1]!, exam)).toBe("ExamCo's own page, as of 2026");
    expect(lineSource(line('exam', 99, { confidence: 'U', source: 'credential-facts.md row 8' }), exam)).toBe('a commonly quoted figure I could not confirm, as of 2026');
  });

  it('says what kind of source a figure came from before any web address, never the address alone', () => {
    const said = (fields: Parameters<typeof line>[2]) => lineSource(line('exam', 99, fields), exam);
    expect(said({ source: 'examco.com/faq (mirror on copies.example.net)' })).toBe("seen on a copy of ExamCo's own page, as of 2026, not checked on ExamCo's site itself");
    expect(said({ source: 'help.examco.com FAQ' })).toBe("ExamCo's own site, as of 2026, not rechecked there since");
    expect(said({ source: 'GitHub someone/exam-notes' })).toBe('seen in a community list on GitHub, as of 2026, not confirmed by ExamCo');
    expect(said({ source: 'cheap-seo.example.com', weakSource: true })).toBe('seen on a less reliable website, cheap-seo.example.com, as of 2026, not confirmed by ExamCo');
    expect(said({ source: 'one.example.com; two.example.org' })).toBe('seen on third-party websites such as one.example.com, as of 2026, not confirmed by ExamCo');
    expect(said({ source: 'ExamCo chapter pages and prep-vendor blogs: examco-east.org; prep.example.com', seenOn: "ExamCo chapter pages and training companies' sites" })).toBe(
      "seen on ExamCo chapter pages and training companies' sites, as of 2026, not confirmed by ExamCo",
    );
    // A chapter's address carries the provider's name but is not the provider's site.
    expect(said({ source: 'examco-east.org' })).toBe('seen on a third-party website, examco-east.org, as of 2026, not confirmed by ExamCo');
    expect(said({ source: 'a prep book' })).toBe('from public sources, as of 2026, not confirmed by ExamCo');
  });

  it('says identical lines once, with their count', () => {
    const twoExams = credential('two', { provider: 'TwoCo', costs: [line('exam', 250, { source: 'a.example.com' }), line('exam', 250, { source: 'a.example.com' })] });
    expect(costLinesWords(twoExams)).toEqual(['2 exams at $250 per attempt each (seen on a third-party website, a.example.com, as of 2026, not confirmed by TwoCo)']);
  });
});

describe('answers to credential questions', () => {
  it('worth: the verdict, what it covers of the top gaps, cost with source and budget, time at their hours, experience', () => {
    const text = ask('worth', [exam]);
    expect(text).toMatch(/^Yes, \*Exam Cert\* looks worth it for you\./);
    expect(text).toContain('Of your top gaps, SQL, TABLEAU and PYTHON, it covers SQL and TABLEAU.');
    // $200 + $50 a year for two years within three: $300, which is the budget; the largest figure's source said.
    expect(text).toContain('It costs $300 in all over 3 years (seen on a third-party website, examprep.example.com, as of May 2026, not confirmed by ExamCo, with other figures from other sources), within your $300 budget.');
    expect(text).toContain('Time: about 8 weeks at your 10 hours a week (60–90 hours, an estimate from study guides; I found no figure from ExamCo, as of 2026).');
    expect(text).not.toMatch(NOT_FOR_USERS);
  });

  it('worth at a $0 budget: a paid exam is the cost of certifying later, and a free start is named', () => {
    const text = ask('worth', [course], person({ budgetUsd: 0 }));
    expect(text).toContain('you can begin it free');
    expect(text).toContain('It costs $120 in all (3 months of subscription at your 10 hours a week, seen on a third-party website, news.example.org, as of July 2020, not confirmed by LearnCo). That is the cost of certifying later, not something your $0 budget covers now; you can start free (free to audit or financial aid).');
    expect(text).not.toContain('within your');
  });

  it('an unknown price is "price unknown: check the provider", never within or outside the budget', () => {
    for (const kind of ['worth', 'cost'] as const) {
      const text = ask(kind, [unpriced], person({ budgetUsd: 0 }));
      expect(text).toContain('price unknown: check the provider');
      expect(text).not.toMatch(/within your|more than your|budget covers/);
    }
  });

  it('a held credential is not advised again', () => {
    expect(ask('worth', [exam], person({ held: ['exam-cert'] }))).toMatch(/^You already hold \*Exam Cert\*, so taking it again adds nothing/);
  });

  it('an age worry is answered by what the credential asks of people', () => {
    expect(ask('worth', [exam], person(), true)).toContain('My notes show no age limit for it');
  });

  it('how long: weeks at their hours with the basis and as-of; at an assumed pace when hours are unknown; deadline checked', () => {
    expect(ask('duration', [course])).toBe("*Course Cert*: about 12 weeks at your 10 hours a week (120 hours, LearnCo's own figure, as of March 2025).");
    expect(ask('duration', [course], person({ hoursPerWeek: undefined }))).toContain('at an assumed 10 hours a week');
    expect(ask('duration', [course], person({ deadlineWeeks: 8 }))).toContain('about 4 weeks past your deadline');
    expect(ask('duration', [unpriced])).toBe("I don't know how long *Mystery Cert* takes: I have no study hours for it, so check Mystery Inc's page.");
  });

  it('cost: a subscription counted in months at their hours, with its source', () => {
    const text = ask('cost', [course], person({ hoursPerWeek: 5 }));
    // 120 h at 5 h a week is 24 weeks, 6 billed months of $40.
    expect(text).toBe('*Course Cert*: the subscription $40 a month (seen on a third-party website, news.example.org, as of July 2020, not confirmed by LearnCo). That is $240 in all (6 months of subscription at your 5 hours a week), within your $300 budget.');
  });

  it('cheaper: priced credentials for their role below the named one, cheapest first, unknown prices counted apart', () => {
    const text = ask('cheaper', [exam]);
    expect(text).toMatch(/^\*Exam Cert\* comes to \$300 over 3 years\. Cheaper for data analyst roles:\n- \*Course Cert\*: \$120 in all/);
    expect(text).toContain('One more has no known price: check the provider.');
    expect(text).not.toContain('Support Cert');
  });

  it('cheaper than another field\'s credential looks in that field, not at the person\'s gaps', () => {
    const text = ask('cheaper', [support]);
    expect(text).toContain("Nothing I know in the same field as *Support Cert* costs less than *Support Cert*");
  });

  it('shorter: quicker credentials at their hours', () => {
    const text = ask('shorter', [course]);
    expect(text).toMatch(/^\*Course Cert\* takes about 12 weeks at your 10 hours a week .*\. Quicker for data analyst roles:\n- \*Exam Cert\*: .*about 8 weeks at your 10 hours a week/);
  });

  it('free: named ways in for the role, and for one credential what is free and what certifying costs', () => {
    expect(ask('free', [])).toMatch(/^Yes\. Ways in that cost nothing up front for \*Data analyst\*: \*Course Cert\* \(free to audit, financial aid\)\./);
    expect(ask('free', [exam])).toBe("*Exam Cert*: no free route in my notes; check ExamCo's page for vouchers or discounts.");
    expect(ask('free', [course], person({ budgetUsd: 0 }))).toContain('Certifying still costs $120 (seen on a third-party website, news.example.org, as of July 2020, not confirmed by LearnCo), a cost for later.');
  });

  it('instead: side by side with what each does better', () => {
    const text = ask('instead', [course, exam]);
    expect(text).toContain('Side by side:\n- *Course Cert*: $120 in all');
    expect(text).toContain('- *Exam Cert*: $300 in all over 3 years');
    // SQL and Tableau (asked by 90% and 60%) outweigh SQL and Python (40%).
    expect(text).toContain('\nIn short: *Exam Cert* covers more of your gaps and is quicker; *Course Cert* costs less.');
  });

  it('instead with one credential named compares it with the one under discussion', () => {
    const text = ask('instead', [course], person({ current: exam }));
    expect(text).toContain('*Course Cert*');
    expect(text).toContain('*Exam Cert*');
  });

  it('employers: who stands behind it, how it is assessed, and an honest "I don\'t know; check …" for demand', () => {
    const text = ask('employers', [course]);
    expect(text).toContain('*Course Cert* comes from LearnCo, with no industry body\'s name on it, so check that postings ask for it');
    expect(text).toContain('It ends with a project you can show an employer.');
    expect(text).toContain("I don't know how often employers ask for it");
    expect(text).toContain('search a job board for "Course Cert"');
    expect(ask('employers', [exam])).toContain('*Exam Cert* carries ExamCo\'s name');
  });
});

describe('"is the exam online?": how the exam is taken, from the catalog, never guessed', () => {
  const sat = (delivery: string | undefined, extra: Partial<CatalogCredential> = {}) =>
    ask('delivery', [{ ...exam, ...(delivery ? { examFormat: { delivery, source: 'onlc.com (2024-06-24)', confidence: 'S' as const } } : {}), assessment: ['proctored-exam'], ...extra }]);

  it('says online from home or a test centre, with where that was seen', () => {
    expect(sat('Pearson VUE test center or online')).toBe(
      '*Exam Cert*: you can take the exam through Pearson VUE online from home, watched by a proctor over webcam, or at a test centre (seen on a third-party website, onlc.com, not confirmed by ExamCo).',
    );
    expect(sat('Online, unproctored')).toContain('the exam is taken online with no proctor, so you can sit it from home');
    expect(sat('online only since February 2022')).toContain('the exam is taken online only (since February 2022), with a proctor watching, so you can sit it from home');
  });

  it('says what the notes lack, with the provider\'s page, and that a course has no exam to book', () => {
    expect(sat('Pearson VUE')).toContain("you book the exam through Pearson VUE; my notes don't say whether you can take it from home or must go to a test centre, so check ExamCo's page before you book");
    expect(sat(undefined)).toBe("I don't have how the *Exam Cert* exam is taken (online from home or at a test centre) in my notes: check ExamCo's page before you book.");
    expect(ask('delivery', [{ ...course, platform: 'Coursera' }])).toBe('*Course Cert* has no exam to book: you earn it by finishing its course on Coursera, assessed by graded quizzes and a capstone project.');
  });

  it('asks which one when none is named or under discussion', () => {
    expect(ask('delivery', [])).toMatch(/^It depends on the credential: some exams are taken online from home, some at a test centre, and course certificates have no exam to book\. Ask me about one by name/);
  });
});

describe('"what is X?"', () => {
  it('says its level, provider, who it is for, the experience it asks, what it teaches, cost and time', () => {
    const said = ask('what', [exam]);
    expect(said).toMatch(/^\*Exam Cert\*, from ExamCo, is an entry-level \(fundamentals\) certification\. It is made for data analyst roles\. No experience is needed\. It teaches /);
    expect(said).toMatch(/It costs \$300 in all over 3 years \(.*\), within your \$300 budget\./);
    expect(said).toMatch(/Time: about \d+ weeks at your 10 hours a week \(/);
    const pro = credential('pro', { name: 'Pro', provider: 'ProCo', partner: 'ProCo', level: 'professional', experience: { recommendedMonths: 36, requiredMonths: 36, says: 'ProCo requires 36 months of leading projects.', source: 'test', confidence: 'S' } });
    expect(ask('what', [pro])).toContain('*Pro*, from ProCo, is a professional-level certification, for people with years of experience. It is made for data analyst roles. ProCo requires 36 months of leading projects.');
  });

  it('says what its exam is and how it is sat, with where that was seen; a course says it has no exam to book', async () => {
    const { loadCoachData } = await import('../src/coach-data.js');
    const data = await loadCoachData();
    const ecba = data.credentials.byId.get('iiba-ecba');
    const google = data.credentials.byId.get('google-data-analytics');
    if (!ecba || !google) throw new Error('the catalog has the ECBA and Google Data Analytics');
    expect(ask('what', [ecba])).toMatch(/It ends with a 60-minute online exam of 50 questions, which you can sit from home \(seen on .*institutei4\.com.*\)\.$/);
    expect(ask('what', [google])).toContain('has no exam to book: you earn it by finishing its course on Coursera');
  });
});

describe('every answer about every credential in the catalog reads as plain sentences', () => {
  it('has no research markers, doubled punctuation, or nested or unbalanced brackets', async () => {
    const { loadCoachData } = await import('../src/coach-data.js');
    const data = await loadCoachData();
    const real: CredentialWorld = { credentials: data.credentials.credentials, index: data.credentialIndex, roleName: (id) => data.catalog.roles.byId.get(id)?.name };
    const kinds = ['worth', 'instead', 'cheaper', 'shorter', 'free', 'duration', 'delivery', 'employers', 'cost', 'what'] as const;
    const people: Asker[] = [
      { role: { id: 'data-analyst', name: 'Data analyst' }, gaps: [{ skill: 'sql', share: 0.9 }, { skill: 'tableau', share: 0.5 }], hoursPerWeek: 6, budgetUsd: 0, held: [], yearsExperience: 20, today: TODAY },
      { gaps: [], held: ['comptia-a-plus'], today: TODAY },
    ];
    const problems: string[] = [];
    for (const c of real.credentials) {
      for (const kind of kinds) {
        for (const asker of people) {
          const text = answerCredentialQuestion({ kind, credentials: kind === 'instead' ? [c, real.credentials[0]!] : [c], age: true }, asker, real);
          let depth = 0;
          for (const ch of text) {
            depth += ch === '(' ? 1 : ch === ')' ? -1 : 0;
            if (depth > 1 || depth < 0) break;
          }
          if (depth !== 0 || NOT_FOR_USERS.test(text) || /\bone source says\b|\bU\b(?! )|undefined|NaN|Infinity|∞|\s[,.;]/.test(text)) problems.push(`${c.id} ${kind}: ${text}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('worth it, for a credential that misses the top gaps', () => {
  const supportAsker = (asked?: { id: string; share: number; postings?: { asks?: 'required' | 'preferred'; withinMonths?: number }[] }[]) =>
    person({
      role: { id: 'support', name: 'IT support specialist' },
      gaps: [{ skill: 'sql', share: 0.9 }, { skill: 'tableau', share: 0.8 }, { skill: 'python', share: 0.7 }, { skill: 'networking', share: 0.5 }],
      person: { held: [], ...(asked ? { asked } : {}) },
    });
  const sentences = (text: string) => text.split(/(?<=\.) /);

  it('says once that it misses them, not as a verdict and again as coverage', () => {
    const worth = ask('worth', [support], supportAsker());
    expect(worth).toMatch(/^Only partly: \*Support Cert\* covers none of your top gaps, SQL, Tableau and Python, only Networking\./i);
    expect(worth.match(/none of your top gaps/g)).toHaveLength(1);
  });

  it('agrees with the pick when their own postings ask for it: the posting is said first, then what it covers', () => {
    const worth = ask('worth', [support], supportAsker([{ id: 'support-cert', share: 0.5, postings: [{ asks: 'preferred' }] }]));
    expect(worth).toMatch(/^Worth it for your applications: one of your postings prefers Support Cert: you can apply without it, and having it puts you ahead\. It covers none of your top gaps/);
    expect(worth).not.toContain('Only partly');
    const said = sentences(worth);
    expect(new Set(said).size).toBe(said.length);
  });
});

describe('worth it, for a credential that teaches none of the gaps (the person already has its skills)', () => {
  // Support Cert teaches networking only; this person's gaps are elsewhere.
  const asker = (asked?: { id: string; share: number; postings?: { asks?: 'required' | 'preferred'; withinMonths?: number }[] }[]) =>
    person({ role: { id: 'support', name: 'IT support specialist' }, gaps: [{ skill: 'sql', share: 0.9 }], person: { held: [], ...(asked ? { asked } : {}) } });

  it('says it is worth it for the jobs whose postings require it, and that the study is mostly exam preparation, never "probably not"', () => {
    const worth = ask('worth', [support], asker([{ id: 'support-cert', share: 1, postings: [{ asks: 'required' }, { asks: 'preferred' }] }]));
    expect(worth).toMatch(/^Yes, \*Support Cert\* is worth it for the jobs that require it\. One of your postings requires Support Cert/);
    expect(worth).toContain('most of the study is exam preparation');
    expect(worth).not.toMatch(/probably not/i);
    expect(worth.match(/worth it/gi)).toHaveLength(1);
  });

  it('names the screen, not a yes, when the postings only prefer it', () => {
    const worth = ask('worth', [support], asker([{ id: 'support-cert', share: 0.5, postings: [{ asks: 'preferred' }] }]));
    expect(worth).toMatch(/^For your applications more than your skills: \*Support Cert\* helps where a posting names it\. One of your postings prefers Support Cert/);
    expect(worth).not.toMatch(/probably not|^Yes/i);
  });

  it('is still "probably not" when no posting names it', () => {
    expect(ask('worth', [support], asker())).toMatch(/^Probably not for you: \*Support Cert\* teaches Networking/i);
  });
});

describe('"anything for sql?": the credentials teaching a skill, best fit for the person first', () => {
  it('lists those teaching it, the one covering more of their gaps first, each with its money and time', () => {
    const text = skillCredentialsAnswer('sql', person(), world);
    expect(text.split('\n')[0]).toBe('The credentials in my catalog that teach SQL, best fit for you first:'.replace('SQL', world.index.skillName('sql')));
    const listed = text.split('\n').slice(1).map((l) => /^- \*([^*]+)\*/.exec(l)?.[1]);
    // Course Cert covers SQL and Python of her gaps, Exam Cert SQL and Tableau: equal, so the cheaper ($120 of subscription against $200) first.
    expect(listed).toEqual(['Course Cert', 'Exam Cert']);
    expect(text).toMatch(/Course Cert\*: \$120 in all/);
  });

  it('says none teaches it, and how it is learnt instead', () => {
    expect(skillCredentialsAnswer('sql', person(), { ...world, credentials: [support] })).toMatch(/^No credential in my catalog teaches SQL: it is learnt by using it on a real project/i);
  });
});

describe('worth it, for a badge that adds little to their years but their postings name', () => {
  // Ten years in IT support: Support Cert, a fundamentals exam in their own field, is outgrown unless their postings name it.
  type Terms = { asks?: 'required' | 'preferred'; withinMonths?: number }[];
  const veteran = (share: number, postings?: Terms) =>
    person({
      role: { id: 'support', name: 'IT support specialist' },
      gaps: [{ skill: 'networking', share: 0.5 }],
      person: { held: [], fieldRoles: ['support'], fieldSkills: ['networking'], yearsExperience: 10, currentRole: 'help desk technician', asked: [{ id: 'support-cert', share, ...(postings ? { postings } : {}) }] },
    });
  const little = 'It adds little to your 10 years as a help desk technician';

  it('says "for the screen" only where a posting requires it, and how many require and prefer it', () => {
    const required = ask('worth', [support], veteran(2 / 3, [{ asks: 'required' }, { asks: 'preferred' }]));
    expect(required).toMatch(new RegExp(`^Yes, for the screen: 67% of your postings ask for it\\. ${little}, but it gets your application past a screen that asks for it\\.`));
  });

  it('never says "for the screen" when the postings only prefer it: one of three prefers it, none requires it', () => {
    const preferred = ask('worth', [support], veteran(1 / 3, [{ asks: 'preferred' }]));
    expect(preferred).toMatch(new RegExp(`^Only as an extra, not for a screen: one of your 3 postings prefers it\\. ${little}, so it is optional: no posting of yours requires it`));
    expect(preferred).not.toMatch(/for the screen:|past a screen|ask for it/);
    const both = ask('worth', [support], veteran(1, [{ asks: 'preferred' }, { asks: 'preferred' }]));
    expect(both).toMatch(/^Only as an extra, not for a screen: both of your postings prefer it\. /);
  });

  it('says a posting requiring it within months of hire is no bar to applying', () => {
    const grace = ask('worth', [support], veteran(2 / 3, [{ asks: 'required', withinMonths: 6 }, { asks: 'preferred' }]));
    expect(grace).toMatch(new RegExp(`^Not to apply, but soon after you start: one of your 3 postings requires it within 6 months of hire and one prefers it\\. ${little}, but where a posting requires it within months of hire`));
    expect(grace).not.toContain('for the screen');
  });

  it('keeps the screen for a session saved before the postings\' terms were kept, as the pick says it', () => {
    expect(ask('worth', [support], veteran(0.5))).toMatch(/^Yes, for the screen: 50% of your postings ask for it\./);
  });
});
