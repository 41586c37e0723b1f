/**
 * The shapes of the identifiers the portals and Partner Center show, one definition each. Plain
 * regular expressions (no zod), so the content scripts can use them too.
 */

/** A directory (tenant) id, an object id: a GUID, any case. */
export const GUID_SOURCE = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
export const GUID = new RegExp(`^${GUID_SOURCE}$`, 'i');

/** A DNS domain such as contoso.onmicrosoft.com. */
export const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/i;

/** A support request number (Azure and the Microsoft 365 admin center): 15 or 16 digits. */
export const REQUEST_NUMBER_SOURCE = '\\d{15,16}';
export const REQUEST_NUMBER = new RegExp(`^${REQUEST_NUMBER_SOURCE}$`);
/** A request number inside longer text, not part of a longer run of digits. */
export const requestNumberInText = (flags = '') => new RegExp(`(?<!\\d)(${REQUEST_NUMBER_SOURCE})(?!\\d)`, flags);
