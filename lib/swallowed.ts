/**
 * For an error the code deliberately goes on without (a message nobody answered, a best-effort
 * report): it is still written to the console at debug level, with where it happened, so a developer
 * can see it (DevTools, "Verbose" level). Use as `.catch(swallowed('sending formSubmitted'))`.
 */
export function swallowed(where: string): (error: unknown) => void {
  return (error) => console.debug(`[CSP Support Assistant] ${where}:`, error);
}
