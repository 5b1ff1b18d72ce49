/** Registers `<chikaya-report>` (once, even if two copies of the package are on the page). */
import { ChikayaReport } from './report.component.js';

if (!customElements.get('chikaya-report')) customElements.define('chikaya-report', ChikayaReport);

export { ChikayaReport };
