/**
 * When to try a reply again. The platform's Retry-After is its word and is never cut short;
 * otherwise the wait doubles from `baseMs` up to `maxMs`, with jitter so that many conversations
 * held up together do not all come back at once. After `maxAttempts` the reply is not dropped:
 * it waits in the outbox for the person's next message (see Outbox.post).
 */
export interface RetryPolicy {
  maxAttempts: number;
  baseMs: number;
  maxMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxAttempts: 5, baseMs: 500, maxMs: 30_000 };

/** The wait before attempt `attempt + 1`, after `attempt` attempts failed. */
export function retryDelayMs(policy: RetryPolicy, attempt: number, retryAfterMs?: number, random: () => number = Math.random): number {
  if (retryAfterMs !== undefined && Number.isFinite(retryAfterMs)) return Math.max(0, retryAfterMs);
  const doubled = Math.min(policy.maxMs, policy.baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(doubled * (0.5 + random() / 2));
}

/** The attempts left in the reply's current budget. */
export const attemptsLeft = (policy: RetryPolicy, entry: { attempts: number; budgetFrom: number }): number =>
  Math.max(0, policy.maxAttempts - (entry.attempts - entry.budgetFrom));
