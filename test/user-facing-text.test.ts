import { beforeAll, describe, expect, it } from 'vitest';
import type { Catalog } from '../src/data/load-data.js';
import type { CredentialCatalog } from '../src/data/load-credentials.js';
import { buildGapReport } from '../src/gaps/gap-report.js';
import { actionPlan } from '../src/credentials/action-plan.js';
import { marksAsWords } from '../src/dates/date-marks.js';
import type { CredentialIndex } from '../src/credentials/credential-index.js';
import { recommend, type Recommendation } from '../src/credentials/recommend.js';
import { entryPaySentence, rolePay } from '../src/credentials/roi.js';
import type { Situation } from '../src/credentials/situation.js';
import { why } from '../src/credentials/why.js';
import { answerCredentialQuestion, type CredentialWorld } from '../src/credentials/credential-answers.js';
import type { Reply } from '../src/engine/reply.js';
import { comparisonLines, pickLine, planReplies, priceCheckLine, providerNote, stackText } from '../flows/credential-pick-replies.js';
import { realCredentialWorld } from './support/catalog.js';

/**
 * Everything the credential pick can say, scanned for what a careers coach would never sign:
 * research notes (source markers, "U" for unknown, notes to the team), doubled punctuation, a
 * provider repeated in its own name, unbalanced or nested brackets, agreement slips. The data's
 * user-facing fields are walked one by one; the replies are rendered for people of different
 * roles, budgets, hours, pay and deadlines, for every credential that covers one of their gaps.
 */

const today = new Date('2026-09-01T00:00:00Z');
let catalog: Catalog;
let credentials: CredentialCatalog;
let index: CredentialIndex;

beforeAll(async () => {
  ({ catalog, credentials, index } = await realCredentialWorld());
});

/** Research notes: source tags, "U" for unknown, the reference's wording, notes to the team, enum values. */
const RESEARCH = [
  /\[(?:S|V|U|C|W|S-copy|S-weak)\]/,
  /\((?:S|V|U|C|W)\)/,
  /\b(?:rules|pricing|price|duration|fee) (?:is )?U\b/,
  /\bis U\b/,
  /\bweak source\b/i,
  /\bunverified figure\b/i,
  /commonly cited/i,
  /secondary (?:copies|sources? only)/i,
  /check bls\.gov/i,
  /Planning figures, not sourced/i,
  /\bnot sourced\b/i,
  /\bone source says\b/i,
  /\bflag this\b/i,
  /\bthe reference\b/i,
  /\bS-(?:copy|weak)\b/,
  /\b(?:proctored-exam|online-exam|hands-on-labs|performance-based|portfolio-project|peer-review|professional-certificate|industry-certification)\b/,
  /\bnot in our data\b/i,
  /\bthe catalog\b/i,
  /\b(?:score \d|3-year return|= \d+\.\d\d)/,
  // How the study hours were worked out is the team's note (hours.basis); the person reads hours.says.
  /\bfrom prep guides that\b/i,
  /\bprep-vendor\b/i,
  /\brows? \d+\b/i,
  /\b[\w-]+\.md\b/,
  /§\s?\d/,
  // A bare web address as the whole source: the person is told what kind of source it is first.
  // (Lower case only: "from Scrum.org" names the provider, not a web address.)
  /\b(?:[Ss]een on|[Ss]een at|[Ss]ources?:|[Aa]ccording to|via|from) (?:www\.)?(?:[a-z0-9-]+\.)+(?:com|org|net|dev|io|pro|co|app|us|uk|hk|my|au|in|edu)\b/,
];
const DOUBLED = /(?<!\.)\.\.(?!\.)|\.\s*;|;\s*\.|,\s*\.|;\s*;|,\s*,|:\s*\.|\.\s*,(?!\d)/;
const SLIPS = [/\bpeople who (?:likes|enjoys|is|has|wants|needs)\b/i, /\b1 (?:weeks|months|hours|years|times|credentials)\b/, /\b(?:[02-9]|\d\d+) (?:week|month|hour|year)\b(?!-)(?! (?:a|of|course))/, /\ban? (?:[b-df-hj-np-tv-z]\w*) an\b/i];

