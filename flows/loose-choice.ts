/** The loose reading of a choice lives in the engine (the rest menu reads with it too); flows import it from here as before. */
export { readLoosely } from '../src/engine/read/loose-choice.js';
export type { LooseReading } from '../src/engine/read/loose-choice.js';
