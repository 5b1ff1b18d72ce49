/**
 * The badge's look: three rates side by side, wrapping to one column on a narrow screen (320 px,
 * 200 % zoom). Met and missed differ by icon and words first, colour second; in forced colours
 * the icons and bars take the system's colours.
 */
import { css } from 'lit';

export const styles = css`
  .badge {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }

  p {
    margin: 0;
  }

  .title {
    margin-block-end: calc(var(--_space) / 2);
    font-weight: 700;
    font-size: 1.125rem;
  }

  .rates {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .rate {
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }

  .rate-name,
  .loading {
    color: var(--_muted);
  }

  .rate-value {
    font-size: 1.75rem;
    font-weight: 700;
    line-height: 1.1;
  }

  .bar {
    display: block;
    inline-size: 100%;
    block-size: 0.5rem;
  }

  /* SVG draws from the left: mirrored for right-to-left, so that bars grow from the start. */
  [dir='rtl'] .bar {
    transform: scaleX(-1);
  }

  .track {
    fill: var(--_subtle);
  }

  .fill {
    fill: var(--_primary);
  }

  .target {
    stroke: var(--_text);
    stroke-width: 2;
    vector-effect: non-scaling-stroke;
  }

  .rate-verdict {
    display: flex;
    gap: 0.25rem;
  }

  .icon {
    flex: none;
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: none;
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }

  .rate--met .rate-verdict {
    color: var(--_success);
  }

  .rate--missed .rate-verdict {
    color: var(--_danger);
  }

  .retry {
    margin-block-start: 0.5rem;
    min-block-size: 2.75rem;
    padding-inline: 1rem;
    font: inherit;
    color: var(--_primary);
    background: none;
    border: 2px solid;
    border-radius: var(--_radius);
  }

  @media (forced-colors: active) {
    .fill {
      fill: Highlight;
    }

    .track {
      stroke: CanvasText;
    }

    .target {
      stroke: CanvasText;
    }

    .rate-verdict {
      color: CanvasText !important;
    }
  }
`;
