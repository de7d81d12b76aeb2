import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { asksRetake, retakeAnswer } from '../src/credentials/retake-answer.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const byId = (id: string) => {
  const c = data.credentials.byId.get(id);
  if (!c) throw new Error(id);
  return c;
};

describe('a question about failing or retaking an exam', () => {
  it.each([
    'what if i fail the test',
    "what happens if I don't pass?",
    'can I retake it?',
    'is there a resit if i flunk?',
    'how many attempts do i get',
    'What if I fail the exam the first time?',
    'do i have to pay for a second attempt',
  ])('%j asks it', (text) => expect(asksRetake(text)).toBe(true));
  it.each(['what if i fail at the new job', 'i failed my driving test once, does it matter?', 'how long is the test', 'is the exam online?', 'what if the company fails'])(
    '%j does not',
    (text) => expect(asksRetake(text)).toBe(false),
  );
});

describe('what a retake means, from the catalog', () => {
  it('gives the retake fee and the wait where the catalog has them', () => {
    const said = retakeAnswer([byId('google-cloud-ace')]);
    expect(said).toContain('*Google Cloud Associate Cloud Engineer*: a retake costs $125.');
    expect(said).toContain('Waits of 14 days, then 60 days, then 1 year between attempts');
  });
  it('says a per-attempt exam fee is paid again, and where to check a wait it lacks', () => {
    const said = retakeAnswer([byId('comptia-a-plus')]);
    expect(said).toContain('is per attempt (each of its exams), so a second try costs that again');
    expect(said).toContain("check CompTIA's retake policy before you book");
  });
  it('says a course with no exam has nothing to retake', () => {
    const noExam = data.credentials.credentials.find((c) => !c.assessment.includes('proctored-exam') && !c.assessment.includes('online-exam'));
    if (!noExam) throw new Error('no course without an exam');
    expect(retakeAnswer([noExam])).toContain(`*${noExam.name}* has no exam to book, so there is nothing to retake`);
  });
});
