import type { CoachData } from '../src/coach-data.js';
import { fundingAnswer, loadFunding, readFundingQuestion, type Funding } from '../src/credentials/funding-answer.js';
import type { OffScriptAnswerer } from '../src/engine/off-script.js';
import { credentialFinder } from './named-credentials.js';
import { questionAsker } from './off-script-asker.js';

/**
 * "does the GI bill pay for these?" asked anywhere: answered as a question about who pays, before
 * the other off-script answers read "pay for" as a question about price. The credentials it is about
 * are the ones it names, else the picks on screen (src/credentials/funding-answer.ts).
 */
export function withFunding(data: CoachData, answerer: OffScriptAnswerer, funding: Funding = loadFunding()): OffScriptAnswerer {
  const finder = credentialFinder(data.credentials.credentials);
  const { onScreen } = questionAsker(data);
  return (q) => {
    const programme = readFundingQuestion(q.text, funding);
    if (!programme) return answerer(q);
    const named = finder.named(q.text);
    return { text: fundingAnswer(programme, named.length > 0 ? named : onScreen(q)), answered: true };
  };
}
