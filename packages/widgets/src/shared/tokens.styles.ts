/**
 * Design tokens. Agencies theme the elements with these custom properties (and `::part()`); the
 * defaults follow the host page's font, Morocco's flag colours, and the user's light or dark
 * preference, or the `theme` attribute. Only logical properties, so right-to-left needs no rule
 * of its own. What only forms need (text boxes' focus, motion, hidden live regions) is in
 * `fields.styles.ts`: a page with only a badge has 12 KB for everything.
 */
import { css } from 'lit';

/** The dark palette: for `theme="dark"`, and for a dark preference unless `theme="light"`. */
const dark = css`
  --_primary: var(--chikaya-color-primary, #5fd08f);
  --_on-primary: #0b1f14;
  --_danger: var(--chikaya-color-danger, #ffb4ab);
  --_success: var(--chikaya-color-success, #5fd08f);
  --_text: #eef0ef;
  --_muted: #c4c8c6;
  --_surface: #151a17;
  --_subtle: #222925;
  --_border: #9aa19d;

  /* Light text needs its own dark ground: the host page may well be white. */
  background: var(--_surface);
`;

export const tokens = css`
  :host {
    --_primary: var(--chikaya-color-primary, #006233);
    --_on-primary: #ffffff;
    --_danger: var(--chikaya-color-danger, #b3261e);
    --_success: var(--chikaya-color-success, #006233);
    --_text: #1b1b1b;
    --_muted: #4a4a4a;
    --_surface: #ffffff;
    --_subtle: #f3f4f4;
    --_border: #6f777b;
    --_focus: #ffbf47;
    /* the focus ring: the text colour (at least 3:1 against the surface, WCAG 1.4.11), with a
       yellow halo inside it */
    --_focus-ring: var(--_text);
    --_radius: var(--chikaya-radius, 0.375rem);
    --_space: var(--chikaya-space, 1rem);
    --_font: var(--chikaya-font-family, inherit);

    display: block;
    color: var(--_text);
    font-family: var(--_font);
    line-height: 1.5;
  }

  :host([hidden]) {
    display: none;
  }

  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      ${dark}
    }
  }

  :host([theme='dark']) {
    ${dark}
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  :focus-visible {
    outline: 3px solid var(--_focus-ring);
    outline-offset: 2px;
    box-shadow: 0 0 0 3px var(--_focus);
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