/** Problems in one text, each with the text it is in. */
function problems(text: string): string[] {
  const found: string[] = [];
  for (const pattern of RESEARCH) if (pattern.test(text)) found.push(`research note ${pattern}: ${text}`);
  if (DOUBLED.test(text)) found.push(`doubled punctuation: ${text}`);
  for (const pattern of SLIPS) if (pattern.test(text)) found.push(`agreement slip ${pattern}: ${text}`);
  for (const line of text.split('\n')) {
    let depth = 0;
    for (const ch of line) {
      if (ch === '(' || ch === '[') depth += 1;
      if (ch === ')' || ch === ']') depth -= 1;
      if (depth > 1) {
        found.push(`nested brackets: ${line}`);
        break;
      }
      if (depth < 0) break;
    }
    if (depth !== 0 && depth <= 1) found.push(`unbalanced brackets: ${line}`);
  }
  return found;
}

const repliesText = (replies: readonly Reply[]): string[] =>
  replies.flatMap((reply) => {
    if (reply.kind === 'text') return [reply.text];
    if (reply.kind === 'card') return [reply.title ?? '', ...reply.fields.map((f) => `${f.label}: ${f.value}`)];
    return [];
  });

const world = (): CredentialWorld => ({ credentials: credentials.credentials, index, roleName: (id) => catalog.roles.byId.get(id)?.name });

interface Person {
  readonly who: string;
  readonly role: string;
  readonly have: readonly string[];
  readonly situation: Omit<Situation, 'today'>;
}

const PEOPLE: readonly Person[] = [
  { who: 'accountant to data analyst, small budget', role: 'data-analyst', have: ['excel', 'sql', 'accounting'], situation: { hoursPerWeek: 10, budgetUsd: 300, deadlineWeeks: 26, currentPayUsd: 66_000 } },
  { who: 'retail manager to IT support on $0', role: 'it-support', have: ['customer-service'], situation: { hoursPerWeek: 5, budgetUsd: 0 } },
  { who: 'senior manager to project manager, a pay cut', role: 'project-manager', have: ['communication'], situation: { hoursPerWeek: 6, budgetUsd: 1000, deadlineWeeks: 13, currentPayUsd: 150_000 } },
  { who: 'marketer to cloud, tight deadline', role: 'cloud-engineer', have: ['marketing', 'excel'], situation: { hoursPerWeek: 4, budgetUsd: 500, deadlineWeeks: 8, currentPayUsd: 58_000 } },
  { who: 'admin to Salesforce, no pay figure', role: 'salesforce-administrator', have: ['excel'], situation: { hoursPerWeek: 8, budgetUsd: 400, currentPayUsd: 45_000 } },
  { who: 'nurse to machine learning', role: 'ml-engineer', have: ['statistics', 'excel'], situation: { hoursPerWeek: 12, budgetUsd: 2500 } },
  { who: 'teacher to cybersecurity', role: 'cybersecurity-analyst', have: ['communication'], situation: { hoursPerWeek: 10, budgetUsd: 800, deadlineWeeks: 52, currentPayUsd: 52_000 } },
  { who: 'designer to UX', role: 'ux-designer', have: ['photoshop'], situation: { hoursPerWeek: 15, budgetUsd: 600, currentPayUsd: 98_000 } },
  { who: 'clerk to web developer', role: 'web-developer', have: ['html'], situation: { hoursPerWeek: 20, budgetUsd: 200, deadlineWeeks: 20, currentPayUsd: 40_000 } },
];

