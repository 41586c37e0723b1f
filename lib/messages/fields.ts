import { z } from '../zod';

/**
 * Page text in a message: data from a hostile page, bounded before the background keeps any of it.
 * The ticket schema then cleans what it stores (lib/page-text.ts).
 */
export const boundedPageText = (max: number) => z.string().max(max);
