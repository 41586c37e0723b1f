import { browser } from 'wxt/browser';
import { SOVEREIGN_MATCHES } from '../../lib/hosts';

/**
 * The optional permissions for sovereign clouds, asked from the options page on a click: their hosts,
 * and `scripting` to run the portal script there. Dropping removes the hosts only: the background then
 * unregisters the script, which needs `scripting` still granted to do so.
 */
export const sovereignPermissions = { permissions: ['scripting' as const], origins: SOVEREIGN_MATCHES };

export const hasSovereignAccess = () => browser.permissions.contains(sovereignPermissions);
export const requestSovereignAccess = () => browser.permissions.request(sovereignPermissions);
export const dropSovereignAccess = () => browser.permissions.remove({ origins: SOVEREIGN_MATCHES });
