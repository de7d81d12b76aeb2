const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Waits until `done` holds, checking every 50 ms; false when `timeoutMs` passed first. Faults
 * are timed by what happened (the third 429 served), not by the clock: on a loaded machine a
 * turn can take longer than a fault meant to last "2 s".
 */
export async function until(done: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await done()) return true;
    await sleep(50);
  }
  return done();
}
