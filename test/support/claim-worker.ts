/**
 * One coach process polling the check-in queue, for the claim-once test: claims what is due at
 * the given instant, a few at a time, until nothing is left, and prints what it got as JSON.
 * argv: redis URL, key prefix, now (ms), batch size.
 */
import { Redis } from 'ioredis';
import { CheckinStore } from '../../src/checkins/checkin-store.js';

const [url, prefix, now, batch] = process.argv.slice(2) as [string, string, string, string];
const redis = new Redis(url);
const store = new CheckinStore(redis, prefix);
const got: string[] = [];
for (;;) {
  const claimed = await store.claim(new Date(Number(now)), { leaseMs: 60_000, limit: Number(batch) });
  if (claimed.length === 0) break;
  for (const claim of claimed) {
    got.push(claim.member);
    await store.complete(claim, new Date(Number(now) + 7 * 86_400_000));
  }
}
process.stdout.write(JSON.stringify(got));
redis.disconnect();
