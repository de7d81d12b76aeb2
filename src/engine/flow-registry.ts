import type { Flow } from './flow.js';
import type { Choice } from './reply.js';

/** The flows an engine knows, looked up by id, by the command that starts them, and for the menu. */
export class FlowRegistry {
  private readonly byId = new Map<string, Flow>();
  private readonly byCommand = new Map<string, Flow>();
  readonly menu: readonly Choice[];

  constructor(
    flows: readonly Flow[],
    /** The flow a brand-new user meets. */
    readonly entryId: string,
  ) {
    for (const flow of flows) {
      if (this.byId.has(flow.id)) throw new Error(`Two flows have the id "${flow.id}".`);
      this.byId.set(flow.id, flow);
      for (const word of flow.commands ?? []) this.byCommand.set(word.toLowerCase(), flow);
    }
    if (!this.byId.has(entryId)) throw new Error(`The entry flow "${entryId}" is not registered.`);
    this.menu = flows.flatMap((flow) => (flow.menuLabel ? [{ id: flow.id, label: flow.menuLabel }] : []));
  }

  get(id: string): Flow | undefined {
    return this.byId.get(id);
  }

  forCommand(word: string): Flow | undefined {
    return this.byCommand.get(word.toLowerCase());
  }

  get entry(): Flow {
    return this.byId.get(this.entryId) as Flow;
  }
}
