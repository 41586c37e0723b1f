import { browser } from 'wxt/browser';
import { SOVEREIGN_MATCHES } from '../../lib/hosts';

/**
 * The optional permissions for sovereign clouds, asked from the options page on a click: their hosts
 * (`scripting`, which runs the portal script there, is a required permission). Dropping removes the
 * hosts: the background then unregisters the script.
 */
export const sovereignPermissions = { origins: SOVEREIGN_MATCHES };

export const hasSovereignAccess = () => browser.permissions.contains(sovereignPermissions);
export const requestSovereignAccess = () => browser.permissions.request(sovereignPermissions);
export const dropSovereignAccess = () => browser.permissions.remove({ origins: SOVEREIGN_MATCHES });
