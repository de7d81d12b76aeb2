import nock from 'nock';

/**
 * Discord's REST API as far as the coach uses it, behind nock: every request is recorded, and
 * answered the way Discord answers (a message object for a message, a channel for a new thread,
 * 204 for an interaction callback). One-shot answers (a 429, an error) can be queued first.
 */

export const API_ORIGIN = 'https://discord.com';
export const API_PREFIX = '/api/v10';

export interface Recorded {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Record<string, unknown> | unknown[] | undefined;
  authorized: boolean;
  /** Files sent with a message (multipart/form-data), with the description its payload_json gave each. */
  files?: { name: string; description?: string; data: Buffer }[];
  /** When it arrived (ms), to see that a retry waited. */
  at: number;
  /** The status the fake answered with. */
  status?: number;
}

type Reply = { status: number; body?: unknown; headers?: Record<string, string> };
type Queued = { method: string; path: RegExp; reply: Reply };

let sequence = 0n;
/** Snowflake-shaped ids, increasing like Discord's. */
export function snowflake(): string {
  sequence += 1n;
  return String(1_300_000_000_000_000_000n + sequence);
}

export const BOT = { id: '1290000000000000001', username: 'Pivot Coach', discriminator: '0000', global_name: null, avatar: null, bot: true };

/** An interaction token that says which channel its webhook messages land in, as a real one would know. */
export function interactionToken(channelId: string): string {
  return `tok-${channelId}-${snowflake()}`;
}

function message(channelId: string, body: Record<string, unknown>, id = snowflake()) {
  return {
    id,
    channel_id: channelId,
    type: 0,
    author: BOT,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: typeof body.flags === 'number' ? body.flags : 0,
    // Discord gives the nonce back on the message it created.
    ...(body.nonce !== undefined ? { nonce: body.nonce } : {}),
  };
}

export class FakeDiscordRest {
  readonly requests: Recorded[] = [];
  private readonly queued: Queued[] = [];
  /** Answers every matching request gets until `recover` (a 5xx outage); queued ones go first. */
  private readonly failing: Queued[] = [];
  /** Messages created with enforce_nonce, by channel and nonce: Discord returns the first instead of creating another. */
  private readonly byNonce = new Map<string, string>();
  /** Messages as Discord would store them, by id, so that a test can click what the bot sent. */
  readonly messages = new Map<string, ReturnType<typeof message>>();
  private readonly originals = new Map<string, string>();

  constructor(readonly origin = API_ORIGIN, readonly prefix = API_PREFIX) {
    const answer = (method: string, uri: string, body: unknown, authorized: boolean, type: string) => this.answer(method, uri, body, authorized, type);
    const scope = nock(origin).persist();
    for (const method of ['GET', 'POST', 'PUT', 'PATCH', 'DELETE']) {
      // A function, not an arrow: nock gives the request (its headers) as `this`.
      scope.intercept((uri) => uri.startsWith(prefix), method).reply(function (uri, body) {
        return answer(method, uri, body, Boolean(this.req.headers.authorization), String(this.req.headers['content-type'] ?? ''));
      });
    }
  }

  /** Every request matching method and path gets this answer until `recover()`. */
  fail(method: string, path: RegExp, reply: Reply): void {
    this.failing.push({ method, path, reply });
  }

  recover(): void {
    this.failing.length = 0;
  }

  /** The next request matching method and path gets this answer instead (once). */
  queue(method: string, path: RegExp, reply: Reply): void {
    this.queued.push({ method, path, reply });
  }

  private answer(method: string, uri: string, raw: unknown, authorized: boolean, type = ''): [number, unknown?, Record<string, string>?] {
    const url = new URL(uri, this.origin);
    const path = decodeURIComponent(url.pathname).slice(this.prefix.length);
    const multipart = typeof raw === 'string' && type.startsWith('multipart/form-data') ? formData(raw, type) : undefined;
    const body = multipart ? multipart.body : typeof raw === 'string' && raw !== '' ? (JSON.parse(raw) as Recorded['body']) : ((raw as Recorded['body']) || undefined);
    const recorded: Recorded = { method, path, query: url.searchParams, body, authorized, at: Date.now(), ...(multipart ? { files: multipart.files } : {}) };
    this.requests.push(recorded);
    const answer = this.scripted(method, path) ?? this.route(method, path, (body ?? {}) as Record<string, unknown>);
    recorded.status = answer[0];
    return answer;
  }

  private scripted(method: string, path: string): [number, unknown?, Record<string, string>?] | undefined {
    const index = this.queued.findIndex((q) => q.method === method && q.path.test(path));
    if (index >= 0) {
      const [{ reply }] = this.queued.splice(index, 1) as [Queued];
      return [reply.status, reply.body, reply.headers];
    }
    const failing = this.failing.find((q) => q.method === method && q.path.test(path));
    return failing && [failing.reply.status, failing.reply.body, failing.reply.headers];
  }

