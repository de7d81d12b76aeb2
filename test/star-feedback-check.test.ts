import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { loadCoachData, type CoachData } from '../src/coach-data.js';
import type { AnswerAnalysis } from '../src/star/analyze-answer.js';
import { coachNotes } from '../src/star/coach-notes.js';
import { evidenceFromProfile, scoreAnswer } from '../src/star/score-answer.js';

/**
 * The coach's feedback on labelled answers (test/fixtures/star-feedback): what a careers coach's
 * feedback must say and must never say, read as the chat gives it (praise, suggestions, the next
 * question), with the person's profile turned into scoring context as the practice flow does.
 */

const range = z.object({ min: z.number().optional(), max: z.number().optional() }).strict();
const caseSchema = z
  .object({
    name: z.string().min(1),
    question: z.string().min(1),
    profile: z
      .object({
        role: z.string().optional(),
        skills: z.array(z.string()).optional(),
        credentialPick: z.object({ ids: z.array(z.string()), names: z.array(z.string()) }).optional(),
        credentialsHeld: z.array(z.string()).optional(),
      })
      .strict()
      .optional(),
    answer: z.string().min(1),
    must: z.array(z.string()).optional(),
    mustNot: z.array(z.string()).optional(),
    scores: z.partialRecord(z.enum(['situation', 'task', 'action', 'result']), range).optional(),
    aboveOn: z.object({ part: z.enum(['situation', 'task', 'action', 'result']), than: z.string() }).optional(),
  })
  .strict();
const fileSchema = z.object({ about: z.string(), cases: z.array(caseSchema).min(1) }).strict();
type Case = z.infer<typeof caseSchema>;

const DIR = new URL('./fixtures/star-feedback/', import.meta.url);
const cases: Case[] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .flatMap((f) => fileSchema.parse(JSON.parse(readFileSync(new URL(f, DIR), 'utf8'))).cases);

let data: CoachData;
const analyses = new Map<string, AnswerAnalysis>();

function score(c: Case): AnswerAnalysis {
  const question = data.questions.byId.get(c.question);
  if (!question) throw new Error(`${c.name}: no question ${c.question}`);
  const p = c.profile ?? {};
  const role = p.role ? data.catalog.roles.byId.get(p.role) : undefined;
  if (p.role && !role) throw new Error(`${c.name}: no role ${p.role}`);
  const held = evidenceFromProfile(
    { skills: p.skills?.map((skill) => ({ skill })), credentialPick: p.credentialPick, credentialsHeld: p.credentialsHeld?.map((id) => ({ id })) },
    (id) => data.catalog.skills.byId.get(id)?.category,
    (id) => data.credentials.credentials.find((c) => c.id === id)?.assessment.includes('capstone'),
  );
  return scoreAnswer(c.answer, question, { role, ...held, extractor: data.extractor, skillName: data.skillName });
}

/** Everything the person reads about the answer, as one text. */
const feedbackText = (a: AnswerAnalysis): string =>
  [...coachNotes({ strong: a.strong, strengths: a.strengths, suggestions: a.suggestions, issues: a.issues }), a.followUp].join('\n');

beforeAll(async () => {
  data = await loadCoachData();
  for (const c of cases) analyses.set(c.name, score(c));
});

describe('coach feedback on labelled answers', () => {
  it('has at least 20 answers, each named once', () => {
    expect(cases.length).toBeGreaterThanOrEqual(20);
    expect(new Set(cases.map((c) => c.name)).size).toBe(cases.length);
  });

  it.each(cases)('$name', (c) => {
    const a = analyses.get(c.name) as AnswerAnalysis;
    const text = feedbackText(a);
    for (const pattern of c.must ?? []) expect(text, `must match ${pattern}`).toMatch(new RegExp(pattern, 'i'));
    for (const pattern of c.mustNot ?? []) expect(text, `must not match ${pattern}`).not.toMatch(new RegExp(pattern, 'i'));
    for (const [part, { min, max }] of Object.entries(c.scores ?? {})) {
      const got = a.parts[part as keyof AnswerAnalysis['parts']].score;
      if (min !== undefined) expect(got, `${part} score`).toBeGreaterThanOrEqual(min);
      if (max !== undefined) expect(got, `${part} score`).toBeLessThanOrEqual(max);
    }
    if (c.aboveOn) {
      const other = analyses.get(c.aboveOn.than);
      expect(other, `no case ${c.aboveOn.than}`).toBeDefined();
      expect(a.parts[c.aboveOn.part].score).toBeGreaterThan(other?.parts[c.aboveOn.part].score ?? 0);
    }
  });
});
