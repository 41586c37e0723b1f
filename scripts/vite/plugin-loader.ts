import type { Plugin } from 'vite';

const WXT_PLUGIN_LOADER = /<script\b[^>]*\bsrc="virtual:wxt-html-plugins"[^>]*><\/script>/;
const MODULE_SCRIPT = /<script\b[^>]*\btype="module"/g;

/**
 * WXT adds its plugin loader (`virtual:wxt-html-plugins`) to every HTML page. This extension uses no
 * WXT plugins, so the loader is empty; on a page with no module script of its own (the popup, whose
 * code is one classic file) it would still be built as a chunk of its own that the page fetches
 * before its first row. The tag is taken out of such a page; the other pages keep it (it merges into
 * their chunks and costs nothing). Runs after WXT's own HTML step (enforce 'post', order 'pre').
 */
export function dropPluginLoaderFromScriptlessPages(): Plugin {
  return {
    name: 'csp:drop-plugin-loader-from-scriptless-pages',
    enforce: 'post',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!WXT_PLUGIN_LOADER.test(html) || (html.match(MODULE_SCRIPT) ?? []).length > 1) return html;
        return html.replace(WXT_PLUGIN_LOADER, '');
      },
    },
  };
}
