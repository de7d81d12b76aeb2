import type { CoachData } from '../src/coach-data.js';
import { beyondCatalogAnswer, beyondNamed, loadBeyondCatalog, type BeyondCredential } from '../src/credentials/beyond-catalog.js';
import type { OffScriptAnswerer } from '../src/engine/off-script.js';
import { questionAsker } from './off-script-asker.js';

/**
 * A question naming a credential above the catalog ("should i skip the associate and go for devops
 * pro", "is sa pro worth it"): answered from src/credentials/beyond-catalog.ts, about the step below
 * it on screen when there is one, before the other answers say only that the notes don't cover it.
 */
export function withBeyondCatalog(data: CoachData, answerer: OffScriptAnswerer, beyond: readonly BeyondCredential[] = loadBeyondCatalog()): OffScriptAnswerer {
  const { onScreen } = questionAsker(data);
  return (q) => {
    const named = beyondNamed(q.text, beyond);
    if (!named) return answerer(q);
    const shown = onScreen(q).find((c) => named.above.includes(c.id));
    const below = shown ?? data.credentials.byId.get(named.above[0] ?? '');
    return { text: beyondCatalogAnswer(named, below), answered: true };
  };
}
