import { afterEach, describe, expect, it } from 'vitest';
import { announceAssistant, assistantRuns, retireAssistant, whenAssistantRuns } from '../../../lib/sentinel/handshake';

afterEach(retireAssistant);

describe('the sentinel–assistant handshake', () => {
  it('a request that waited for the assistant is handed to it once it runs', async () => {
    const waiting = whenAssistantRuns().then((assistant) => assistant.describePage());
    expect(assistantRuns()).toBe(false);
    expect(announceAssistant({ describePage: () => Promise.resolve('report') })).toBe(true);
    expect(assistantRuns()).toBe(true);
    await expect(waiting).resolves.toBe('report');
  });

  it('a second assistant in the same frame steps back; after an update retires it, a new one may run', () => {
    expect(announceAssistant({ describePage: () => undefined })).toBe(true);
    expect(announceAssistant({ describePage: () => undefined })).toBe(false);
    retireAssistant();
    expect(announceAssistant({ describePage: () => undefined })).toBe(true);
  });
});
