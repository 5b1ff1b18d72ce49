/**
 * A second, independent judge of the contract: Stoplight Prism as a validating proxy in front of a
 * sandbox (`prism proxy openapi/chikaya.yaml <sandbox> --errors`). Every answer that breaks the
 * contract (status, headers, body) comes back as Prism's 500 problem `…/prism/errors#VIOLATIONS`
 * instead, so a suite whose requests go through it fails even where our own validator
 * (support/contract-validator.ts) would agree with our own server. Requests are not judged
 * (`--validate-request=false`): the suites send bad ones on purpose, and the sandbox must answer them.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const contract = fileURLToPath(new URL('../../../../openapi/chikaya.yaml', import.meta.url));
const prism = fileURLToPath(new URL('../../node_modules/.bin/prism', import.meta.url));

export interface Proxy {
  url: string;
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  server.close();
  await once(server, 'close');
  return port;
}

/** Starts Prism in front of `upstream` on a free loopback port; resolves once it listens. */
export async function startValidatingProxy(upstream: string): Promise<Proxy> {
  const port = await freePort();
  const child: ChildProcess = spawn(
    prism,
    ['proxy', contract, upstream, '--host', '127.0.0.1', '--port', String(port), '--errors', '--cors=false', '--validate-request=false'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 30 s:\n${output}`)), 30_000);
    let listening = false;
    // Prism logs every request at its default level (the only one that says it listens): once it
    // listens, the pipes are only drained.
    const read = (chunk: Buffer) => {
      if (listening) return;
      output += chunk.toString();
      if (/Prism is listening/.test(output)) {
        listening = true;
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited (${code}) before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    async close() {
      if (child.exitCode !== null) return;
      child.kill();
      await once(child, 'exit');
    },
  };
}

/** Prism's answer for a response that breaks the contract: what it found, for the failure message. */
export function prismViolations(answer: { status: number; headers: Headers; body: unknown }): string | null {
  const type = (answer.body as { type?: unknown } | undefined)?.type;
  if (answer.status !== 500 || type !== 'https://stoplight.io/prism/errors#VIOLATIONS') return null;
  return answer.headers.get('sl-violations') ?? JSON.stringify(answer.body);
}
