import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Reply } from '../../src/engine/reply.js';

/**
 * A file reply in a terminal is written to a folder (the current one unless told) under its own
 * name, never over an existing file ("pivot-plan.md", then "pivot-plan-2.md"), and its path is
 * said. The reply's file name is a plain name (the reply schema refuses paths).
 */
export function saveFile(reply: Extract<Reply, { kind: 'file' }>, dir: string): string {
  const { name, ext } = path.parse(reply.filename);
  let target = path.resolve(dir, reply.filename);
  for (let n = 2; existsSync(target); n++) target = path.resolve(dir, `${name}-${n}${ext}`);
  writeFileSync(target, reply.content, { flag: 'wx' });
  return target;
}
