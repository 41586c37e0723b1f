/**
 * Tickets per archive chunk: a page of history reads one chunk of about 150 KB, an import of 50,000
 * writes 200. A file of its own with no imports, so `node scripts/bench.ts` can read it unbundled.
 */
export const ARCHIVE_CHUNK_SIZE = 250;
