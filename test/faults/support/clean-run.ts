import { createFlowRegistry } from '../../../flows/index.js';
import { loadCoachData } from '../../../src/coach-data.js';
import { Engine } from '../../../src/engine/engine.js';
import { MemorySessionStore } from '../../../src/engine/memory-session-store.js';
import { whereIs } from './slack-person.js';

/**
 * Where a person's session is after these messages with nothing going wrong: the same flows on
 * an in-memory store in this process, so that a scenario compares its end with a clean run
 * without starting another coach process for it.
 */
export async function cleanEnd(texts: readonly string[]): Promise<string> {
  const store = new MemorySessionStore();
  const engine = new Engine({ store, flows: createFlowRegistry(await loadCoachData()), ttlMs: 86_400_000 });
  const user = { platform: 'slack', tenant: 'T1', user: 'UCLEAN' };
  for (const [i, text] of texts.entries()) await engine.handle({ kind: 'text', ...user, conversation: 'DUCLEAN', eventId: `clean-${i}`, text });
  return whereIs(store.peek(user));
}
