/** The platform's reference data: sectors, service categories, regions, agencies and subject templates. */
export { sectors } from './sectors.js';
export { serviceCategories } from './service-categories.js';
export { regions } from './regions.js';
export { agencies } from './agencies.js';
export { subjectTemplates } from './subjects.js';
