import { beforeAll, describe, expect, it } from 'vitest';
import { createOffScriptAnswerer } from '../flows/off-script-answers.js';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import type { OffScriptQuestion } from '../src/engine/off-script.js';
import { pickQuestion } from './support/off-script-question.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

type Asked = { id: string; share: number; postings: { asks?: 'required' | 'preferred'; withinMonths?: number; within?: string }[] };
const SEC_WITHIN: Asked = { id: 'comptia-security-plus', share: 1, postings: [{ asks: 'required', withinMonths: 6, within: '6 months' }, { asks: 'preferred' }] };
const GICSP_PREFERRED: Asked = { id: 'giac-gicsp', share: 0.5, postings: [{ asks: 'preferred' }] };

/** A question at the credential pick from someone whose gap report was read from postings naming `asked`. */
function question(text: string, { role = 'cybersecurity-analyst', asked = [] as Asked[], pasted = true, choices = [] as string[], tentative = false } = {}): OffScriptQuestion {
  const q = pickQuestion(text, { choices, answers: { role, budget: 800, hours: 7 } });
  const gapReport = { role, source: pasted ? 'postings' : 'catalog', gaps: [{ skill: 'siem', share: 0.5 }], credentialsAsked: asked };
  return { ...q, ctx: { ...q.ctx, profile: { gapReport } }, ...(tentative ? { tentative } : {}) };
}
const answer = (q: OffScriptQuestion) => createOffScriptAnswerer(data)(q);

