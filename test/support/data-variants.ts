import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Broken copies of a data file, written to a temp folder, for tests that check how a loader
 * names what is wrong. Call `open` in beforeAll and `close` in afterAll.
 */
export function dataVariants(prefix: string) {
  let dir = '';
  return {
    async open(): Promise<void> {
      dir = await mkdtemp(path.join(tmpdir(), prefix));
    },
    async close(): Promise<void> {
      await rm(dir, { recursive: true, force: true });
    },
    /** Where a file called `name` goes (it need not exist). */
    file: (name: string): string => path.join(dir, name),
    /** `text` as it is under `name`, for files that are not even JSON; returns its path. */
    async writeText(name: string, text: string): Promise<string> {
      const file = path.join(dir, name);
      await writeFile(file, text);
      return file;
    },
    /** A changed copy of `source` under `name`; returns its path. */
    async write<T>(name: string, source: T, change: (copy: T) => void): Promise<string> {
      const copy = structuredClone(source);
      change(copy);
      return this.writeText(name, JSON.stringify(copy, null, 2));
    },
  };
}
