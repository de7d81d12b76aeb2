import type { InstallationQuery } from '@slack/bolt';
import type { RedisInstallationStore } from './installation-store.js';
import { pairOf } from './tenant.js';

/**
 * The bot token installed for a tenant: the workspace's own installation, or its org's when the
 * app was installed org-wide (Enterprise Grid); undefined when neither is stored, which is what
 * an uninstall leaves (listeners.ts deletes the installation on app_uninstalled). A stored record
 * that cannot be opened (a wrong PIVOT_INSTALLATION_KEYS) throws: that is for the operator to fix,
 * not a reason to drop anyone's check-ins.
 */
export async function installedBotToken(installations: RedisInstallationStore, tenant: string): Promise<string | undefined> {
  const { teamId, enterpriseId } = pairOf(tenant);
  const candidates: { id: string; query: InstallationQuery<boolean> }[] = [];
  if (teamId) candidates.push({ id: teamId, query: { teamId, enterpriseId, isEnterpriseInstall: false } as InstallationQuery<boolean> });
  if (enterpriseId) candidates.push({ id: enterpriseId, query: { teamId, enterpriseId, isEnterpriseInstall: true } as InstallationQuery<boolean> });
  for (const { id, query } of candidates) {
    // EXISTS first: "not installed" is told apart from "installed but unreadable" without reading error messages.
    if ((await installations.redis.exists(installations.key(id))) === 0) continue;
    return (await installations.fetchInstallation(query)).bot?.token;
  }
  return undefined;
}
