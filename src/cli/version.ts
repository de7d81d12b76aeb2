import { readFile } from 'node:fs/promises';
import { z } from 'zod';

const packageJson = z.object({ version: z.string().min(1) });

/** The version in package.json, which `--version` prints: one place to bump, read when asked. */
export async function packageVersion(): Promise<string> {
  const text = await readFile(new URL('../../package.json', import.meta.url), 'utf8');
  return packageJson.parse(JSON.parse(text)).version;
}
