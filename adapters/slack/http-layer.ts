import type { CustomRoute } from '@slack/bolt';
import type { RequestListener } from 'node:http';
import type { Logger } from '../../src/log.js';

/**
 * What sits around Bolt's HTTP receiver: the load balancer's health checks, and a clock check
 * Bolt does not make. Bolt refuses a request timestamp more than five minutes old but accepts
 * one from the future, so a captured request could be replayed until its far-future stamp
 * comes round; here both directions are refused, before the body is even read.
 */

export const MAX_CLOCK_SKEW_SECONDS = 5 * 60;
const READY_TIMEOUT_MS = 2_000;

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/**
 * Wraps the receiver's request listener. A request without the timestamp header goes on to
 * Bolt, which refuses it (or answers Slack's unsigned ssl_check); one outside the window is
 * answered 401 here and never reaches the app.
 */
export function guardClock(listener: RequestListener, options: { paths: readonly string[]; logger: Logger; now?: () => number }): RequestListener {
  const now = options.now ?? Date.now;
  return (req, res) => {
    if (req.method === 'POST' && options.paths.includes(pathOf(req.url))) {
      const header = req.headers['x-slack-request-timestamp'];
      if (typeof header === 'string') {
        const stamp = Number(header);
        const skew = Number.isFinite(stamp) ? Math.abs(now() / 1000 - stamp) : Infinity;
        if (skew > MAX_CLOCK_SKEW_SECONDS) {
          options.logger.warn('slack request refused: timestamp outside the five-minute window', { skewSeconds: Number.isFinite(skew) ? Math.round(skew) : null });
          req.resume();
          res.writeHead(401);
          res.end();
          return;
        }
      }
    }
    listener(req, res);
  };
}

/**
 * /healthz: the process answers. /readyz: it can also reach its stores (engine.store.ping(),
 * and the installation store in install-flow mode), so the load balancer stops sending Slack
 * traffic to an instance that could only answer "please try again".
 */
export function healthRoutes(checks: () => Promise<string | void>, logger: Logger): CustomRoute[] {
  const send = (res: Parameters<CustomRoute['handler']>[1], status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
    res.end(body);
  };
  return [
    { path: '/healthz', method: ['GET', 'HEAD'], handler: (_req, res) => send(res, 200, 'ok\n') },
    {
      path: '/readyz',
      method: ['GET', 'HEAD'],
      handler: (_req, res) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${READY_TIMEOUT_MS} ms`)), READY_TIMEOUT_MS);
        });
        Promise.race([checks(), timeout])
          .then(
            // A cluster's state (primaries, slots served) is counts only, nothing secret.
            (state) => send(res, 200, state ? `ready: ${state}\n` : 'ready\n'),
            (error: unknown) => {
              const message = (error as Error).message;
              logger.warn('slack readiness check failed', { error: message });
              send(res, 503, `not ready: the session store is unreachable${message.startsWith('Redis Cluster ') ? ` (${message})` : ''}\n`);
            },
          )
          .finally(() => clearTimeout(timer));
      },
    },
  ];
}
