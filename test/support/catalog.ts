import { loadCatalog } from '../../src/data/load-data.js';
import type { Catalog } from '../../src/data/load-data.js';

let loaded: Promise<Catalog> | undefined;

/** The real data files, loaded once per test file. */
export function realCatalog(): Promise<Catalog> {
  loaded ??= loadCatalog();
  return loaded;
}
