import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApiCall } from './slack-fake-api.js';

/**
 * Slack's Web API as a real HTTP server on 127.0.0.1, for coach processes this test starts
 * (nock only reaches requests made in the test's own process). It keeps each channel's messages
 * as Slack would, answers conversations.history from them with their metadata, and can hold
 * the next chat.postMessage without answering: the coach process is then killed mid-send, with
 * the message either already in the channel (Slack posted it, the answer never got back) or not.
 */

const JSON_PARAMS = new Set(['blocks', 'view', 'attachments', 'metadata']);

interface Hold {
  channel: string;
  posted: boolean;
  arrived: (params: Record<string, unknown>) => void;
}

function readBody(req: IncomingMessage): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    let raw = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (raw += chunk));
    req.on('error', reject);
    req.on('end', () => {
      if (String(req.headers['content-type'] ?? '').startsWith('application/json')) return resolve(raw ? (JSON.parse(raw) as Record<string, unknown>) : {});
      const params: Record<string, unknown> = {};
      for (const [key, value] of new URLSearchParams(raw)) params[key] = JSON_PARAMS.has(key) ? JSON.parse(value) : value;
      resolve(params);
    });
  });
}

export class SlackApiServer {
  /** Every call, in the order it arrived. */
  readonly calls: ApiCall[] = [];
  private readonly holds: Hold[] = [];
  private seq = 0;

  private constructor(private readonly server: Server) {}

  static async start(): Promise<SlackApiServer> {
    const server = createServer();
    const api = new SlackApiServer(server);
    server.on('request', (req, res) => void api.handle(req, res));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return api;
  }

  /** SLACK_API_URL for a coach process. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/api/`;
  }

  to(method: string): ApiCall[] {
    return this.calls.filter((call) => call.method === method);
  }

  /**
   * The next chat.postMessage to `channel` is never answered; with `posted` it is in the channel
   * all the same. Resolves with its parameters once it arrives.
   */
  hold(channel: string, options: { posted: boolean }): Promise<Record<string, unknown>> {
    return new Promise((arrived) => this.holds.push({ channel, posted: options.posted, arrived }));
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.url ?? '').replace(/^\/api\//, '').replace(/\?.*$/, '');
    const params = await readBody(req);
    const token = req.headers.authorization?.replace(/^Bearer /, '');
    const call: ApiCall = { method, token, params, at: Date.now() };
    this.calls.push(call);
    if (method === 'chat.postMessage') {
      const at = this.holds.findIndex((h) => h.channel === params.channel);
      const hold = at >= 0 ? this.holds.splice(at, 1)[0] : undefined;
      if (hold) {
        if (hold.posted) call.result = this.posted(params);
        hold.arrived(params);
        return;
      }
      call.result = this.posted(params);
    } else {
      call.result = this.answer(method, params);
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(call.result));
  }

  private posted(params: Record<string, unknown>): Record<string, unknown> {
    const ts = `${Math.floor(Date.now() / 1000)}.${String(++this.seq).padStart(6, '0')}`;
    return { ok: true, channel: params.channel, ts, message: { text: params.text } };
  }

  private answer(method: string, params: Record<string, unknown>): Record<string, unknown> {
    switch (method) {
      case 'auth.test':
        return { ok: true, user_id: 'UBOT', bot_id: 'BBOT', team_id: 'T1', url: 'https://t1.slack.test/' };
      case 'conversations.history': {
        const oldest = Number(params.oldest ?? 0);
        const messages = this.to('chat.postMessage')
          .filter((c) => c.result?.ok === true && c.params.channel === params.channel && Number(c.result.ts) >= oldest)
          .map((c) => ({ type: 'message', ts: c.result?.ts, text: c.params.text, metadata: c.params.metadata }))
          .reverse();
        return { ok: true, messages };
      }
      case 'chat.postEphemeral':
      case 'chat.update':
      case 'views.open':
      case 'views.publish':
        return { ok: true };
      default:
        return { ok: false, error: 'unknown_method' };
    }
  }
}
