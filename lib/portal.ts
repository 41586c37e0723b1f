/** The two portals where a CSP partner files a support request for a customer, and what their form asks alike. */
export const PORTALS = ['azure', 'm365'] as const;
export type Portal = (typeof PORTALS)[number];

/** How the partner wants Microsoft to reach them on a request (the form's "Preferred contact method"). */
export const CONTACT_METHODS = ['email', 'phone'] as const;
export type ContactMethod = (typeof CONTACT_METHODS)[number];