  private route(method: string, path: string, body: Record<string, unknown>): [number, unknown?] {
    let m: RegExpExecArray | null;
    if (method === 'POST' && /^\/interactions\/\d+\/[^/]+\/callback$/.test(path)) return [204];
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/messages$/.exec(path))) {
      const key = body.enforce_nonce === true && body.nonce !== undefined ? `${m[1]}:${String(body.nonce)}` : undefined;
      const first = key === undefined ? undefined : this.messages.get(this.byNonce.get(key) ?? '');
      if (first) return [200, first];
      const created = this.store(message(m[1] as string, body));
      if (key !== undefined) this.byNonce.set(key, created.id);
      return [200, created];
    }
    if (method === 'POST' && (m = /^\/webhooks\/\d+\/tok-(\d+)-\d+$/.exec(path))) return [200, this.store(message(m[1] as string, body))];
    if (method === 'PATCH' && (m = /^\/webhooks\/\d+\/(tok-(\d+)-\d+)\/messages\/(@original|\d+)$/.exec(path))) {
      const id = m[3] === '@original' ? (this.originals.get(m[1] as string) ?? snowflake()) : (m[3] as string);
      const before = this.messages.get(id);
      return [200, this.store(message(m[2] as string, { ...(before ?? {}), ...body }, id))];
    }
    if (method === 'DELETE' && /^\/webhooks\//.test(path)) return [204];
    if (method === 'POST' && (m = /^\/channels\/(\d+)\/threads$/.exec(path))) return [201, this.thread(m[1] as string, body)];
    if (method === 'PUT' && /^\/channels\/\d+\/thread-members\/\d+$/.test(path)) return [204];
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) return [200, body];
    return [404, { message: `Unknown route in the fake: ${method} ${path}`, code: 0 }];
  }

  /** Which message a component interaction's token edits with @original: the clicked one. */
  linkOriginal(token: string, messageId: string): void {
    this.originals.set(token, messageId);
  }

  private store(msg: ReturnType<typeof message>) {
    this.messages.set(msg.id, msg);
    return msg;
  }

  private thread(parentId: string, body: Record<string, unknown>) {
    return {
      id: snowflake(),
      type: body.type ?? 12,
      guild_id: GUILD_OF.get(parentId),
      parent_id: parentId,
      owner_id: BOT.id,
      name: body.name,
      rate_limit_per_user: 0,
      message_count: 0,
      member_count: 1,
      thread_metadata: { archived: false, auto_archive_duration: body.auto_archive_duration ?? 10080, archive_timestamp: new Date().toISOString(), locked: false, invitable: body.invitable ?? true },
      flags: 0,
    };
  }

  /** Requests that put a message on screen (create, follow-up, edit), in order. */
  sent(): Recorded[] {
    return this.requests.filter((r) => (r.method === 'POST' && /\/(messages|webhooks\/\d+\/[^/]+)$/.test(r.path)) || (r.method === 'PATCH' && r.path.startsWith('/webhooks/')) || (r.method === 'POST' && r.path.endsWith('/callback')));
  }

  /** The requests as "METHOD /path", ids and tokens generalised (":id", ":token"), to compare sequences. */
  routes(): string[] {
    return this.requests.map((r) => `${r.method} ${r.path.replace(/tok-[\d-]+/, ':token').replace(/\d{5,}/g, ':id')}`);
  }

  clear(): void {
    this.requests.length = 0;
  }

  close(): void {
    nock.cleanAll();
  }
}

/**
 * A message with files, as discord.js sends it: the message as the "payload_json" part, each file
 * as a part of its own; the attachments' descriptions are in the payload, by index. nock hands a
 * binary body over hex-encoded.
 */
function formData(raw: string, type: string): { body: Record<string, unknown>; files: NonNullable<Recorded['files']> } {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(type);
  const bytes = /^[0-9a-f]+$/i.test(raw) && raw.length % 2 === 0 ? Buffer.from(raw, 'hex') : Buffer.from(raw, 'binary');
  const marker = Buffer.from(`--${boundary?.[1] ?? boundary?.[2] ?? ''}`);
  const parts: { name: string; filename?: string; data: Buffer }[] = [];
  let at = bytes.indexOf(marker);
  while (at >= 0) {
    const next = bytes.indexOf(marker, at + marker.length);
    if (next < 0) break;
    const part = bytes.subarray(at + marker.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
    const filename = /filename="([^"]*)"/.exec(head)?.[1];
    parts.push({ name, ...(filename !== undefined ? { filename } : {}), data: part.subarray(split + 4) });
    at = next;
  }
  const payload = parts.find((p) => p.name === 'payload_json');
  const body = payload ? (JSON.parse(payload.data.toString('utf8')) as Record<string, unknown>) : {};
  const described = new Map(((body.attachments ?? []) as { id: number | string; description?: string }[]).map((a) => [String(a.id), a.description]));
  const files = parts
    .filter((p) => p.filename !== undefined)
    .map((p) => {
      const index = /^files\[(\d+)\]$/.exec(p.name)?.[1] ?? '';
      const description = described.get(index);
      return { name: p.filename as string, ...(description !== undefined ? { description } : {}), data: p.data };
    });
  return { body, files };
}

/** Which guild a channel is in, for thread objects; filled by the gateway fake. */
export const GUILD_OF = new Map<string, string>();
