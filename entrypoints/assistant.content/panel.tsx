import { render } from 'preact';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { AssistantPanel, type AssistantPanelProps } from '../../components/assistant/AssistantPanel';
import { OWN_UI_ATTRIBUTE } from '../../lib/form/dom';
import { uiLanguage } from '../../lib/i18n';
import panelCss from './panel.css?inline';

/**
 * The panel lives in a closed shadow root: the portal's CSS cannot restyle it and the portal's
 * scripts cannot read it. Mounted only while a support form is on screen.
 */
export function createPanel(ctx: ContentScriptContext) {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let mounting: Promise<ShadowRootContentScriptUi<HTMLElement>> | null = null;

  async function mount() {
    mounting ??= createShadowRootUi(ctx, {
      name: 'csp-support-assistant',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      mode: 'closed',
      css: panelCss,
      isolateEvents: true,
      onMount(container, _shadow, host) {
        host.setAttribute(OWN_UI_ATTRIBUTE, '');
        container.lang = uiLanguage();
        return container;
      },
      onRemove(container) {
        if (container) render(null, container);
      },
    }).then((created) => {
      created.mount();
      return created;
    });
    ui = await mounting;
    return ui;
  }

  return {
    async show(props: AssistantPanelProps) {
      const mounted = ui ?? (await mount());
      if (mounted.mounted) render(<AssistantPanel {...props} />, mounted.mounted);
    },
    hide() {
      ui?.remove();
      ui = null;
      mounting = null;
    },
  };
}
