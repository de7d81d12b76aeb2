import type { CoachData } from '../coach-data.js';
import type { Role } from '../data/roles-schema.js';
import { UsageError } from './usage-error.js';

/** A --role option as typed, matched to the catalog; anything else is a usage error naming the way out. */
export function resolveRole(data: CoachData, typed: string): Role {
  const match = data.roleMatcher.match(typed);
  if (match.kind === 'role') return match.role;
  if (match.kind === 'degree-required') {
    const instead = match.entry.adjacent.map((a) => a.role).join(', ');
    throw new UsageError(`"${typed}" needs a degree or licence that no micro-credential replaces (${match.entry.name}). Roles you can reach instead: ${instead}.`);
  }
  const known = data.catalog.roles.roles.map((r) => r.id).join(', ');
  throw new UsageError(`--role "${typed}" does not match a role I know. Use one of: ${known}.`);
}
