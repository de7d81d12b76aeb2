import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';

/**
 * Slack's Socket Mode end, small enough to read: a WebSocket server (RFC 6455 handshake and
 * frames, text only) that says hello, sends envelopes, and records what the app sends back
 * (its acknowledgements). The app finds it through apps.connections.open on the fake Web API.
 */

const GUID = '258EAFA5-E914-47DA-95CA-C5AB0DC85B11';

function frame(opcode: number, payload: Buffer): Buffer {
  const length = payload.length;
  const head = length < 126 ? Buffer.from([0x80 | opcode, length]) : length < 65_536 ? Buffer.alloc(4) : Buffer.alloc(10);
  if (length >= 126 && length < 65_536) {
    head[0] = 0x80 | opcode;
    head[1] = 126;
    head.writeUInt16BE(length, 2);
  } else if (length >= 65_536) {
    head[0] = 0x80 | opcode;
    head[1] = 127;
    head.writeBigUInt64BE(BigInt(length), 2);
  }
  return Buffer.concat([head, payload]);
}

export class FakeSocketModeServer {
  /** JSON messages from the app, in order. */
  readonly received: Record<string, unknown>[] = [];
  private readonly sockets = new Set<Duplex>();
  private readonly server = createServer((_req, res) => res.writeHead(404).end());

  constructor() {
    this.server.on('upgrade', (req, socket: Duplex) => {
      const accept = createHash('sha1').update(`${String(req.headers['sec-websocket-key'])}${GUID}`).digest('base64');
      socket.write(`HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Accept: ${accept}\r\n\r\n`);
      this.sockets.add(socket);
      let pending: Buffer = Buffer.alloc(0);
      socket.on('data', (chunk: Buffer) => {
        pending = this.read(socket, Buffer.concat([pending, chunk]));
      });
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => this.sockets.delete(socket));
      this.sendTo(socket, { type: 'hello', num_connections: 1, debug_info: { host: 'fake', approximate_connection_time: 3600 }, connection_info: { app_id: 'A1' } });
    });
  }

  async start(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    return `ws://127.0.0.1:${(this.server.address() as AddressInfo).port}/link`;
  }

  /** An envelope to every connected app. */
  send(message: Record<string, unknown>): void {
    for (const socket of this.sockets) this.sendTo(socket, message);
  }

  async waitFor(predicate: (message: Record<string, unknown>) => boolean, timeoutMs = 5_000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.received.find(predicate);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No such message from the app within ${timeoutMs} ms; got ${JSON.stringify(this.received)}`);
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise((resolve) => this.server.close(resolve));
  }

  private sendTo(socket: Duplex, message: Record<string, unknown>): void {
    socket.write(frame(0x1, Buffer.from(JSON.stringify(message))));
  }

  /** Reads the complete client frames in `buffer` (always masked), returns what is left. */
  private read(socket: Duplex, buffer: Buffer): Buffer {
    let rest = buffer;
    while (rest.length >= 2) {
      const opcode = (rest[0] ?? 0) & 0x0f;
      let length = (rest[1] ?? 0) & 0x7f;
      let offset = 2;
      if (length === 126) {
        if (rest.length < 4) break;
        length = rest.readUInt16BE(2);
        offset = 4;
      } else if (length === 127) {
        if (rest.length < 10) break;
        length = Number(rest.readBigUInt64BE(2));
        offset = 10;
      }
      if (rest.length < offset + 4 + length) break;
      const mask = rest.subarray(offset, offset + 4);
      const payload = Buffer.from(rest.subarray(offset + 4, offset + 4 + length).map((byte, i) => byte ^ (mask[i % 4] ?? 0)));
      rest = rest.subarray(offset + 4 + length);
      if (opcode === 0x1) this.received.push(JSON.parse(payload.toString()) as Record<string, unknown>);
      else if (opcode === 0x9) socket.write(frame(0xa, payload));
      else if (opcode === 0x8) {
        socket.write(frame(0x8, Buffer.alloc(0)));
        socket.end();
      }
    }
    return rest;
  }
}
