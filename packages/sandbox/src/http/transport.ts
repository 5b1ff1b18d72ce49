/**
 * The HTTP connection itself, below any operation: how long a client may take, what a request
 * that Node's parser refuses is answered, and the headers every answer carries.
 */
import { type IncomingMessage, type Server, type ServerOptions, STATUS_CODES, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { MiddlewareHandler } from 'hono';
import { ProblemError, type ProblemCode } from './problem.js';

/** Milliseconds a client may take; the sandbox closes the connection past them. */
export interface Timeouts {
  /** from the connection (or the previous answer) to the end of the request's headers */
  headers: number;
  /** from the start of a request to the last byte of its body */
  request: number;
  /** an idle keep-alive connection between two requests */
  keepAlive: number;
  /** silence on a connection while an answer is written (a client that stopped reading) */
  idle: number;
}

/**
 * Node's defaults hold a connection for up to 300 s of a stalled body. These are sized for a phone
 * on a weak network instead, the slowest client the platform must serve:
 * - headers: a request's headers are under 2 KiB, a second at 16 kbit/s; 20 s leaves room for a
 *   radio waking up and a few TCP retransmissions (each waits 1, 2, 4… s on a lossy link);
 * - request: a body is at most 64 KiB, 33 s at 16 kbit/s (EDGE at its worst); 60 s lets it through;
 * - keep-alive: 5 s, Node's own default: a form's next request comes within it, and an idle
 *   connection costs a socket for no one;
 * - idle: 60 s without a byte moving while an answer is written (a client that stopped reading).
 */
export const defaultTimeouts: Timeouts = { headers: 20_000, request: 60_000, keepAlive: 5_000, idle: 60_000 };

/** Options for `http.createServer`: the parser's timeouts, checked often enough to be kept. */
export function serverOptions(timeouts: Timeouts): ServerOptions {
  return {
    headersTimeout: timeouts.headers,
    requestTimeout: timeouts.request,
    // Node checks the two timeouts above on this interval (30 s by default, which would let a
    // stalled body stay up to 90 s): a tenth of the shorter one, at most a second.
    connectionsCheckingInterval: Math.max(10, Math.min(1000, Math.floor(Math.min(timeouts.headers, timeouts.request) / 10))),
    keepAliveTimeout: timeouts.keepAlive,
  };
}

const parserRefusals: Record<string, [number, ProblemCode]> = {
  HPE_HEADER_OVERFLOW: [431, 'headers_too_large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'request_timeout'],
};

function rawProblem(status: number, code: ProblemCode): string {
  const body = JSON.stringify(new ProblemError(status, code).toJSON());
  return [
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}`,
    'Content-Type: application/problem+json',
    `Content-Length: ${Buffer.byteLength(body)}`,
    'X-Content-Type-Options: nosniff',
    'Connection: close',
    '',
    body,
  ].join('\r\n');
}

/**
 * Sets the timeouts on `server`, and answers what Node's parser refuses (a broken request line,
 * headers over 16 KiB, a timeout) as problem+json rather than Node's empty 400, 408 or 431. No
 * request or response exists then: the answer is written on the socket itself.
 */
export function guardConnections(server: Server, timeouts: Timeouts): void {
  server.keepAliveTimeout = timeouts.keepAlive;
  server.timeout = timeouts.idle;
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Duplex) => {
    const pending = (socket as Duplex & { _httpMessage?: ServerResponse | null })._httpMessage;
    if (error.code !== 'ECONNRESET' && socket.writable && !pending?.headersSent) {
      const [status, code] = parserRefusals[error.code ?? ''] ?? [400, 'malformed_request'];
      socket.end(rawProblem(status, code));
      // The client has a moment to read the answer; then the socket goes, whatever it does.
      setTimeout(() => socket.destroy(), 1000).unref();
    } else {
      socket.destroy();
    }
  });
}

/**
 * What every answer says: `nosniff`, so that no browser reads a JSON answer as a page or a
 * script; and `Connection: close` when the client is still sending a body nobody will read (a
 * refusal before the body, a 413, a route that takes no body), rather than reading it to the end.
 */
export const transportHeaders: MiddlewareHandler = async (c, next) => {
  await next();
  c.res.headers.set('X-Content-Type-Options', 'nosniff');
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  if (incoming !== undefined && !incoming.complete) c.res.headers.set('Connection', 'close');
};
