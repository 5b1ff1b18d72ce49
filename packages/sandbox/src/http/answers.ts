/**
 * JSON answers and the cache of the last answer of each cacheable URL. A national-scale answer
 * (every agency's KPIs: 1.3 MB of JSON) is read far more often than it changes, so its text and
 * its compressed forms are made once per change (per ETag) and then sent as they are to each
 * client that accepts that encoding, instead of being compressed again on every request.
 */
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/**
 * Answers smaller than this are sent as they are: a 201 of a few hundred bytes gains a few
 * dozen bytes from gzip, less than the time it takes to compress.
 */
export const compressionThreshold = 1024;

/**
 * A JSON answer that says its length, so that compression (server.ts) can leave a small one
 * alone without reading it.
 */
export function json(status: number, body: string, headers: Record<string, string>): Response {
  return new Response(body, {
    status,
    headers: { 'Content-Type': 'application/json', 'Content-Length': String(Buffer.byteLength(body)), ...headers },
  });
}

export type Encoding = 'br' | 'gzip';

const encoders: Record<Encoding, (text: string) => Promise<Buffer>> = {
  // Quality 5 compresses 1.3 MB of KPIs in tens of milliseconds, and smaller than gzip does;
  // 11 (the default) would take seconds of a core per change.
  br: (text) =>
    promisify(brotliCompress)(text, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 5, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT },
    }),
  gzip: (text) => promisify(gzip)(text),
};

/**
 * The encoding to send of those the cache keeps, from an `Accept-Encoding` field: the highest
 * `q`, brotli on a tie (smaller); none when the client names neither (nor `*`).
 */
export function chooseEncoding(accept: string | undefined): Encoding | undefined {
  if (accept === undefined) return undefined;
  const q: Partial<Record<Encoding | '*', number>> = {};
  for (const part of accept.split(',')) {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim());
    const coding = name.toLowerCase();
    if (coding !== 'br' && coding !== 'gzip' && coding !== '*') continue;
    const weight = parameters.find((parameter) => /^q=/i.test(parameter));
    const value = weight === undefined ? 1 : Number(weight.slice(2));
    q[coding] = Number.isFinite(value) ? value : 0;
  }
  const br = q.br ?? q['*'] ?? 0;
  const gz = q.gzip ?? q['*'] ?? 0;
  if (br <= 0 && gz <= 0) return undefined;
  return br >= gz ? 'br' : 'gzip';
}

/** One URL's last answer: its text, and each encoding of it once a client has asked for it. */
export class KeptAnswer {
  private readonly encoded = new Map<Encoding, Promise<Buffer>>();
  private readonly size: number;

  constructor(
    readonly etag: string,
    readonly text: string,
  ) {
    this.size = Buffer.byteLength(text);
  }

  /** Compressed once (in zlib's thread pool, off the event loop); later requests share it. */
  private bytes(encoding: Encoding): Promise<Buffer> {
    let bytes = this.encoded.get(encoding);
    if (bytes === undefined) {
      bytes = encoders[encoding](this.text);
      this.encoded.set(encoding, bytes);
      // a failure is not kept: the next request tries again, this one is sent uncompressed
      bytes.catch(() => this.encoded.delete(encoding));
    }
    return bytes;
  }

  /** The 200 for a client whose `Accept-Encoding` is `accept`, with the answer's `headers`. */
  async response(accept: string | undefined, headers: Record<string, string>): Promise<Response> {
    if (this.size < compressionThreshold) return json(200, this.text, headers);
    // The answer depends on Accept-Encoding: a shared cache must keep one copy per encoding.
    const vary = headers.Vary === undefined ? 'Accept-Encoding' : `${headers.Vary}, Accept-Encoding`;
    const encoding = chooseEncoding(accept);
    if (encoding !== undefined) {
      try {
        const bytes = await this.bytes(encoding);
        // Other bytes than the identity's: a strong tag would promise byte equality (RFC 9110 8.8.1).
        const etag = headers.ETag === undefined || headers.ETag.startsWith('W/') ? headers.ETag : `W/${headers.ETag}`;
        // zlib's buffers are never shared memory
        return new Response(bytes as Uint8Array<ArrayBuffer>, {
          status: 200,
          headers: {
            'Content-Type': 'application/json',
            ...headers,
            ...(etag === undefined ? {} : { ETag: etag }),
            'Content-Encoding': encoding,
            'Content-Length': String(bytes.byteLength),
            Vary: vary,
          },
        });
      } catch {
        // compression failed: the text is still the answer
      }
    }
    return json(200, this.text, { ...headers, Vary: vary });
  }
}

/** The last answer of each cacheable URL, kept while its ETag holds. */
export class AnswerCache {
  private readonly answers = new Map<string, KeptAnswer>();

  /** Entries kept; the oldest goes first. Enough for every agency's KPIs of a national platform. */
  constructor(private readonly capacity = 4096) {}

  get(url: string, etag: string): KeptAnswer | undefined {
    const answer = this.answers.get(url);
    return answer?.etag === etag ? answer : undefined;
  }

  clear(): void {
    this.answers.clear();
  }

  set(url: string, etag: string, text: string): KeptAnswer {
    // Map keeps insertion order: dropping the first entry drops the oldest.
    this.answers.delete(url);
    if (this.answers.size >= this.capacity) this.answers.delete(this.answers.keys().next().value!);
    const answer = new KeptAnswer(etag, text);
    this.answers.set(url, answer);
    return answer;
  }
}
