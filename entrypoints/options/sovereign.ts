import { browser } from 'wxt/browser';
import { SOVEREIGN_MATCHES } from '../../lib/hosts';

/** The optional host permissions for sovereign clouds: asked from the options page, on a click. */
export const sovereignPermissions = { origins: SOVEREIGN_MATCHES };

export const hasSovereignAccess = () => browser.permissions.contains(sovereignPermissions);
export const requestSovereignAccess = () => browser.permissions.request(sovereignPermissions);
export const dropSovereignAccess = () => browser.permissions.remove(sovereignPermissions);
