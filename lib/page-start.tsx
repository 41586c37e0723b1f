import { type ComponentChild, render } from 'preact';
import { t, uiLanguage } from './i18n';
import { reportSwallowedToBackground } from './messages/report-swallowed';

export type Draw = (view: ComponentChild) => void;

/**
 * The start-up every extension page (options, popup, tracker) shares: the document's language and
 * title in the UI language, swallowed errors sent to the debug log, a loading line, then `show` draws
 * the page into #app. When `show` fails, the page says why instead of staying blank; `failureText`
 * words the reason for that page.
 */
export async function startPage(title: string, show: (draw: Draw) => Promise<void>, failureText: (reason: string) => string): Promise<void> {
  // The page's HTML is a bare shell (entrypoints/*/index.html): the mount point is made here.
  const root = document.getElementById('app') ?? document.body.appendChild(Object.assign(document.createElement('div'), { id: 'app' }));
  reportSwallowedToBackground();
  document.documentElement.lang = uiLanguage();
  document.title = title;
  const draw: Draw = (view) => render(view, root);
  draw(<p class="hint">{t('loading')}</p>);
  try {
    await show(draw);
  } catch (error) {
    draw(
      <p role="status" class="notice notice--error">
        {failureText(error instanceof Error ? error.message : String(error))}
      </p>,
    );
  }
}
