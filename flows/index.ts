import { FlowRegistry } from '../src/engine/flow-registry.js';
import { welcomeFlow } from './welcome.js';

/** Every flow the coach offers. A new flow is added here and appears in the menu by its menuLabel. */
export const allFlows = [welcomeFlow];

export function createFlowRegistry(): FlowRegistry {
  return new FlowRegistry(allFlows, welcomeFlow.id);
}
