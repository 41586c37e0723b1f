/**
 * Offers text as a file download from the current document (an extension page, or the portal frame
 * the panel sits in); nothing leaves the browser otherwise.
 */
export function downloadText(fileName: string, mimeType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  Object.assign(document.createElement('a'), { href: url, download: fileName }).click();
  // The click has handed the blob to the download by then; revoking later frees it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** The file name of a page report saved on `now`'s day. */
export function pageReportFileName(now: number): string {
  return `csp-assistant-page-report-${new Date(now).toISOString().slice(0, 10)}.json`;
}
