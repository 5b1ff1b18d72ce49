/**
 * The generator's preview: `preview.html?element=kpi-badge&agency=dgsn&locale=ar&theme=dark…`
 * puts the script tag and the element in this page exactly as the snippet does. A page speaks one
 * language, hence a page (in a frame) per preview. Its height goes to the portal, so that the
 * frame fits the element.
 */
import { createElementFor, createScriptFor, fromParams, placesFrom } from './embed.js';

const choices = fromParams(new URLSearchParams(location.search));
document.documentElement.lang = choices.locale;
document.documentElement.dir = choices.locale === 'ar' ? 'rtl' : 'ltr';

document.getElementById('preview').append(createElementFor(choices, document));
document.head.append(createScriptFor(choices, placesFrom(location), document));

if (window.parent !== window) {
  let last = 0;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'chikaya-preview-height', height }, location.origin);
  }).observe(document.documentElement);
}
