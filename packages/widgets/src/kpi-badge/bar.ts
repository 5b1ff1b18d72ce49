/** The badge's bars: drawn with SVG attributes, which a strict style-src still allows. */
import { html, nothing, svg, type TemplateResult } from 'lit';

/**
 * A bar from 0 to 1 of the row's width, with a target line: decoration only, hidden from screen
 * readers, since the words beside it say the same. (The line is a template of its own: `svg`, so
 * that it is made in the SVG namespace; `html` would make an HTML element that draws nothing.)
 */
export function bar(share: number, target?: number): TemplateResult {
  return html`<svg class="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    <rect class="track" width="100" height="10"></rect>
    <rect class="fill" width=${share * 100} height="10"></rect>
    ${target === undefined ? nothing : svg`<line class="target" x1=${target * 100} x2=${target * 100} y2="10"></line>`}
  </svg>`;
}
