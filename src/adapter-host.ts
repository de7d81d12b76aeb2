import { readdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Engine } from './engine/engine.js';
import type { Logger } from './log.js';

/** What an adapter gets from the host: the engine to hand events to, and the process's surroundings. */
export interface AdapterContext {
  engine: Engine;
  env: NodeJS.ProcessEnv;
  argv: readonly string[];
  logger: Logger;
}

export interface RunningAdapter {
  /** Resolves when the adapter is done by itself (the terminal at end of input); chat adapters never are. */
  readonly done: Promise<void>;
  stop(): Promise<void>;
}

/**
 * Each folder in adapters/ has an adapter.ts whose default export is one of these: the host
 * finds them by listing the folder, so a new platform is a new folder and nothing else.
 */
export interface AdapterModule {
  name: string;
  /** True when the environment holds what this adapter needs (its tokens). */
  isConfigured(env: NodeJS.ProcessEnv): boolean;
  /** The terminal runs when no other adapter is configured. */
  fallback?: boolean;
  start(context: AdapterContext): Promise<RunningAdapter>;
}

const adaptersDir = fileURLToPath(new URL('../adapters/', import.meta.url));

export async function discoverAdapters(dir = adaptersDir): Promise<AdapterModule[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const modules: AdapterModule[] = [];
  for (const entry of entries.filter((e) => e.isDirectory()).sort((a, b) => a.name.localeCompare(b.name))) {
    const module = (await import(`${dir}${entry.name}/adapter.ts`)) as { default?: AdapterModule };
    if (!module.default) throw new Error(`adapters/${entry.name}/adapter.ts has no default export.`);
    modules.push(module.default);
  }
  return modules;
}

/** The configured adapters, or the fallback (the terminal) when none is. */
export function chooseAdapters(modules: readonly AdapterModule[], env: NodeJS.ProcessEnv): AdapterModule[] {
  const configured = modules.filter((m) => !m.fallback && m.isConfigured(env));
  return configured.length > 0 ? configured : modules.filter((m) => m.fallback);
}
