import { compile } from 'vega-lite';
import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';

type WithToJSON = { toJSON?: () => string };
const setPrototype = Set.prototype as unknown as WithToJSON;

/**
 * Vega-Lite patches Set.prototype.toJSON when it loads, for its own hashing, and leaves it on for
 * the whole process: every JSON.stringify of a Set then changes, and discord.js fails to load after
 * it. The patch is taken off here as soon as Vega-Lite has loaded, and put back only while it
 * compiles (synchronous, so nothing else runs meanwhile).
 */
const patch = setPrototype.toJSON;
delete setPrototype.toJSON;

export function compileVegaLite(spec: TopLevelSpec): Spec {
  if (patch) setPrototype.toJSON = patch;
  try {
    return compile(spec).spec;
  } finally {
    delete setPrototype.toJSON;
  }
}
