/**
 * What an element's live region says: a failed step, a send, a refresh. Emptied first, then
 * filled a moment later, so that the same words said twice (two failed sends in a row) are
 * announced twice: screen readers (NVDA, VoiceOver) stay silent when a live region's text is set
 * to what it already holds.
 */
import { html, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';

export class Announcer implements ReactiveController {
  private text = '';
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  say(text: string): void {
    this.text = '';
    clearTimeout(this.timer);
    this.host.requestUpdate();
    this.timer = setTimeout(() => {
      this.text = text;
      this.host.requestUpdate();
    }, 100);
  }

  hostDisconnected(): void {
    clearTimeout(this.timer);
  }

  /** The live region, polite: it never interrupts what the user is doing. */
  region(): TemplateResult {
    return html`<div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">${this.text}</div>`;
  }
}
