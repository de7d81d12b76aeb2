/**
 * Runs tasks with the same key one after another, in the order they arrive, and tasks
 * with different keys side by side. Two messages from one user are never decided at once
 * in this process; across processes the store's compare-and-set keeps them apart.
 *
 * A key is in `busy` while one of its tasks runs, with the tasks waiting behind it (null
 * for none yet): a task on an idle key starts at once, with one promise of bookkeeping.
 */
export class KeyedQueue {
  private readonly busy = new Map<string, (() => void)[] | null>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if (!this.busy.has(key)) {
      this.busy.set(key, null);
      return this.start(key, task);
    }
    return new Promise<T>((resolve, reject) => {
      const waiting = this.busy.get(key) ?? [];
      waiting.push(() => void this.start(key, task).then(resolve, reject));
      this.busy.set(key, waiting);
    });
  }

  private start<T>(key: string, task: () => Promise<T>): Promise<T> {
    let result: Promise<T>;
    try {
      result = task();
    } catch (error) {
      result = Promise.reject(error);
    }
    result.then(
      () => this.next(key),
      () => this.next(key),
    );
    return result;
  }

  private next(key: string): void {
    const following = this.busy.get(key)?.shift();
    if (following) following();
    else this.busy.delete(key);
  }

  get pending(): number {
    return this.busy.size;
  }
}
