import { describe, expect, it } from 'vitest';
import { KeyedQueue } from '../src/engine/keyed-queue.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 1));

describe('KeyedQueue', () => {
  it('runs tasks of one key one at a time in arrival order, even when one fails', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string, fail = false) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
      if (fail) throw new Error(name);
      return name;
    };
    const results = await Promise.allSettled([queue.run('k', task('a')), queue.run('k', task('b', true)), queue.run('k', task('c'))]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    await tick();
    expect(queue.pending).toBe(0);
  });

  it('runs different keys side by side', async () => {
    const queue = new KeyedQueue();
    const log: string[] = [];
    const task = (name: string) => async () => {
      log.push(`start ${name}`);
      await tick();
      log.push(`end ${name}`);
    };
    await Promise.all([queue.run('x', task('x')), queue.run('y', task('y'))]);
    expect(log.slice(0, 2)).toEqual(['start x', 'start y']);
  });
});
