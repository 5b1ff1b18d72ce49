/** Registers `<chikaya-complaint-form>` (once, even if two copies of the package are on the page). */
import { ChikayaComplaintForm } from './complaint-form.component.js';

if (!customElements.get('chikaya-complaint-form')) customElements.define('chikaya-complaint-form', ChikayaComplaintForm);

export { ChikayaComplaintForm };
