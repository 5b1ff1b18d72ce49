/** A note from Storybook above a story (in English, left to right, whatever the story's language). */
import { html, type TemplateResult } from 'lit';

export const notice = (content: unknown): TemplateResult =>
  html`<p
    lang="en"
    dir="ltr"
    role="note"
    style="margin: 0 0 1rem; padding: 0.5rem 0.75rem; border-inline-start: 4px solid #8a6d00; background: #fff4cc; color: #1b1b1b; font: 14px/1.4 system-ui, sans-serif"
  >
    ${content}
  </p>`;
