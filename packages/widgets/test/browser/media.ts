/**
 * User preferences that the runner cannot emulate in every browser (forced colours in any; reduced
 * motion in Firefox, which puppeteer drives over WebDriver BiDi without media emulation): the
 * element's own `@media (…)` blocks are switched on by rewriting its shadow root's style sheets
 * with that condition replaced by `all`. What is tested is then exactly the CSS that the browser
 * would apply under the preference.
 */
import { onCleanup } from './support.js';

function rewrite(rules: CSSRuleList, condition: string): string {
  let text = '';
  for (const rule of rules) {
    if (rule instanceof CSSMediaRule && rule.media.mediaText.replace(/\s+/g, '') === condition.replace(/\s+/g, '')) {
      text += `@media all { ${rewrite(rule.cssRules, condition)} }\n`;
    } else {
      text += `${rule.cssText}\n`;
    }
  }
  return text;
}

/** Whether the element's style sheets have a `@media <condition>` block at all. */
export function hasMediaBlock(host: Element, condition: string): boolean {
  const wanted = condition.replace(/\s+/g, '');
  const search = (rules: CSSRuleList): boolean =>
    [...rules].some((rule) => rule instanceof CSSMediaRule && (rule.media.mediaText.replace(/\s+/g, '') === wanted || search(rule.cssRules)));
  return host.shadowRoot!.adoptedStyleSheets.some((sheet) => search(sheet.cssRules));
}

/** Applies the element's `@media <condition>` blocks as if the user had that preference, until the test ends. */
export function activateMedia(host: Element, condition: string): void {
  const root = host.shadowRoot!;
  const original = root.adoptedStyleSheets;
  root.adoptedStyleSheets = original.map((sheet) => {
    const copy = new CSSStyleSheet();
    copy.replaceSync(rewrite(sheet.cssRules, condition));
    return copy;
  });
  onCleanup(() => {
    root.adoptedStyleSheets = original;
  });
}

/** Runs in Chromium, where the runner emulates `prefers-*` media features for real. */
export const emulatesMedia = !navigator.userAgent.includes('Firefox');

/** A system colour (`Highlight`, `CanvasText`…) as the browser computes it. */
export function systemColor(name: string): string {
  const probe = document.createElement('span');
  probe.style.color = name;
  document.body.append(probe);
  const color = getComputedStyle(probe).color;
  probe.remove();
  return color;
}

/** WCAG relative luminance contrast between two computed `rgb()`/`rgba()` colours. */
export function contrast(a: string, b: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** The colour behind an element: the first opaque background up the composed tree, else white. */
export function backgroundBehind(element: Element): string {
  let node: Element | null = element;
  while (node) {
    const color = getComputedStyle(node).backgroundColor;
    const alpha = color.startsWith('rgba') ? Number(color.match(/[\d.]+/g)![3]) : 1;
    if (color !== 'transparent' && alpha > 0) return color;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host ?? null);
  }
  return 'rgb(255, 255, 255)';
}
