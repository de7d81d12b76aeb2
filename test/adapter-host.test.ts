import { describe, expect, it } from 'vitest';
import { chooseAdapters, discoverAdapters } from '../src/adapter-host.js';
import type { AdapterModule } from '../src/adapter-host.js';

const adapter = (name: string, configured: boolean, fallback = false): AdapterModule => ({
  name,
  fallback,
  isConfigured: () => configured,
  start: async () => ({ done: Promise.resolve(), stop: async () => {} }),
});

describe('adapter discovery', () => {
  it('finds every folder in adapters/ by its adapter.ts, the terminal among them', async () => {
    const names = (await discoverAdapters()).map((m) => m.name);
    expect(names).toContain('terminal');
  });

  it('runs the configured adapters side by side, and the terminal only when none is configured', () => {
    const modules = [adapter('slack', true), adapter('discord', true), adapter('terminal', true, true)];
    expect(chooseAdapters(modules, {}).map((m) => m.name)).toEqual(['slack', 'discord']);
    expect(chooseAdapters([adapter('slack', false), adapter('terminal', true, true)], {}).map((m) => m.name)).toEqual(['terminal']);
  });
});
