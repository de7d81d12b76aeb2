/**
 * What a log line may carry, decided per value: tokens and secrets never (by pattern anywhere
 * in a string, and by field name), users' free text only at debug level, anything else made
 * JSON-safe (circular references, BigInt, throwing getters or toJSON) so that logging never throws.
 */

const TOKEN_PATTERNS: RegExp[] = [
  /\bxox[abposre]-[A-Za-z0-9-]+/g, // Slack bot, user, app-config and refresh tokens
  /\bxapp-[A-Za-z0-9-]+/g, // Slack app-level tokens
  /\b[MNO][A-Za-z\d_-]{23,27}\.[A-Za-z\d_-]{6}\.[A-Za-z\d_-]{27,}/g, // Discord bot tokens
  /\bBearer\s+[A-Za-z0-9._~+/=-]+/gi,
  /\bpivot-enc:v1:[A-Za-z0-9_:-]+/g, // a sealed installation, copied whole
  /(rediss?(?:\+cluster)?:\/\/)[^@\s/]*@/g, // a Redis URL's password
];

/** Field names whose values are secrets, whatever they look like. */
const SECRET_NAMES = /^(?:token|access_?token|bot_?token|app_?token|refresh_?token|secret|client_?secret|signing_?secret|state_?secret|password|passwd|authorization|cookie|api_?key|installation_?keys?)$/i;

/** Field names that carry what a person typed: kept for debug level only. */
const FREE_TEXT_NAMES = /^(?:text|answer|input|said|user_?text|content|raw_?text)$/i;

const MAX_DEPTH = 6;
const MAX_STRING = 4_000;
const MAX_KEYS = 50;

export function redactText(text: string): string {
  let out = text.length > MAX_STRING ? `${text.slice(0, MAX_STRING)}…[${text.length - MAX_STRING} more characters]` : text;
  for (const pattern of TOKEN_PATTERNS) out = out.replace(pattern, (_match, lead: unknown) => (typeof lead === 'string' ? `${lead}[redacted]@` : '[redacted]'));
  return out;
}

export interface ErrorFields {
  type: string;
  message: string;
  stack?: string;
  code?: string;
  cause?: unknown;
}

function errorFields(error: Error, seen: WeakSet<object>, depth: number, debug: boolean): ErrorFields {
  const code = (error as { code?: unknown }).code;
  return {
    type: error.name && error.name !== 'Error' ? error.name : (error.constructor?.name ?? 'Error'),
    message: redactText(String(error.message)),
    ...(error.stack ? { stack: redactText(error.stack) } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { code: String(code) } : {}),
    ...(error.cause !== undefined ? { cause: safeValue(error.cause, seen, depth + 1, debug) } : {}),
  };
}

/** A JSON-safe, redacted copy of any value. Never throws. */
export function safeValue(value: unknown, seen: WeakSet<object>, depth: number, debug: boolean, name?: string): unknown {
  if (name !== undefined && SECRET_NAMES.test(name) && value !== undefined && value !== null && value !== '') return '[redacted]';
  if (name !== undefined && !debug && FREE_TEXT_NAMES.test(name) && typeof value === 'string') return `[free text, ${value.length} characters, logged at debug level only]`;
  switch (typeof value) {
    case 'string':
      return redactText(value);
    case 'number':
      return Number.isFinite(value) ? value : String(value);
    case 'bigint':
      return value.toString();
    case 'boolean':
      return value;
    case 'undefined':
      return undefined;
    case 'symbol':
      return value.toString();
    case 'function':
      return `[function ${value.name || 'anonymous'}]`;
  }
  if (value === null) return null;
  const object = value as object;
  if (seen.has(object)) return '[Circular]';
  if (depth >= MAX_DEPTH) return '[too deep]';
  seen.add(object);
  try {
    if (object instanceof Error) return errorFields(object, seen, depth, debug);
    if (object instanceof Date) return Number.isNaN(object.getTime()) ? 'Invalid Date' : object.toISOString();
    if (Buffer.isBuffer(object)) return `[${object.length} bytes]`;
    if (Array.isArray(object)) return object.slice(0, MAX_KEYS).map((item) => safeValue(item, seen, depth + 1, debug) ?? null);
    if (object instanceof Map) return safeValue(Object.fromEntries([...object.entries()].slice(0, MAX_KEYS).map(([k, v]) => [String(k), v])), seen, depth, debug);
    if (object instanceof Set) return safeValue([...object].slice(0, MAX_KEYS), seen, depth, debug);
    const toJSON = (object as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') return safeValue(toJSON.call(object), seen, depth + 1, debug);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(object).slice(0, MAX_KEYS)) {
      let item: unknown;
      try {
        item = (object as Record<string, unknown>)[key];
      } catch (error) {
        item = `[unreadable: ${(error as Error)?.message ?? 'getter threw'}]`;
      }
      const safe = safeValue(item, seen, depth + 1, debug, key);
      if (safe !== undefined) out[key] = safe;
    }
    return out;
  } catch (error) {
    return `[unserialisable: ${redactText(String((error as Error)?.message ?? error))}]`;
  } finally {
    seen.delete(object);
  }
}
