import type { Option } from './choice.js';
import { contentStems } from './content-words.js';

/**
 * Which option a free answer means when it is not a number, a label or one of an option's sayings
 * said whole: "gaps first", "start with the gaps", "the skills thing", "mock interview please",
 * "a question about improve a process please". Each option is known by the words of its label and
 * of its sayings (data, not rules written for one sentence); an answer picks the option whose words
 * it says most, a word shared by several options counting for each only its share. Nothing said,
 * or two options said as much, is unsure: the caller then says what each option is and asks again,
 * never guesses.
 */
export type LooseReading = { kind: 'pick'; id: string } | { kind: 'unsure'; ids: string[] };

export function readLoosely(choices: readonly Option[], typed: string): LooseReading {
  const said = new Set(contentStems(typed));
  const keys = choices.map((c) => new Set([c.label, ...(c.words ?? [])].flatMap(contentStems)));
  const owners = new Map<string, number>();
  for (const set of keys) for (const k of set) owners.set(k, (owners.get(k) ?? 0) + 1);
  const scores = keys.map((set) => [...set].reduce((sum, k) => sum + (said.has(k) ? 1 / (owners.get(k) ?? 1) : 0), 0));
  const best = Math.max(0, ...scores);
  const top = choices.filter((_, i) => scores[i] === best);
  if (best > 0 && top.length === 1) return { kind: 'pick', id: (top[0] as Option).id };
  return { kind: 'unsure', ids: best > 0 ? top.map((c) => c.id) : [] };
}
