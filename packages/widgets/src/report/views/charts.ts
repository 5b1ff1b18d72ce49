/**
 * The report's charts. Each is a picture of a table printed beside it, so it is one image to
 * assistive technology (`role="img"`) whose name says what the picture shows; the table gives
 * every figure. Labels are HTML, not SVG text: they wrap, take the page's font and follow the
 * writing direction; the SVG draws only shapes, with attributes (a strict style-src allows them).
 */
import { html, svg, type TemplateResult } from 'lit';

export interface Series {
  /** the legend's words */
  label: string;
  /** `1`, `2` or `3`: the colour, `--chikaya-color-series-N` */
  tone: 1 | 2 | 3;
}

function legend(series: readonly Series[]): TemplateResult {
  return html`<ul class="legend" aria-hidden="true">
    ${series.map((item) => html`<li><span class="swatch tone-${item.tone}"></span>${item.label}</li>`)}
  </ul>`;
}

/**
 * Horizontal bars, one per row, each stacked from its parts (in the order of `series`), sized
 * against the largest row.
 */
export function barChart(
  rows: readonly { label: string; parts: readonly number[]; value: string }[],
  series: readonly Series[],
  description: string,
): TemplateResult {
  const most = Math.max(1, ...rows.map((row) => row.parts.reduce((sum, part) => sum + part, 0)));
  return html`<figure class="chart bar-chart">
    <div class="chart-body" role="img" aria-label=${description}>
      ${rows.map((row) => {
        let start = 0;
        return html`<div class="bar-row">
          <span class="bar-label">${row.label}</span>
          <svg class="bars" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
            ${row.parts.map((part, index) => {
              const width = (part / most) * 100;
              const rect = svg`<rect class="tone-${series[index]!.tone}" x=${start} width=${width} height="10"></rect>`;
              start += width;
              return rect;
            })}
          </svg>
          <span class="bar-value">${row.value}</span>
        </div>`;
      })}
    </div>
    ${series.length > 1 ? legend(series) : ''}
  </figure>`;
}

/** Vertical bars side by side for each column (a month), with the columns' labels under them. */
export function columnChart(
  columns: readonly { label: string; values: readonly number[] }[],
  series: readonly Series[],
  description: string,
): TemplateResult {
  const most = Math.max(1, ...columns.flatMap((column) => column.values));
  const width = 10;
  const bar = (width - 2) / series.length;
  return html`<figure class="chart column-chart">
    <div class="chart-body" role="img" aria-label=${description}>
      <svg class="columns" viewBox="0 0 ${columns.length * width} 100" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line class="axis" x1="0" x2=${columns.length * width} y1="100" y2="100"></line>
        ${columns.map((column, index) =>
          column.values.map((value, part) => {
            const height = (value / most) * 100;
            return svg`<rect class="tone-${series[part]!.tone}" x=${index * width + 1 + part * bar} y=${100 - height} width=${bar} height=${height}></rect>`;
          }),
        )}
      </svg>
      <ol class="column-labels" aria-hidden="true">
        ${columns.map((column) => html`<li>${column.label}</li>`)}
      </ol>
    </div>
    ${legend(series)}
  </figure>`;
}

/**
 * A count that steps up over time (agencies joining), from `from` to `until`, with its target as
 * a dashed line. Points are `[day, count]`, in order.
 */
export function stepChart(
  points: readonly (readonly [string, number])[],
  range: { from: string; until: string; target: number | null },
  labels: { start: string; end: string },
  description: string,
): TemplateResult {
  const start = Date.parse(range.from);
  const span = Math.max(1, Date.parse(range.until) - start);
  const most = Math.max(1, range.target ?? 0, ...points.map(([, count]) => count)) * 1.1;
  const x = (day: string) => ((Date.parse(day) - start) / span) * 100;
  const y = (count: number) => 50 - (count / most) * 50;
  let path = '';
  points.forEach(([day, count], index) => {
    path += index === 0 ? `M${x(day)} ${y(count)}` : `H${x(day)}V${y(count)}`;
  });
  if (points.length > 0) path += 'H100';
  return html`<figure class="chart step-chart">
    <div class="chart-body" role="img" aria-label=${description}>
      <svg class="steps" viewBox="0 0 100 50" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <line class="axis" x1="0" x2="100" y1="50" y2="50"></line>
        ${range.target === null ? '' : svg`<line class="target-line" x1="0" x2="100" y1=${y(range.target)} y2=${y(range.target)}></line>`}
        <path class="step tone-1" d=${path}></path>
      </svg>
      <p class="step-labels" aria-hidden="true"><span>${labels.start}</span><span>${labels.end}</span></p>
    </div>
  </figure>`;
}
