import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/browser.ts';
import { startLookalikeServer, type LookalikeServer } from '../harness/server.ts';
import { seedSettings } from './settings.ts';

export interface LookalikeSession {
  server: LookalikeServer;
  eb: ExtensionBrowser;
}

/**
 * One look-alike server and one Chromium with the extension for a whole suite, the partner's
 * settings seeded (Fabrikam Partners, customer Contoso) unless `seed: false`. Read the fields
 * inside tests and hooks: they are set in beforeAll.
 */
export function useLookalikeSession(options: { lang?: string; seed?: boolean } = {}): LookalikeSession {
  const session = {} as LookalikeSession;
  beforeAll(async () => {
    session.server = await startLookalikeServer();
    session.eb = await launchWithExtension({ port: session.server.port, lang: options.lang ?? 'en' });
    if (options.seed !== false) await seedSettings(session.eb);
  });
  afterAll(async () => {
    await session.eb?.close();
    await session.server?.close();
  });
  return session;
}
