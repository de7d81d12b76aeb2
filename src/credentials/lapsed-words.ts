import { listOf } from '../roles/suggest-roles.js';

/**
 * What the coach says of credentials held once and let lapse ("had network+ from 2016, let it lapse
 * in 2019"). A lapsed credential proves what the person once learned, so it shortens the study for
 * the next one; it is not current, so it never sets the next one aside. Its exam version is the one
 * they passed, not today's, so it is named without the bracketed code.
 */
export function lapsedLine(names: readonly string[]): string {
  const bare = names.map((n) => n.replace(/\s*\([^)]*\)\s*/g, ' ').trim());
  const one = bare.length === 1;
  const [they, them] = one ? ['it', 'it'] : ['they', 'them'];
  return `Your ${listOf(bare)} ${one ? 'has' : 'have'} lapsed: I count what ${they} taught you, but not as ${one ? 'a current credential' : 'current credentials'}, so ${they} won't stand in for the next one on your path. You don't need to take ${them} again unless a posting asks for ${them} by name.`;
}
