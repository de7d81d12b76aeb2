import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { withBeyondCatalog } from '../flows/beyond-catalog-aside.js';
import { pickQuestion } from './support/off-script-question.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

describe('a question naming a credential above the catalog', () => {
  it('is answered about the step below it on screen, else its usual step before', () => {
    const answer = withBeyondCatalog(data, () => ({ text: 'other', answered: false }));
    const onScreen = answer(pickQuestion('should i skip the associate and go for devops pro', { choices: ['pick:aws-solutions-architect-associate'] }));
    expect(onScreen.answered).toBe(true);
    expect(onScreen.text).toContain('sits above *AWS Certified Solutions Architect – Associate (SAA-C03)*');
    expect(answer(pickQuestion('is devops pro worth it')).text).toContain('sits above *AWS Certified Developer – Associate (DVA-C02)*');
  });

  it('passes every other question on', () => {
    const answer = withBeyondCatalog(data, () => ({ text: 'other', answered: false }));
    expect(answer(pickQuestion('is k8s cert worth it')).text).toBe('other');
  });
});
