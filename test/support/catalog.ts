import { loadCatalog } from '../../src/data/load-data.js';
import type { Catalog } from '../../src/data/load-data.js';
import { loadCredentials, type CredentialCatalog } from '../../src/data/load-credentials.js';
import { buildCredentialIndex, type CredentialIndex } from '../../src/credentials/credential-index.js';

let loaded: Promise<Catalog> | undefined;

/** The real data files, loaded once per test file. */
export function realCatalog(): Promise<Catalog> {
  loaded ??= loadCatalog();
  return loaded;
}

/** The real catalog with its credentials and their index, as the credential tests read them. */
export async function realCredentialWorld(): Promise<{ catalog: Catalog; credentials: CredentialCatalog; index: CredentialIndex }> {
  const catalog = await realCatalog();
  const credentials = await loadCredentials(catalog.skills, catalog.roles);
  return { catalog, credentials, index: buildCredentialIndex(credentials.credentials, catalog.skills) };
}
