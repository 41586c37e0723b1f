/**
 * The extension's identity, which a policy names. The manifest `key` (Chrome and Edge builds) pins
 * the id of unpacked and self-hosted installs, so the templates in policies/ can name it. A store
 * (Chrome Web Store, Edge Add-ons) gives its listing its own id; for those, use the store's id.
 */
export const CHROMIUM_PUBLIC_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAukgaXFN6QNjNLVblkHthjK/FhlwNGkSzhCH4eynN/GOG8E1qC3D84TRq9gaSqEpneL+hTnYVjsLtcsURY7/MWhMG02PM+LY78999iibKadBBk+o/lMRZMkZNd/OmDcsi3UYtBnd+pdh7dcKWUZNtX1dFVToRrr65/TfZJu1NECaha4SpKfpbyEgE4hx/O0W6JJ8yLTiBFA4thWKqJ5ciRZmijUh80pcr1mPqe2lA4429B+LZMNQx24UNC+p+8dtpvC4aefvIc1/MapWRX0E1KSZOeWi/ovX+sTFFbReXarJ0hQM2u3M9oUBWInXm2RRqzJkPsEb7JGPceeov0I0aIQIDAQAB';

/** The id Chrome and Edge derive from CHROMIUM_PUBLIC_KEY (a unit test checks they agree). */
export const CHROMIUM_EXTENSION_ID = 'hhdflfmjeamplilnioacdikpbbpmicff';

/** Firefox's add-on id (browser_specific_settings.gecko.id), which policies.json names. */
export const FIREFOX_EXTENSION_ID = 'csp-support-assistant@cspsupport.invalid';
