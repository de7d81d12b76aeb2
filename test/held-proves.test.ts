import { beforeAll, describe, expect, it } from 'vitest';
import { loadCoachData } from '../src/coach-data.js';
import type { CoachData } from '../src/coach-data.js';
import { gapsLeft, provedByHeld } from '../src/credentials/held-proves.js';

let data: CoachData;
beforeAll(async () => {
  data = await loadCoachData();
});

const gap = (skill: string, share: number, alternatives?: string[]) => ({ skill, share, ...(alternatives ? { alternatives } : {}) });

describe('what a held credential proves for the role aimed at', () => {
  it("a job-ready certificate made for the role proves what it teaches: Google Data Analytics leaves a data analyst's data analysis, R and cleaning no gaps", () => {
    const proved = provedByHeld(data.credentialIndex, 'data-analyst', ['google-data-analytics']);
    const gaps = [gap('statistics', 1), gap('data-analysis', 0.7), gap('r', 0.9), gap('data-cleaning', 0.7), gap('power-query', 0.5)];
    expect(gapsLeft(gaps, proved).map((g) => g.skill)).toEqual(['statistics', 'power-query']);
  });

  it('a gap met by any of its alternatives is proved when the credential teaches one of them', () => {
    const proved = provedByHeld(data.credentialIndex, 'data-analyst', ['google-data-analytics']);
    expect(gapsLeft([gap('power-bi', 0.8, ['power-bi', 'tableau'])], proved)).toEqual([]);
  });

  it('a fundamentals exam proves only the basics: AZ-900 leaves a posting asking to administer Azure a gap', () => {
    const proved = provedByHeld(data.credentialIndex, 'cloud-engineer', ['microsoft-az-900']);
    expect(gapsLeft([gap('azure', 1), gap('kubernetes', 0.5)], proved).map((g) => g.skill)).toEqual(['azure', 'kubernetes']);
  });

  it("an experienced professional's credential proves years, not each topic: a PMP leaves a posting's Scrum a gap", () => {
    expect(provedByHeld(data.credentialIndex, 'project-manager', ['pmi-pmp']).size).toBe(0);
  });

  it('a certificate made for another role proves nothing here, and nothing held changes nothing', () => {
    const gaps = [gap('networking', 1), gap('data-analysis', 0.5)];
    expect(gapsLeft(gaps, provedByHeld(data.credentialIndex, 'it-support', ['google-data-analytics']))).toEqual(gaps);
    expect(gapsLeft(gaps, provedByHeld(data.credentialIndex, 'it-support', []))).toBe(gaps);
  });
});
