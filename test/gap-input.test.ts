import { beforeAll, describe, expect, it } from 'vitest';
import { heldFrom } from '../src/cli/gap-input.js';
import { loadCoachData, type CoachData } from '../src/coach-data.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

describe('pivot gaps --have, read as the chat reads the person', () => {
  it('reads skills with their level and words, credentials held, and sets a licence aside', () => {
    const held = heldFrom(data, 'Project manager, PMP certified, some SQL, handle customer complaints, clean driving licence');
    const direct = new Map(held.have.filter((h) => !h.inferredFrom).map((h) => [h.skill, h]));
    expect(direct.get('sql')).toMatchObject({ level: 'basic', evidence: 'some SQL' });
    expect(direct.get('customer-service')?.evidence).toBe('handle customer complaints');
    expect(direct.get('project-management')?.evidence).toBe('PMP certified');
    expect(held.credentials).toEqual([{ id: 'pmi-pmp', evidence: 'PMP certified' }]);
    expect(held.setAside).toEqual(['clean driving licence']);
  });

  it('reads "none" as nothing', () => {
    expect(heldFrom(data, 'none')).toEqual({ have: [], credentials: [], setAside: [] });
  });
});
