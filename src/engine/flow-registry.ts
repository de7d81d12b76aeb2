import type { Flow, SaidChoice } from './flow.js';
import type { OffScriptAnswerer } from './off-script.js';
import type { Choice } from './reply.js';

export interface RegistryOptions {
  /** Answers questions typed off the script ("is there a free option?"); see off-script.ts. */
  offScript?: OffScriptAnswerer;
}

/**
 * The flows an engine knows, looked up by id, by the command that starts them, and for the menu.
 * Shared flows (peer practice) live in their own registry, `shared`: a conversation's session
 * runs only those, and a person's own session never does.
 */
export class FlowRegistry {
  private readonly byId = new Map<string, Flow>();
  private readonly byCommand = new Map<string, Flow>();
  readonly menu: readonly Choice[];
  /** This registry's flows, in the order given. */
  readonly flows: readonly Flow[];
  /** The flows of shared conversations, the first of them their entry; undefined when there are none. */
  readonly shared: FlowRegistry | undefined;
  readonly offScript: OffScriptAnswerer | undefined;

  constructor(
    flows: readonly Flow[],
    /** The flow a brand-new user meets. */
    readonly entryId: string,
    options: RegistryOptions = {},
  ) {
    this.offScript = options.offScript;
    const sharedOnly = flows.every((flow) => flow.shared);
    const own = sharedOnly ? flows : flows.filter((flow) => !flow.shared);
    this.flows = own;
    for (const flow of own) {
      if (this.byId.has(flow.id)) throw new Error(`Two flows have the id "${flow.id}".`);
      this.byId.set(flow.id, flow);
      for (const word of flow.commands ?? []) this.byCommand.set(word.toLowerCase(), flow);
    }
    if (!this.byId.has(entryId)) throw new Error(`The entry flow "${entryId}" is not registered.`);
    this.menu = own.flatMap((flow) => (flow.menuLabel ? [{ id: flow.id, label: flow.menuLabel }] : []));
    const shared = flows.filter((flow) => flow.shared);
    this.shared = sharedOnly ? this : shared[0] && new FlowRegistry(shared, shared[0].id);
  }

  get(id: string): Flow | undefined {
    return this.byId.get(id);
  }

  /** Menu options with the words people name each by (its flow's menuWords), for reading a typed answer. */
  said(choices: readonly Choice[]): SaidChoice[] {
    return choices.map((choice) => ({ ...choice, words: this.byId.get(choice.id)?.menuWords ?? [] }));
  }

  forCommand(word: string): Flow | undefined {
    return this.byCommand.get(word.toLowerCase());
  }

  get entry(): Flow {
    return this.byId.get(this.entryId) as Flow;
  }
}
