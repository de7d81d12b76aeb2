import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { z } from 'zod';

/**
 * What every data file's loader shares: reading JSON, and turning zod's issues into problems
 * that name the file, the entry (index and id), the field and what was expected.
 */

const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface DataIssue {
  /** The file as people know it: relative to the repository when inside it. */
  file: string;
  /** The entry, e.g. `roles[3] (id "ux-designer")`; absent for top-level problems. */
  entry?: string;
  /** The field inside the entry, e.g. `skills[2].skill`. */
  field?: string;
  /** What is wrong and what was expected. */
  problem: string;
}

export function formatIssue(issue: DataIssue): string {
  const what = issue.field ? `${issue.field} ${issue.problem}` : issue.problem;
  return [issue.file, issue.entry, what].filter(Boolean).join(': ');
}

export class DataError extends Error {
  override readonly name = 'DataError';
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const first = issues[0];
    super(
      issues.length === 1 && first
        ? formatIssue(first)
        : `${issues.length} problems in the data files:\n${issues.map((issue) => `- ${formatIssue(issue)}`).join('\n')}`,
    );
    this.issues = issues;
  }
}

export function displayPath(file: string | URL): string {
  const absolute = file instanceof URL ? fileURLToPath(file) : path.resolve(file);
  const relative = path.relative(REPO_ROOT, absolute);
  return relative.startsWith('..') || path.isAbsolute(relative) ? absolute : relative.split(path.sep).join('/');
}

export async function readJson(file: string | URL, label: string): Promise<unknown> {
  let content: string;
  try {
    content = await readFile(file, 'utf8');
  } catch (error) {
    throw new DataError([{ file: label, problem: `cannot be read (${(error as Error).message})` }]);
  }
  try {
    return JSON.parse(content) as unknown;
  } catch (error) {
    throw new DataError([{ file: label, problem: `is not valid JSON (${(error as Error).message})` }]);
  }
}

function valueAt(root: unknown, keys: readonly PropertyKey[]): unknown {
  let value = root;
  for (const key of keys) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

function formatPath(keys: readonly PropertyKey[]): string {
  return keys.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('');
}

function preview(value: unknown): string {
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 60 ? `${json.slice(0, 57)}...` : json;
}

export function entryLabel(collection: string, index: number, id: unknown): string {
  return typeof id === 'string' ? `${collection}[${index}] (id "${id}")` : `${collection}[${index}]`;
}

/** Where a zod path points: the entry of a known collection, and the field inside it. */
function locate(raw: unknown, keys: readonly PropertyKey[], collections: readonly string[]): { entry?: string; field?: string } {
  const [first, second] = keys;
  if (typeof first === 'string' && collections.includes(first) && typeof second === 'number') {
    const rest = keys.slice(2);
    return { entry: entryLabel(first, second, valueAt(raw, [first, second, 'id'])), field: rest.length ? formatPath(rest) : undefined };
  }
  return { field: keys.length ? formatPath(keys) : undefined };
}

export function zodIssues(error: z.ZodError, raw: unknown, file: string, collections: readonly string[]): DataIssue[] {
  return error.issues.map((issue) => {
    const where = locate(raw, issue.path, collections);
    if (issue.code === 'unrecognized_keys') {
      const keys = issue.keys.map((key) => `"${key}"`).join(', ');
      return { file, ...where, problem: `has unknown field${issue.keys.length > 1 ? 's' : ''} ${keys} (check the spelling)` };
    }
    const value = valueAt(raw, issue.path);
    // Our schemas phrase messages as what is expected; zod's own defaults start with "Invalid".
    const expected =
      issue.code === 'invalid_type' && issue.message.startsWith('Invalid')
        ? `expected ${issue.expected === 'object' ? 'an object' : `a value of type ${issue.expected}`}`
        : /^(Invalid|Too)/.test(issue.message)
          ? issue.message
          : `expected ${issue.message}`;
    const found =
      value === undefined ? 'is missing' : Array.isArray(value) ? `has ${value.length} entr${value.length === 1 ? 'y' : 'ies'}` : `is ${preview(value)}`;
    return { file, ...where, problem: `${found}, ${expected}` };
  });
}
