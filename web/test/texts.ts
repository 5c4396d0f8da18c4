import { loadTexts } from '../lib/i18n';

// Component tests render any page in either language: every text of both, loaded before the first test.
await loadTexts(undefined, 'nl');
await loadTexts(undefined, 'en');
