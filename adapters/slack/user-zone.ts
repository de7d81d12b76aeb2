import type { webApi } from '@slack/bolt';
import { setBounded } from '../../src/engine/bounded-map.js';
import { z } from 'zod';
import { isTimeZone } from '../../src/dates/person-zone.js';

/**
 * The person's time zone as Slack knows it: users.info's `tz`, an IANA name such as
 * "Europe/Berlin" (docs.slack.dev, users.info; needs the users:read scope). The engine keeps it in
 * the profile, so plan dates and check-in times are in the person's own calendar. Asked once a
 * day per person and process, and an answer Slack would not give (a workspace that has not granted
 * users:read yet) is remembered for that day too: a turn never waits on it twice.
 */

type Client = webApi.WebClient;

const userInfo = z.object({ user: z.object({ tz: z.string().optional() }).loose() }).loose();

export const ZONE_TTL_MS = 86_400_000;
/** A turn waits this long at most: the client retries a Slack that is down for minutes. */
export const ZONE_WAIT_MS = 1_500;
/** Enough people for a busy workspace; the oldest answer goes first beyond it. */
const MAX_REMEMBERED = 10_000;

export class SlackUserZones {
  private readonly known = new Map<string, { zone: string | undefined; at: number }>();

  constructor(
    private readonly now: () => number = Date.now,
    private readonly waitMs = ZONE_WAIT_MS,
  ) {}

  async zoneOf(client: Client, tenant: string, user: string): Promise<string | undefined> {
    const key = `${tenant}:${user}`;
    const kept = this.known.get(key);
    if (kept && this.now() - kept.at < ZONE_TTL_MS) return kept.zone;
    let zone: string | undefined;
    try {
      const asked = client.users.info({ user });
      asked.catch(() => undefined);
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<undefined>((resolve) => {
        timer = setTimeout(() => resolve(undefined), this.waitMs);
        timer.unref();
      });
      const answer = await Promise.race([asked, late]).finally(() => clearTimeout(timer));
      const parsed = userInfo.safeParse(answer);
      const tz = parsed.success ? parsed.data.user.tz : undefined;
      zone = tz && isTimeZone(tz) ? tz : undefined;
    } catch {
      // No scope, a deleted user, Slack slow or down: the turn goes on without a zone.
      zone = undefined;
    }
    setBounded(this.known, key, { zone, at: this.now() }, MAX_REMEMBERED);
    return zone;
  }
}

/** One per process: every Slack entry point asks through it. */
export const slackUserZones = new SlackUserZones();
