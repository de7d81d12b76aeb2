import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { beyondCatalogAnswer, beyondNamed, loadBeyondCatalog, type BeyondCredential } from '../src/credentials/beyond-catalog.js';
import type { CatalogCredential } from '../src/data/credentials-schema.js';

let data: CoachData;
let beyond: BeyondCredential[];
beforeAll(async () => {
  data = await loadCoachData();
  beyond = loadBeyondCatalog();
});
const byId = (id: string) => data.credentials.byId.get(id) as CatalogCredential;

describe('a credential above the catalog, named as people type it', () => {
  it('finds it by its short forms', () => {
    for (const said of ['should i skip the associate and go for devops pro', 'is the AWS DevOps Pro worth it?', 'how hard is DOP-C02'])
      expect(beyondNamed(said, beyond)?.name, said).toMatch(/DevOps Engineer – Professional/);
    expect(beyondNamed('go straight to sa pro?', beyond)?.name).toMatch(/Solutions Architect – Professional/);
  });

  it('leaves names it does not have, and catalog names, alone', () => {
    for (const said of ['is the devops cert worth it', 'aws saa or ccna?', 'pro tip: i like devops', 'what about sap?']) expect(beyondNamed(said, beyond), said).toBeUndefined();
  });

  it('keeps every step below it in the catalog, and a source for any experience it states', () => {
    for (const b of beyond) {
      for (const id of b.above) expect(data.credentials.byId.get(id), `${b.name} above ${id}`).toBeDefined();
      if (b.experience) expect(b.experience.source).not.toBe('');
    }
  });
});

describe('the answer about it', () => {
  it('says it is not in the notes, where to check, and the experience the step below already expects', () => {
    const pro = beyondNamed('devops pro', beyond) as BeyondCredential;
    const said = beyondCatalogAnswer(pro, byId('aws-solutions-architect-associate'));
    expect(said).toContain("*AWS Certified DevOps Engineer – Professional (DOP-C02)* is not in my notes, so I can't give you its price");
    expect(said).toContain('check aws.amazon.com/certification/certified-devops-engineer-professional');
    expect(said).toContain('AWS recommends at least a year of hands-on AWS before it');
    expect(said).toContain('Skipping the associate does not skip that experience');
    expect(said).not.toMatch(/\$\d|\d+ hours/);
  });

  it('says the experience a source gives for it, and nothing of a step below it knows nothing of', () => {
    const sap = beyondNamed('sa pro', beyond) as BeyondCredential;
    expect(beyondCatalogAnswer(sap, undefined)).toContain('It expects 2 or more years of hands-on AWS.');
    expect(beyondCatalogAnswer(sap, undefined)).not.toContain('sits above');
  });
});
