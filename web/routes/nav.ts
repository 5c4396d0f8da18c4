import type { MessageKey } from '../../core/i18n/index';

/** Header navigation; features add their entries here. */
export const navItems: { to: string; label: MessageKey; signedIn?: boolean }[] = [
  { to: '/intervisie', label: 'library.nav.about' },
  { to: '/methods', label: 'library.nav.methods' },
  { to: '/groups', label: 'groupsUi.nav', signedIn: true },
];