function advise(person: Person): { rec: Recommendation; texts: string[] } {
  const role = catalog.roles.byId.get(person.role);
  if (!role) throw new Error(`no role ${person.role}`);
  const report = buildGapReport({ role, have: person.have.map((skill) => ({ skill })), postings: [], skills: catalog.skills });
  const gaps = report.gaps.map(({ skill, share }) => ({ skill, share }));
  const situation = { ...person.situation, today };
  const rec = recommend({ credentials: credentials.credentials, index, role, gaps, situation, picks: credentials.credentials.length, tuition: credentials.degreeTuition });
  const { hoursPerWeek } = situation;
  const chosen = rec.stack.members.length > 0 ? rec.stack.members.map((m) => m.credential) : rec.picks.slice(0, 1).map((p) => p.credential);
  const texts = [
    ...rec.picks.map((pick, i) => pickLine(pick, index, rec.warnings[pick.credential.id] ?? [], i + 1, hoursPerWeek)),
    priceCheckLine(rec.picks) ?? '',
    priceCheckLine(rec.picks.slice(0, 3)) ?? '',
    ...rec.picks.map((pick) => why(pick, { index, role }, hoursPerWeek).join(' ')),
    stackText(rec, index),
    rec.roi.sentence,
    ...rec.planWarnings.map((w) => w.text),
    ...comparisonLines(rec),
    ...repliesText(planReplies(rec.plan)),
    // The plan as the chat makes it: the credential chosen, postings pasted or not.
    ...repliesText(planReplies(actionPlan({ credentials: chosen, hoursPerWeek, today, deadlineWeeks: situation.deadlineWeeks, done: { research: true, select: true } }))),
    ...repliesText(planReplies(actionPlan({ credentials: chosen, hoursPerWeek, today, deadlineWeeks: situation.deadlineWeeks, done: { select: true } }))),
  ];
  return { rec, texts };
}

