// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import starlightLinksValidator from 'starlight-links-validator';
import { sidebar } from './src/sidebar.mjs';
import { offline } from './src/integrations/offline.ts';
import { cspInlineHashes } from './src/integrations/cspInlineHashes.ts';
import { hostHeaders } from './src/integrations/hostHeaders.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/lib/securityHeaders.ts';

// Routes built in src/pages rather than from the docs collection.
const customPageLinks = [
  '/reference/**',
  '/processes/**',
  '/quizzes/**',
  '/tools/**',
  '/manage/**',
  '/review/',
  '/progress/',
  '/data/**',
  '/search/',
];

// The site URL only feeds the sitemap and canonical links; override it when deploying.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Content-Security-Policy as a <meta> on every page: only this site, with a hash for each
  // inline script and style, so injected markup cannot run. Hosts add the header-only parts
  // (dist/_headers, written by src/integrations/hostHeaders.ts).
  security: {
    csp: {
      directives: CSP_DIRECTIVES,
      scriptDirective: { resources: CSP_SCRIPT_SOURCES },
      styleDirective: { resources: CSP_STYLE_SOURCES },
    },
  },
  integrations: [
    starlight({
      title: '服务规范学堂',
      description: '保险客户服务规范的速查与培训：时限、材料清单、服务用语、流程演练和测验。',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      favicon: '/favicon.svg',
      sidebar,
      components: {
        Search: './src/components/starlight/Search.astro',
        Head: './src/components/starlight/Head.astro',
        PageTitle: './src/components/starlight/PageTitle.astro',
        // Starlight's own sidebar and footer, wrapped: progress marks next to chapters; what to do
        // after a chapter, which also records it as read.
        Sidebar: './src/components/starlight/Sidebar.astro',
        Footer: './src/components/starlight/Footer.astro',
      },
      customCss: ['./src/styles/site.css', './src/styles/quiz.css'],
      // Internal links and #anchors in every chapter are checked at build time; a broken one fails the build.
      // Pages built in src/pages are invisible to the validator, so it skips them; the end-to-end
      // link check (tests/e2e/links.spec.ts) crawls the whole built site, those pages included.
      plugins: [
        starlightLinksValidator({
          errorOnFallbackPages: false,
          errorOnInvalidHashes: true,
          exclude: customPageLinks,
        }),
      ],
      lastUpdated: false,
      pagination: true,
    }),
    // After Starlight, in this order: finish each page's CSP, then precache the final files
    // (Starlight's own build hook writes the Pagefind index, which the worker precaches too).
    cspInlineHashes(),
    hostHeaders(),
    offline(),
  ],
});
