/** Registers `<chikaya-kpi-badge>` (once, even if two copies of the package are on the page). */
import { ChikayaKpiBadge } from './kpi-badge.component.js';

if (!customElements.get('chikaya-kpi-badge')) customElements.define('chikaya-kpi-badge', ChikayaKpiBadge);

export { ChikayaKpiBadge };
