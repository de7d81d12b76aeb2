import type { CoachData } from '../coach-data.js';
import type { Role } from '../data/roles-schema.js';
import { closestRoles } from '../roles/closest-roles.js';
import { UsageError } from './usage-error.js';

/**
 * A --role option as typed, matched to the catalog; anything else is a usage error naming the way
 * out: for a title the catalog does not know, the closest roles with why, to confirm by running
 * again with one of them (never a bare "unknown").
 */
export function resolveRole(data: CoachData, typed: string): Role {
  const match = data.roleMatcher.match(typed);
  if (match.kind === 'role') return match.role;
  if (match.kind === 'degree-required') {
    const instead = match.entry.adjacent.map((a) => a.role).join(', ');
    throw new UsageError(`"${typed}" needs a degree or licence that no micro-credential replaces (${match.entry.name}). Roles you can reach instead: ${instead}.`);
  }
  const closest = closestRoles(data.catalog.roles, typed);
  if (closest.length > 0) {
    const lines = closest.map((c) => `  ${c.role.id} (${c.role.name}): ${c.reason}`);
    return unknown(`--role "${typed}" is not a role I know. The closest I know:\n${lines.join('\n')}\nRun again with --role and the one you mean, for example --role ${closest[0]?.role.id}.`);
  }
  const known = data.catalog.roles.roles.map((r) => r.id).join(', ');
  return unknown(`--role "${typed}" does not match a role I know. Use one of: ${known}.`);
}

function unknown(message: string): never {
  throw new UsageError(message);
}
