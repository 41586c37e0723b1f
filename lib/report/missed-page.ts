import { DISTINCTIVE_FIELDS, type FormDetection } from '../form/detect';
import type { RouteKind } from '../form/route';

/**
 * The popup's "Report this page" for a portal page where the assistant showed nothing: the popup asks
 * every frame of the active tab, and only a frame that looks like support without a detected form
 * answers with its page report.
 */
export const DESCRIBE_PAGE = 'describePage';

export interface DescribePageRequest {
  type: typeof DESCRIBE_PAGE;
}

export function isDescribePageRequest(message: unknown): message is DescribePageRequest {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === DESCRIBE_PAGE;
}

/** No form was detected, yet the route is a support page or support-form labels are on screen. */
export function looksLikeMissedSupportPage(detection: FormDetection, routeKind: RouteKind | null): boolean {
  if (detection.detected) return false;
  if (routeKind === 'newRequest' || routeKind === 'supportHome') return true;
  return detection.labels.length >= 2 || detection.labels.some((key) => DISTINCTIVE_FIELDS.includes(key));
}
