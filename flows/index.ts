import type { CoachData } from '../src/coach-data.js';
import type { Flow } from '../src/engine/flow.js';
import { FlowRegistry } from '../src/engine/flow-registry.js';
import { checkinContinueFlow, checkinFlow, checkinsSetupFlow } from './checkins.js';
import { createCredentialPickFlow, planView } from './credential-pick.js';
import { createGapInterviewFlow } from './gap-interview.js';
import { createInterviewPracticeFlow, practiceProgressFlow } from './interview-practice.js';
import { MENU_WORDS } from './menu-words.js';
import { createOffScriptAnswerer } from './off-script-answers.js';
import { createPeerPracticeFlow } from './peer-practice.js';
import { createPlanExportFlow } from './plan-export.js';
import { createProgressFlow } from './plan-progress.js';
import { welcomeFlow } from './welcome.js';

/** A flow with the ways people name it at a menu and what it does in one line (menu-words.ts), when it has them. */
function named(flow: Flow): Flow {
  const said = MENU_WORDS[flow.id];
  return said ? { ...flow, menuWords: said.words, does: said.does } : flow;
}

/**
 * Every flow the coach offers. A new flow is added here and appears in the menu by its menuLabel,
 * read by its label and by the words people use for it (menu-words.ts); shared flows (peer
 * practice) go to the registry of shared conversations instead. Questions typed off the script are
 * answered from the same data (off-script-answers.ts).
 */
export function createFlowRegistry(data: CoachData): FlowRegistry {
  return new FlowRegistry(
    [welcomeFlow, createGapInterviewFlow(data), createCredentialPickFlow(data), planView, createPlanExportFlow(data), checkinsSetupFlow, checkinFlow, checkinContinueFlow, createInterviewPracticeFlow(data), practiceProgressFlow, createProgressFlow(practiceProgressFlow), createPeerPracticeFlow(data)].map(named),
    welcomeFlow.id,
    { offScript: createOffScriptAnswerer(data) },
  );
}