describe('a named credential against a kind of one: "security+ or something ICS specific first?"', () => {
  it.each(['should i do security+ or something ICS specific first?', 'Security+ or an ICS-specific cert first?', 'sec+ or something ics specific?'])('%j weighs Security+ against GICSP, the ICS one the postings name', (text) => {
    const said = answer(question(text, { asked: [SEC_WITHIN, GICSP_PREFERRED] })).text;
    expect(said).toMatch(/^\*CompTIA Security\+ \(SY0-701\)\* first\. One of your 2 postings requires it within 6 months of hire/);
    expect(said).toContain("*GIAC's Global Industrial Cyber Security Professional (GICSP)* is the ICS-specific one they name, to add after it: one of your 2 postings prefers it.");
    expect(said).toContain("I have no sourced price or study time for *GIAC's Global Industrial Cyber Security Professional (GICSP)*: check GIAC's GICSP page.");
    expect(said).toContain('$404 in all');
  });

  it('puts the kind first when the postings ask for it more firmly', () => {
    const gicspRequired: Asked = { id: 'giac-gicsp', share: 1, postings: [{ asks: 'required' }] };
    const securityPreferred: Asked = { id: 'comptia-security-plus', share: 0.5, postings: [{ asks: 'preferred' }] };
    const said = answer(question('security+ or something ICS specific first?', { asked: [securityPreferred, gicspRequired] })).text;
    expect(said).toMatch(/^\*GIAC's Global Industrial Cyber Security Professional \(GICSP\)\*, the ICS-specific one your postings name, first\. Your posting requires it/);
  });

  it('says when the postings name no credential of that kind, and still answers about the one named', () => {
    const said = answer(question('should i do security+ or something cloud specific first?', { asked: [SEC_WITHIN, GICSP_PREFERRED] })).text;
    expect(said).toContain('My notes have no cloud-specific credential that your postings name');
    expect(said).not.toContain('GICSP');
    expect(said).not.toContain('cloud engineer');
    expect(said).toContain('$404 in all');
  });

  it('two credentials named on both sides stay a comparison of the two', () => {
    const said = answer(question('security+ or network+ first?', { asked: [SEC_WITHIN] })).text;
    expect(said).not.toContain('-specific');
  });
});

describe('a credential code the catalog lacks is never answered about the one on screen', () => {
  it.each(['is CISSP worth it', 'is CISSP worth it for me?', 'how long does OSCP take'])('%j', (text) => {
    const said = answer(question(text, { choices: ['pick:google-cybersecurity'] })).text;
    expect(said).toMatch(/^\*(?:CISSP|OSCP)\*: I don't have sourced figures for that one/);
    expect(said).not.toContain('Google Cybersecurity');
  });

  it('names the provider\'s page when the message names a provider the catalog knows', () => {
    expect(answer(question('is the CompTIA CASP worth it?', { choices: ['pick:google-cybersecurity'] })).text).toMatch(/^\*CASP\*: .*Check CompTIA's own page/);
  });

  it.each([['is it worth it?', 'Google Cybersecurity'], ['is SOC work worth it for me?', 'Google Cybersecurity']])('%j is still about the pick on screen', (text, about) => {
    expect(answer(question(text, { choices: ['pick:google-cybersecurity'] })).text).toContain(about);
  });
});

describe('a portfolio against a certificate', () => {
  it.each(['i need portfolio or certificate more?', 'do i need portfolio or certificate more?', 'what matters more, a portfolio or a cert?', 'is a certification better than a portfolio'])('%j: the portfolio, when no posting names a certificate', (text) => {
    const said = answer(question(text, { role: 'ux-designer', tentative: true })).text;
    expect(said).toMatch(/^The portfolio: none of your postings names a certificate, so what they will judge is your work\. For ux designer work, a good piece: /);
  });

  it('both, when a posting requires one', () => {
    const said = answer(question('portfolio or certificate, which first?', { asked: [SEC_WITHIN] })).text;
    expect(said).toMatch(/^Both, for your postings: one of your 2 postings requires \*CompTIA Security\+ \(SY0-701\)\* within 6 months of hire/);
  });

  it('asks for postings when none were pasted', () => {
    expect(answer(question('portfolio or certificate?', { role: 'ux-designer', pasted: false })).text).toContain('paste a few in the gap interview');
  });

  it.each(['do i even need a cert for web dev??', 'Do I really need a certification for this?', 'is a certificate even necessary?', 'can i just build projects instead of a course?'])(
    '%j: whether one is needed at all, answered from the postings',
    (text) => {
      const said = answer(question(text, { role: 'ux-designer' })).text;
      expect(said).toMatch(/^The portfolio: none of your postings names a certificate/);
    },
  );

  it.each(['can i skip the cert and just do the course videos', 'do i even need a certificate?', 'could I go without the cert?'])('%j: not where a posting requires one', (text) => {
    const said = answer(question(text, { asked: [SEC_WITHIN] })).text;
    expect(said).toMatch(/^Not for every job, but for some you can't\. One of your postings requires CompTIA Security\+ within 6 months of hire/);
    expect(said).toContain('the portfolio shows you can do the work');
  });

  it('answers the projects half of "is security+ worth it or just build projects" after the credential', () => {
    const said = answer(question('is security+ worth it or just build projects', { asked: [GICSP_PREFERRED] })).text;
    expect(said).toMatch(/^[^\n]*CompTIA Security\+/);
    expect(said).toContain('The portfolio: none of your postings requires a certificate');
  });

  it.each(['how long will the portfolio piece take?', 'what goes in a portfolio?', 'do i need the cert if i already do this at work?', 'how do i skip this question?'])('%j is not a weighing', (text) => {
    expect(answer(question(text, { role: 'ux-designer' })).text).not.toMatch(/^The portfolio:/);
  });
});

describe('the choices asked for again at a menu', () => {
  it.each(['hmm what are the choices', 'what are my options?', 'show me the options again', 'what can i pick from'])('%j', (text) => {
    const q = { ...question(text, { choices: ['data', 'teamwork'], tentative: true }), flow: 'interview-practice', step: 'topics' };
    expect(answer(q)).toEqual({ text: 'Here they are again: pick one by its number or its name.', answered: true });
  });

  it.each(['what are the options for free?', 'which options are cheaper', 'tell me the options for sql'])('%j asks something else', (text) => {
    const q = { ...question(text, { choices: ['pick:google-cybersecurity'] }) };
    expect(answer(q).text).not.toContain('Here they are again');
  });

  it('not where nothing is on screen to choose', () => {
    const q = { ...question('what are my options?'), flow: 'gap-interview', step: 'target', choices: [] };
    expect(answer(q).text).not.toContain('Here they are again');
  });
});

describe('a credential a posting requires within months of hire, asked "before applying"', () => {
  const EPIC: Asked = { id: 'epic-certification', share: 0.5, postings: [{ asks: 'required', withinMonths: 6, within: '6 months' }] };

  it.each(['do i need epic certification before applying?', 'do I need the Epic cert before I apply?', 'is epic certification required to apply'])('%j: not before, with the posting\'s own terms', (text) => {
    const said = answer(question(text, { role: 'health-informatics', asked: [EPIC] })).text;
    expect(said).toMatch(/^Not before you apply\. One of your postings requires Epic certification within 6 months of hire/);
    expect(said).toContain("check the hiring employer's Epic training team");
  });

  it('without "before applying", the terms alone', () => {
    const said = answer(question('do i need epic certification?', { role: 'health-informatics', asked: [EPIC] })).text;
    expect(said).toMatch(/^One of your postings requires Epic certification within 6 months of hire/);
  });

  it('required outright, no "not before"', () => {
    const required: Asked = { ...EPIC, postings: [{ asks: 'required' }] };
    expect(answer(question('do i need epic certification before applying?', { role: 'health-informatics', asked: [required] })).text).not.toContain('Not before');
  });
});
