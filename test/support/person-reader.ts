import { beforeAll } from 'vitest';
import { loadCoachData } from '../../src/coach-data.js';
import { createPersonReader, type PersonReader } from '../../src/skills/read-person.js';

/**
 * The person reader over the real data, built once per test file, and `skillsOf`: the skills a sentence
 * is read as saying outright (none only inferred from another), by id, the way the reader's tests ask.
 */
export function personReaderForTests() {
  let built: PersonReader | undefined;
  beforeAll(async () => {
    const data = await loadCoachData();
    built = createPersonReader(data.extractor, data.catalog.skills, data.credentials.credentials);
  });
  const reader = (): PersonReader => {
    if (!built) throw new Error('the person reader is built in beforeAll: call it inside a test');
    return built;
  };
  const skillsOf = (text: string) => Object.fromEntries(reader().read(text).skills.filter((s) => !s.inferredFrom).map((s) => [s.skill, s]));
  return { reader, skillsOf };
}
