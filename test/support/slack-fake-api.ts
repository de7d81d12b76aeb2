import nock from 'nock';

/**
 * Slack's Web API, faked with nock at a base URL the app is pointed at (SLACK_API_URL). Every
 * call is recorded with its token and its parameters (JSON ones such as blocks decoded), and
 * answered like Slack would; a test can queue a different answer for the next call of a
 * method (a 429, an error). Requests to 127.0.0.1 (the app under test) pass through.
 */

export const FAKE_ORIGIN = 'https://slack.test';
export const FAKE_API_URL = `${FAKE_ORIGIN}/api/`;

export interface ApiCall {
  method: string;
  token: string | undefined;
  params: Record<string, unknown>;
  at: number;
  /** What the fake answered (200 answers only). */
  result?: Record<string, unknown>;
}

export interface Scripted {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

const JSON_PARAMS = new Set(['blocks', 'view', 'attachments']);

function decode(body: unknown): Record<string, unknown> {
  if (body && typeof body === 'object') return body as Record<string, unknown>;
  const params: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(String(body ?? ''))) params[key] = JSON_PARAMS.has(key) ? JSON.parse(value) : value;
  return params;
}

export class FakeSlackApi {
  readonly calls: ApiCall[] = [];
  readonly responses: { path: string; body: Record<string, unknown> }[] = [];
  private readonly queued = new Map<string, Scripted[]>();
  private readonly failing = new Map<string, Scripted>();
  private readonly handlers = new Map<string, (params: Record<string, unknown>, token: string | undefined) => Record<string, unknown>>();
  private ts = 0;
  /** Milliseconds each call of a method waits before Slack "answers": a slow Web API. */
  readonly slow = new Map<string, number>();
  /** Milliseconds the next calls of a method wait, one entry a call, before `slow` applies again. */
  readonly slowNext = new Map<string, number[]>();

  constructor() {
    nock.disableNetConnect();
    nock.enableNetConnect('127.0.0.1');
    const api = { slow: this.slow, slowNext: this.slowNext };
    const record = (method: string, token: string | undefined, params: Record<string, unknown>) => this.record(method, token, params);
    const respond = (uri: string, body: unknown) => {
      this.responses.push({ path: uri, body: typeof body === 'string' ? JSON.parse(body) : (body as Record<string, unknown>) });
    };
    nock(FAKE_ORIGIN)
      .persist()
      .post(/^\/api\/[\w.]+$/)
      .reply(function (uri, body) {
        const params = decode(body);
        const method = uri.replace(/^\/api\//, '');
        const wait = api.slowNext.get(method)?.shift() ?? api.slow.get(method);
        if (wait) return new Promise((resolve) => setTimeout(() => resolve(record(method, this.req.headers.authorization?.replace(/^Bearer /, ''), params)), wait));
        return record(uri.replace(/^\/api\//, ''), this.req.headers.authorization?.replace(/^Bearer /, '') ?? (params.token as string | undefined), params);
      });
    nock(FAKE_ORIGIN)
      .persist()
      .post(/^\/respond\//)
      .reply((uri, body) => {
        respond(uri, body);
        return [200, 'ok'];
      });
  }

  private record(method: string, token: string | undefined, params: Record<string, unknown>): [number, Record<string, unknown>, Record<string, string>] {
    const call: ApiCall = { method, token, params, at: Date.now() };
    this.calls.push(call);
    const next = this.queued.get(method)?.shift() ?? this.failing.get(method);
    if (next) return [next.status, next.body, next.headers ?? {}];
    call.result = this.answer(method, params, token);
    return [200, call.result, {}];
  }

  /** The next call of `method` gets this answer instead of the usual one. */
  queue(method: string, answer: Scripted): void {
    this.queued.set(method, [...(this.queued.get(method) ?? []), answer]);
  }

  /** Every call of `method` gets this answer (a 500 on every try) until `recover(method)`; queued answers go first. */
  fail(method: string, answer: Scripted): void {
    this.failing.set(method, answer);
  }

  recover(method: string): void {
    this.failing.delete(method);
  }

  /** How `method` answers from now on (for example oauth.v2.access in an install test). */
  on(method: string, handler: (params: Record<string, unknown>, token: string | undefined) => Record<string, unknown>): void {
    this.handlers.set(method, handler);
  }

  to(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /** The blocks of every chat.postMessage, in order. */
  posts(): ApiCall['params'][] {
    return this.to('chat.postMessage').map((call) => call.params);
  }

  reset(): void {
    this.calls.length = 0;
    this.responses.length = 0;
    this.queued.clear();
    this.failing.clear();
    this.slowNext.clear();
  }

  close(): void {
    nock.cleanAll();
    nock.enableNetConnect();
  }

  private answer(method: string, params: Record<string, unknown>, token: string | undefined): Record<string, unknown> {
    const handler = this.handlers.get(method);
    if (handler) return handler(params, token);
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://t1.slack.test/' };
      case 'chat.postMessage':
        return { ok: true, channel: params.channel, ts: `1700000000.${String(++this.ts).padStart(6, '0')}`, message: { text: params.text } };
      case 'chat.update':
        return { ok: true, channel: params.channel, ts: params.ts };
      case 'chat.postEphemeral':
        return { ok: true, message_ts: `1700000000.${String(++this.ts).padStart(6, '0')}` };
      case 'conversations.open':
        return { ok: true, channel: { id: `D${String(params.users)}` } };
      case 'views.open':
      case 'views.publish':
        return { ok: true, view: { id: 'V123' } };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
