import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { fundingAnswer, loadFunding, readFundingQuestion, type Funding } from '../src/credentials/funding-answer.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';

let data: CoachData;
let funding: Funding;
beforeAll(async () => {
  data = await loadCoachData();
  funding = loadFunding();
});
const byId = (id: string) => data.credentials.byId.get(id) as CatalogCredential;

describe('a question about who pays', () => {
  it('names the programme asked about, as people type it', () => {
    for (const said of ['does the GI bill pay for these?', 'can i use my gi bill', 'would post-9/11 cover the CKA', 'is it VA benefits eligible?'])
      expect(readFundingQuestion(said, funding), said).toMatchObject({ id: 'gi-bill' });
    for (const said of ['will my company pay for it', 'does my employer cover certs?', 'can i use my learning budget for this'])
      expect(readFundingQuestion(said, funding), said).toMatchObject({ id: 'employer' });
    expect(readFundingQuestion('does WIOA pay for training', funding)).toMatchObject({ id: 'wioa' });
  });

  it('leaves aid in general to the free answer, and other questions alone', () => {
    for (const said of ['any scholarship?', 'is there financial aid', 'how much are these?', 'is k8s cert worth it', 'my company uses aws', 'will the cert help me keep my job?', 'does my job count as experience?', 'what does a devops engineer earn?'])
      expect(readFundingQuestion(said, funding), said).toBeUndefined();
  });

  it('keeps a basis for every programme it names by its own office or tool', () => {
    for (const id of ['gi-bill', 'wioa']) expect(funding.programmes.find((p) => p.id === id)?.basis?.url).toMatch(/^https:\/\//);
  });
});

describe('the funding answer', () => {
  it('says it does not know whether a programme covers them and where to check, with what the catalog knows of aid, never prices', () => {
    const ask = readFundingQuestion('does the GI bill pay for these?', funding);
    if (!ask) throw new Error('not read');
    const said = fundingAnswer(ask, [byId('aws-solutions-architect-associate'), byId('google-it-support')]);
    expect(said).toContain("I don't know whether the GI Bill covers these");
    expect(said).toContain('GI Bill Comparison Tool');
    expect(said).toContain("*AWS Certified Solutions Architect – Associate (SAA-C03)*: my notes have nothing on financial aid or free vouchers for it; check AWS's own page.");
    expect(said).toContain('*Google IT Support Professional Certificate*: its provider offers financial aid and you can audit the course free.');
    expect(said).not.toMatch(/\$\d|budget/);
  });

  it('says what the employer route is, for one credential, without a rule of its own', () => {
    const employer = readFundingQuestion('will my company pay for the CKA', funding);
    if (!employer) throw new Error('not read');
    const said = fundingAnswer(employer, [byId('cncf-cka')]);
    expect(said).toContain("I don't know whether your employer pays for this one");
    expect(said).toContain('your manager or HR');
  });
});
