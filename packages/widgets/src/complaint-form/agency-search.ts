/**
 * Search-as-you-type over the agencies, for the form's agency picker (the ARIA 1.2 combobox
 * pattern: focus stays in the text box; arrows move the active option, announced through
 * `aria-activedescendant`; Enter chooses; Escape closes).
 */
import type { Agency } from '@chikaya/sdk';
import type { WidgetClient } from '../shared/client.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

export class AgencySearch implements ReactiveController {
  query = '';
  results: Agency[] = [];
  total = 0;
  /** the listbox is shown: there are results to choose from (never an empty listbox) */
  open = false;
  /** the search for the current text has answered (to say "nothing matches") */
  answered = false;
  active = -1;
  chosen: Agency | null = null;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private controller: AbortController | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly client: () => WidgetClient,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
    this.controller?.abort();
  }

  /** Loads an agency chosen earlier (a preset, a restored draft) so that its name shows. */
  async choose(agencyId: string): Promise<Agency | null> {
    if (this.chosen?.id === agencyId) return this.chosen;
    try {
      this.chosen = await this.client().agencies.get(agencyId);
    } catch {
      this.chosen = null;
    }
    this.host.requestUpdate();
    return this.chosen;
  }

  type(query: string): void {
    this.query = query;
    this.chosen = null;
    this.answered = false;
    clearTimeout(this.timer);
    // Wait for a pause in typing: one request per word, not per key.
    this.timer = setTimeout(() => void this.search(), 200);
    this.host.requestUpdate();
  }

  private async search(): Promise<void> {
    this.controller?.abort();
    const query = this.query.trim();
    if (query.length === 0) {
      this.results = [];
      this.open = false;
      this.host.requestUpdate();
      return;
    }
    this.controller = new AbortController();
    try {
      const page = await this.client().agencies.list({ q: query, pageSize: 8 }, { signal: this.controller.signal });
      this.results = page.items;
      this.total = page.total;
      this.open = page.items.length > 0;
      this.active = -1;
      this.answered = true;
    } catch (error) {
      // A newer search aborted this one: that one answers.
      if ((error as { name?: string }).name === 'AbortError') return;
      this.results = [];
      this.open = false;
    }
    this.host.requestUpdate();
  }

  move(step: 1 | -1): void {
    if (!this.open || this.results.length === 0) return;
    this.active = (this.active + step + this.results.length) % this.results.length;
    this.host.requestUpdate();
  }

  pick(index = this.active): Agency | null {
    const agency = this.results[index];
    if (!agency) return null;
    this.chosen = agency;
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
    return agency;
  }

  close(): void {
    this.open = false;
    this.active = -1;
    this.host.requestUpdate();
  }
}
