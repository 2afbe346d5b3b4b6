// @ts-check
/**
 * Without JavaScript, Starlight shows every page in its dark theme whatever the system asks for:
 * its Page component writes <html data-theme="dark"> into the HTML, and only the inline script of
 * its ThemeProvider switches to light (by reading `prefers-color-scheme`). With scripts off, that
 * switch never happens.
 *
 * This PostCSS plugin lets the light theme follow the system when no script ran. Every rule that
 * styles `[data-theme='light']` (Starlight's colour tokens, our own in site.css, component styles)
 * is repeated inside `@media (prefers-color-scheme: light)` for `:root:not([data-js])`. The
 * `data-js` mark is set before first paint by Head.astro whenever scripts run, so with JavaScript
 * nothing changes: Starlight's theme picker stays in charge. Repeating the rules at build time,
 * rather than copying the colour values, keeps one source for every colour.
 */

/** `[data-theme='light']`, `[data-theme="light"]` or `[data-theme=light]` in a selector. */
const LIGHT = /\[data-theme=(['"]?)light\1\]/;
const LIGHT_ALL = new RegExp(LIGHT.source, 'g');
const NO_SCRIPT = ':root:not([data-js])';
const SYSTEM_LIGHT = '(prefers-color-scheme: light)';

/** @returns {import('postcss').Plugin} */
export function followSystemThemeWithoutScript() {
  return {
    postcssPlugin: 'follow-system-theme-without-script',
    Once(root, { AtRule }) {
      root.walkRules((rule) => {
        if (!LIGHT.test(rule.selector)) return;
        const copy = rule.clone({ selectors: rule.selectors.map((s) => s.replace(LIGHT_ALL, NO_SCRIPT)) });
        rule.after(new AtRule({ name: 'media', params: SYSTEM_LIGHT, nodes: [copy] }));
      });
    },
  };
}
followSystemThemeWithoutScript.postcss = true;
