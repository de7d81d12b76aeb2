import { createHmac } from 'node:crypto';

/**
 * Requests as Slack sends them to /slack/events: Events API JSON, slash commands and
 * interaction payloads as forms, each signed with the v0 scheme (HMAC-SHA256 of
 * "v0:{timestamp}:{body}" with the signing secret).
 */

export const SIGNING_SECRET = 'a1b2c3d4e5f60718293a4b5c6d7e8f90';
export const BOT_USER = 'UBOT';

export function signature(secret: string, timestamp: number, body: string): string {
  return `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
}

export interface SendOptions {
  secret?: string;
  /** Seconds since the epoch; now by default. */
  timestamp?: number;
  retryNum?: number;
  /** Replaces the computed signature (a forged request). */
  signature?: string;
}

export interface Sent {
  status: number;
  text: string;
}

export async function send(port: number, body: string, contentType: string, options: SendOptions = {}): Promise<Sent> {
  const timestamp = options.timestamp ?? Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    'content-type': contentType,
    'x-slack-request-timestamp': String(timestamp),
    'x-slack-signature': options.signature ?? signature(options.secret ?? SIGNING_SECRET, timestamp, body),
  };
  if (options.retryNum !== undefined) {
    headers['x-slack-retry-num'] = String(options.retryNum);
    headers['x-slack-retry-reason'] = 'http_timeout';
  }
  const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', headers, body });
  return { status: response.status, text: await response.text() };
}

export interface Workspace {
  team: string;
  enterprise?: string;
}

const T1: Workspace = { team: 'T1' };
let events = 0;

export function eventBody(event: Record<string, unknown>, where: Workspace = T1, eventId = `Ev${++events}`): string {
  return JSON.stringify({
    token: 'unused',
    team_id: where.team,
    enterprise_id: where.enterprise,
    api_app_id: 'A1',
    event,
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    authorizations: [{ team_id: where.team, enterprise_id: where.enterprise ?? null, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  });
}

let stamps = 0;
/** A message ts as Slack makes them: seconds, a dot and a sequence. */
export const nextTs = () => `1710000000.${String(++stamps).padStart(6, '0')}`;

export function dm(user: string, text: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { type: 'message', channel: `D${user}`, channel_type: 'im', user, text, ts: nextTs(), event_ts: nextTs(), ...extra };
}

export function commandBody(user: string, text: string, where: Workspace = T1, channel = 'C42', userName = user.toLowerCase()): string {
  return new URLSearchParams({
    token: 'unused',
    team_id: where.team,
    ...(where.enterprise ? { enterprise_id: where.enterprise } : {}),
    team_domain: 'alumni',
    channel_id: channel,
    channel_name: 'general',
    user_id: user,
    user_name: userName,
    command: '/pivot',
    text,
    api_app_id: 'A1',
    response_url: `https://slack.test/respond/${user}-${++events}`,
    trigger_id: `trigger-${++events}`,
  }).toString();
}

export function interactionBody(payload: Record<string, unknown>): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export const FORM = 'application/x-www-form-urlencoded';
export const JSON_TYPE = 'application/json';
