import type { MessageKey } from '../../core/i18n/index';

/** Header navigation; features add their entries here. */
export const navItems: { to: string; label: MessageKey; signedIn?: boolean }[] = [];
