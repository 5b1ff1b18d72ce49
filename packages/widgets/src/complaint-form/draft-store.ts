/**
 * Keeps the form's answers in `sessionStorage`, per agency, as the user types, so that a reload,
 * a crash or a lost connection loses nothing; cleared once the submission is lodged. The national
 * ID is never written (a shared computer must not keep it). The idempotency key of the last send
 * is kept with a fingerprint of what was sent: sending the same answers again reuses it (the
 * platform then replays its first answer instead of lodging twice); changed answers get a new one.
 */
import type { SubmissionInput } from '@chikaya/sdk';
import { type Draft, unsavedFields } from './draft.js';

interface Saved {
  draft: Draft;
  send?: { key: string; fingerprint: string };
}

/** FNV-1a: a fingerprint, not a secret; it lets the national ID stay out of storage. */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36) + text.length.toString(36);
}

export class DraftStore {
  private send: Saved['send'];

  constructor(private readonly agency: () => string | undefined) {}

  private get key(): string {
    return `chikaya:complaint-form:${this.agency() ?? '*'}`;
  }

  private storage(): Storage | null {
    try {
      return globalThis.sessionStorage ?? null;
    } catch {
      return null; // storage blocked (privacy settings, sandboxed iframe): the form still works
    }
  }

  load(): Saved {
    try {
      const saved = JSON.parse(this.storage()?.getItem(this.key) ?? 'null') as Saved | null;
      this.send = saved?.send;
      return { draft: saved?.draft ?? {} };
    } catch {
      return { draft: {} };
    }
  }

  save(draft: Draft): void {
    const kept: Draft = { ...draft };
    for (const field of unsavedFields) delete kept[field];
    try {
      this.storage()?.setItem(this.key, JSON.stringify({ draft: kept, send: this.send } satisfies Saved));
    } catch {
      // full or blocked: keep going, the answers are still in the form
    }
  }

  /** The key for sending `input`: the same as last time for the same answers, else a new one. */
  idempotencyKey(input: SubmissionInput): string {
    const print = fingerprint(JSON.stringify(input));
    if (this.send?.fingerprint !== print) this.send = { key: crypto.randomUUID(), fingerprint: print };
    const current = this.storage()?.getItem(this.key);
    try {
      const saved = current ? (JSON.parse(current) as Saved) : { draft: {} };
      this.storage()?.setItem(this.key, JSON.stringify({ ...saved, send: this.send }));
    } catch {
      // as above
    }
    return this.send.key;
  }

  clear(): void {
    this.send = undefined;
    try {
      this.storage()?.removeItem(this.key);
    } catch {
      // as above
    }
  }
}
