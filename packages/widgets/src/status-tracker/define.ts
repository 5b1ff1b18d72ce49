/** Registers `<chikaya-status-tracker>` (once, even if two copies of the package are on the page). */
import { ChikayaStatusTracker } from './status-tracker.component.js';

if (!customElements.get('chikaya-status-tracker')) customElements.define('chikaya-status-tracker', ChikayaStatusTracker);

export { ChikayaStatusTracker };
