import type { MessageKey } from '../../core/i18n/index';

/** Header navigation; features add their entries here, with labels in common.json (every page loads it). */
export const navItems: { to: string; label: MessageKey; signedIn?: boolean }[] = [
  { to: '/intervisie', label: 'common.nav.about' },
  { to: '/methods', label: 'common.nav.methods' },
  { to: '/groups', label: 'common.nav.groups', signedIn: true },
];