describe('user-facing text: the data', () => {
  it('has no research notes, doubled punctuation or bracket slips in the fields the coach says', () => {
    const texts = credentials.credentials.flatMap((c) => [
      `${c.name}${providerNote(c.name, c.provider)}`,
      c.hours?.says ?? '',
      ...c.costs.map((line) => line.seenOn ?? ''),
      c.expiry.renew ?? '',
      c.experience.says,
      ...c.costs.map((line) => line.condition ?? ''),
    ]);
    const pay = [...catalog.roles.roles.map((role) => entryPaySentence(rolePay(role))), ...(credentials.degreeTuition?.sectors.map((sector) => sector.says) ?? [])];
    // Credentials asked about with no sourced figures: what the coach says about them.
    texts.push(...credentials.notCarried.flatMap((entry) => [entry.name, entry.checkAt, entry.says ?? '']));
    // What the coach answers to "do I need a degree?" (degreeNote.text is the research note behind it).
    texts.push(...catalog.roles.roles.map((role) => role.degreeNote?.says ?? ''));
    expect([...texts, ...pay].filter(Boolean).flatMap(problems)).toEqual([]);
    // What is said about the hours goes inside brackets after them, so it has none of its own.
    expect(credentials.credentials.filter((c) => /[()[\]]/.test(c.hours?.says ?? '')).map((c) => c.id)).toEqual([]);
  });

  it('never repeats a provider in its own name', () => {
    for (const c of credentials.credentials) {
      const shown = `${c.name}${providerNote(c.name, c.provider)}`;
      const first = c.provider.split(/[\s(]+/)[0] ?? '';
      expect(shown.toLowerCase().split(first.toLowerCase()).length - 1, shown).toBeLessThanOrEqual(Math.max(1, c.name.toLowerCase().split(first.toLowerCase()).length - 1));
    }
  });

  it('gives every credential study hours with a basis and words for the person, and every role an entry-level figure or words saying there is none', () => {
    for (const c of credentials.credentials) {
      expect([c.id, c.hours?.kind, Boolean(c.hours?.basis), Boolean(c.hours?.says), Boolean(c.hours?.asOf)]).toEqual([c.id, expect.stringMatching(/^(provider|estimate)$/), true, true, true]);
      // An estimate says it is one.
      if (c.hours?.kind === 'estimate') expect(c.hours.says, c.id).toMatch(/\bestimate\b/);
    }
    for (const role of catalog.roles.roles) expect(role.entryPay, role.id).toBeDefined();
  });
});

describe('user-facing text: the credential flows', () => {
  for (const person of PEOPLE) {
    it(`reads as a coach would write it for the ${person.who}`, () => {
      const { texts } = advise(person);
      expect(texts.length).toBeGreaterThan(10);
      expect(texts.flatMap(problems)).toEqual([]);
    });
  }

  it('never says how the study hours were worked out, only the words written for the person', () => {
    const said = PEOPLE.flatMap((person) => advise(person).texts).join('\n');
    const answers = credentials.credentials.map((c) => answerCredentialQuestion({ kind: 'duration', credentials: [c] }, { gaps: [], held: [], today }, world())).join('\n');
    for (const c of credentials.credentials) {
      const { basis, says } = c.hours ?? {};
      // A basis the person-facing words repeat word for word is no research note.
      if (basis && !says?.includes(basis)) expect(`${said}\n${answers}`, c.id).not.toContain(basis);
    }
    // What is said instead: the words written for the person, for every credential.
    expect(credentials.credentials.filter((c) => !answers.includes(`${c.hours?.says}`)).map((c) => c.id)).toEqual([]);
  });

  it('answers questions about every credential as a coach would write them', () => {
    const asker = { role: { id: 'data-analyst', name: 'Data analyst' }, gaps: [{ skill: 'sql', share: 0.9 }], hoursPerWeek: 6, budgetUsd: 0, held: [], today };
    const kinds = ['worth', 'free', 'duration', 'employers', 'cost'] as const;
    const texts = credentials.credentials.flatMap((c) => kinds.map((kind) => answerCredentialQuestion({ kind, credentials: [c] }, asker, world())));
    expect(texts.flatMap(problems)).toEqual([]);
  });

  it('catches what it is meant to catch', () => {
    for (const bad of [
      'Recertify (rules U).;',
      'Passed [S] in 2024',
      'Coursera Plus pricing is U',
      'from secondary copies of the BLS page: check bls.gov',
      'Prep time varies (U)',
      'includes an unverified figure (only "commonly cited")',
      'Planning figures, not sourced: research 6 h',
      'no hands-on project (proctored-exam)',
      'Done..',
      'Harvard (CS50 (edX))',
      'costs $5 (a month',
      'for people who likes numbers',
      'about 1 weeks',
      'score 0.45 × coverage 1.00 + 0.25 = 0.83',
      '3-year return = 455.73',
      'about 4 weeks (planning estimate: 20–40 h, from prep guides that give 2 to 4 weeks of study)',
      'see study-hours-and-paths.md row 15',
      'the exam $99 (source: courseiva.com, 2023)',
      'the exam $253 per attempt (seen on certqna.pages.dev, as of May 2026)',
      'an exam fee from credential-facts-2.md §24',
      'a price from the S-copy of the page',
    ]) {
      expect(problems(bad), bad).not.toEqual([]);
    }
    expect(problems('It costs $294 in all over 3 years, and it takes about 22 weeks at your 10 hours a week (180–260 h, Google says so).')).toEqual([]);
    expect(problems('the exam $253 per attempt (seen on a third-party website, certqna.pages.dev, as of May 2026, not confirmed by CompTIA)')).toEqual([]);
    expect(problems('about 3 weeks (20–40 hours, an estimate from study guides; I found no figure from Microsoft)')).toEqual([]);
  });

  it('dates every plan step for every person, and says whether the studying fits the deadline', () => {
    for (const person of PEOPLE) {
      const { rec } = advise(person);
      expect(rec.plan.steps.every((s) => /^\d{4}-\d{2}-\d{2}$/.test(s.due ?? '')), person.who).toBe(true);
      if (person.situation.deadlineWeeks !== undefined) expect(marksAsWords(rec.plan.deadline?.text ?? ''), person.who).toMatch(/^Your studying ends on [A-Z][a-z]+day \d{1,2} [A-Z][a-z]+ \d{4}, /);
    }
  });

  it('says the return in words from entry-level pay, gently when it falls, and says so when there is no figure', () => {
    const [accountant, , manager, , salesforce] = [0, 1, 2, 3, 4].map((i) => advise(PEOPLE[i] as Person).rec);
    expect(accountant?.roi.sentence).toMatch(/^An entry-level data analyst earns about \$83,000 a year.* so it pays back /);
    expect(advise(PEOPLE[1] as Person).rec.roi.sentence).toMatch(/^An entry-level IT support specialist earns about \$48,000 a year/);
    expect(accountant?.comparison[2]?.costText).toMatch(/^\$46,440, from College Board, Trends in College Pricing 2024: average published tuition and fees for 2024–25/);
    expect(manager?.roi.sentence).toMatch(/a year less than you earn now, so the move would likely mean a pay cut at first\./);
    expect(salesforce?.roi.sentence).toMatch(/^The government publishes no pay figures for Salesforce administrators/);
  });
});
