import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { plausiblyUsed } from '../src/star/tool-family.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});
const used = (tool: string, step: string) => plausiblyUsed(tool, step, data.extractor, (id) => data.catalog.skills.byId.get(id)?.name ?? id);

describe('whether a step plausibly used a held tool', () => {
  it.each([
    ['python', 'i cleaned the export with pandas and compared the averages'],
    ['sql', 'I queried the PostgreSQL tables to find the missing rows'],
    ['excel', 'I kept every order in spreadsheets'],
  ])('%s in %j: a narrower tool of it is named', (tool, step) => expect(used(tool, step)).toBe(true));

  it.each([
    ['python', 'i make table in google sheets with same grades and compare'],
    ['python', 'I wrote to support with screenshots'],
    ['excel', 'i wrote a bug report with steps and screenshots'],
  ])('%s in %j: another tool or none', (tool, step) => expect(used(tool, step)).toBe(false));

  it('is never said without an extractor', () => expect(plausiblyUsed('python', 'with pandas', undefined, (id) => id)).toBe(false));
});
