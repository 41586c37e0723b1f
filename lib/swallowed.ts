/** How long a debug log text may be (the code's `where`, the error's text); longer ones are cut. */
export const MAX_DEBUG_TEXT = 500;

/** An error as one line of text, whatever was thrown, cut to MAX_DEBUG_TEXT. Never throws. */
export function errorText(error: unknown): string {
  const text = error instanceof Error ? `${error.name}: ${error.message}` : typeof error === 'string' ? error : asJson(error);
  return text.length > MAX_DEBUG_TEXT ? `${text.slice(0, MAX_DEBUG_TEXT - 1)}…` : text;
}

/** A thrown value that is no Error, as JSON where it has one (a cycle or a BigInt has none). */
function asJson(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return Object.prototype.toString.call(value);
  }
}

/** Where a swallowed error goes besides the console: the background's debug log, once a context installs one. */
export type SwallowedSink = (entry: { where: string; message: string }) => void;

let sink: SwallowedSink | null = null;

/** Called once by each entrypoint: the background writes to the debug log, the others send it there. */
export function setSwallowedSink(next: SwallowedSink | null): void {
  sink = next;
}

/**
 * For an error the code deliberately goes on without (a message nobody answered, a best-effort
 * report): it is written to the console at debug level, with where it happened (DevTools, "Verbose"
 * level), and handed to the sink, which keeps it in the debug log when the partner has switched that
 * on in the options page (lib/debug-log.ts). Use as `.catch(swallowed('sending formSubmitted'))`.
 */
export function swallowed(where: string): (error: unknown) => void {
  return (error) => {
    console.debug(`[CSP Support Assistant] ${where}:`, error);
    try {
      sink?.({ where: where.slice(0, MAX_DEBUG_TEXT), message: errorText(error) });
    } catch (sinkError) {
      // The sink is the last stop: its own failure goes to the console only, or it would loop.
      console.debug('[CSP Support Assistant] debug log unavailable:', sinkError);
    }
  };
}
