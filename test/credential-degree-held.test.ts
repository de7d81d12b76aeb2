import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import { degreeHeldJobs, impliedDegree, readStatedDegree } from '../src/credentials/degree-held.js';
import { recommend } from '../src/credentials/recommend.js';

/**
 * Someone whose job needs a degree by licence (a teacher, a CPA) is never shown a first four-year
 * degree beside the picks: the side-by-side says they hold one and why it leaves that row out.
 */
let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const TODAY = new Date('2026-12-07T09:00:00Z');

describe('the degree a job implies', () => {
  it.each([
    ['high school english teacher', 'public-school-teacher'],
    ['Teacher, 30 years', 'public-school-teacher'],
    ['CPA at a mid-size firm', 'certified-public-accountant'],
    ['staff attorney', 'lawyer'],
  ])('%s', (job, id) => {
    expect(impliedDegree(job)?.id).toBe(id);
  });

  it('reads no degree into jobs that do not need one, nor into short titles that mean other things', () => {
    for (const job of ['network cable installer', 'registered nurse', 'MD of a logistics firm', 'teaching assistant', 'physical therapist', 'solutions architect', undefined]) {
      expect(impliedDegree(job), job).toBeUndefined();
    }
  });

  it('lists only jobs of roles.json degreeRequired', () => {
    const licensed = new Set(data.catalog.roles.degreeRequired.map((d) => d.id));
    for (const job of degreeHeldJobs()) expect(licensed.has(job.id), job.id).toBe(true);
  });
});

describe('a degree the person states', () => {
  it.each([
    ['i run the lab instruments. write SOPs, QA/QC of results. BSc chemistry', { level: 'bachelor', said: 'BSc chemistry' }],
    ['I have a masters in biology', { level: 'master', said: 'masters in biology' }],
    ['MBA from state', { level: 'master', said: 'MBA' }],
    ['PhD in physics', { level: 'doctorate', said: 'PhD in physics' }],
    ['I have a degree in history and 10 years teaching', { level: 'degree', said: 'degree in history' }],
    ['BA in English', { level: 'bachelor', said: 'BA in English' }],
  ])('%s', (text, degree) => {
    expect(readStatedDegree(text)).toEqual(degree);
  });

  it('reads no degree from a question, a plan, a denial or a job title', () => {
    for (const text of ['no degree, just experience', 'do i need a bachelors degree?', 'I am working on my bachelor degree', 'business analyst for 5 years', 'an associate degree in nursing', 'i never finished my degree in history']) {
      expect(readStatedDegree(text), text).toBeUndefined();
    }
  });
});

describe('the side-by-side for someone who holds a degree', () => {
  const pick = (currentRole: string | undefined) => {
    const role = data.catalog.roles.byId.get('technical-writer');
    if (!role) throw new Error('no technical-writer role');
    return recommend({
      credentials: data.credentials.credentials,
      index: data.credentialIndex,
      role,
      gaps: [{ skill: 'technical-documentation', share: 1 }],
      situation: { hoursPerWeek: 5, today: TODAY, budgetUsd: 1000 },
      tuition: data.credentials.degreeTuition,
      person: currentRole ? { currentRole } : {},
    }).comparison.find((c) => c.kind === 'degree');
  };

  it('leaves out a first four-year degree for a teacher and says why', () => {
    const degree = pick('high school english teacher');
    expect(degree?.costCents).toBeNull();
    expect(degree?.costText).toBe(
      "You already hold a degree (a public school teacher's licence needs a bachelor's degree), so I leave out a four-year degree; a graduate certificate would be the fair comparison, and I have no sourced price for one",
    );
  });

  it('still prices the published tuition for someone whose job implies none', () => {
    expect(pick('network cable installer')?.costText).toMatch(/^\$46,440, from College Board/);
  });
});
