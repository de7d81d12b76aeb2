import { beforeAll, describe, expect, it } from 'vitest';
import { loadSkills, type SkillCatalog } from '../src/data/load-data.js';
import { createSkillExtractor, type SkillExtractor } from '../src/skills/extract-skills.js';
import { readPosting } from '../src/skills/posting-levels.js';

// posting-work.ts finds duties a posting words without a skill's name; read through readPosting, which adds them.
let catalog: SkillCatalog;
let extractor: SkillExtractor;
beforeAll(async () => {
  catalog = await loadSkills();
  extractor = createSkillExtractor(catalog);
});

const asked = (text: string): string[] => readPosting(extractor, catalog, text).demands.flatMap((d) => d.skills);

describe('the hardware of a wireless network, in a posting', () => {
  it('reads access points as networking, however they are written', () => {
    for (const text of [
      'Responsibilities:\n- Install and configure wireless access points across 19 school sites',
      'Requirements:\n- Experience replacing access points and switches',
      'You will update access-point firmware and reset an access point when it drops.',
    ]) {
      expect(asked(text), text).toContain('networking');
    }
  });

  it('does not read other points or access as networking', () => {
    for (const text of ['Requirements:\n- Manage user access and points of contact', 'Requirements:\n- Be the single point of access for vendors']) {
      expect(asked(text), text).not.toContain('networking');
    }
  });
});
