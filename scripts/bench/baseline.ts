/**
 * The baseline: a plain Starlight site (no custom components, CSS or plugins) with the same
 * chapters, to say what our additions cost. The chapters are taken from our BUILT site: the
 * rendered `.sl-markdown-content` of each chapter page becomes the body of a Markdown page,
 * and Markdown passes raw HTML through, so the baseline renders and indexes the same text,
 * synthetic copies included, without needing our MDX components.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { stringify } from 'yaml';
import { astroBuild, ROOT, type Built } from './build.ts';
import { SYNTHETIC_DIR, SYNTHETIC_SIDEBAR_GROUP } from './synthetic.ts';

interface Page {
  /** '' for the home page. */
  slug: string;
  title: string;
  description?: string;
  markdown: string;
}

function* htmlPages(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory() && entry.name !== '_astro' && entry.name !== 'pagefind') yield* htmlPages(path);
    else if (entry.name === 'index.html') yield path;
  }
}

/** What search calls a chapter: PageTitle.astro files every chapter under 类型 = 章节. */
const isChapter = (doc: HTMLElement) => doc.querySelector('[data-pagefind-filter="类型"]')?.text.trim() === '章节';

/** Markdown heading text: escaped so that it stays text. */
const escapeMarkdown = (text: string) => text.replace(/[\\`*_[\]<>#{}]/g, '\\$&');

/**
 * The chapter as Markdown: headings become Markdown headings (so Starlight builds the table of
 * contents and anchor links as for any page; its slugger gives the same ids), everything else
 * stays HTML. What Starlight adds again (anchor links) and anything interactive (scripts, forms,
 * custom elements) is dropped; text is kept.
 */
function contentMarkdown(content: HTMLElement): string {
  for (const el of content.querySelectorAll(
    'script, style, template, button, input, select, textarea, .sl-anchor-link',
  )) {
    el.remove();
  }
  for (const wrapper of content.querySelectorAll('.sl-heading-wrapper')) {
    wrapper.replaceWith(wrapper.childNodes.map((n) => n.toString()).join(''));
  }
  for (const el of content.querySelectorAll('*')) {
    if (el.rawTagName.includes('-')) el.replaceWith(el.innerHTML);
  }
  const blocks: string[] = [];
  let html: string[] = [];
  const flush = () => {
    // One HTML block per run of elements: in Markdown a blank line would end it and turn the rest into paragraphs.
    if (html.length) blocks.push(`<div>\n${html.join('\n').replace(/\n\s*\n/g, '\n')}\n</div>`);
    html = [];
  };
  for (const node of content.childNodes) {
    const tag = (node as HTMLElement).rawTagName?.toLowerCase();
    if (tag && /^h[2-6]$/.test(tag)) {
      flush();
      blocks.push(`${'#'.repeat(Number(tag[1]))} ${escapeMarkdown(node.text.trim())}`);
    } else if (node.toString().trim()) {
      html.push(node.toString().trim());
    }
  }
  flush();
  return blocks.join('\n\n');
}

function readPage(siteDist: string, file: string): Page | undefined {
  const slug = relative(siteDist, dirname(file)).replace(/\\/g, '/');
  const doc = parse(readFileSync(file, 'utf8'));
  if (slug !== '' && !isChapter(doc)) return undefined;
  const content = doc.querySelector('main .sl-markdown-content');
  if (!content) return undefined;
  return {
    slug,
    title: doc.querySelector('h1')?.text.trim() || doc.querySelector('title')!.text.trim(),
    description: doc.querySelector('meta[name="description"]')?.getAttribute('content'),
    markdown: contentMarkdown(content),
  };
}

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

function astroConfig(chapters: Page[]): string {
  const real = chapters.filter((p) => !p.slug.startsWith(SYNTHETIC_DIR + '/'));
  const sidebar: unknown[] = [{ label: '章节', items: real.map((p) => ({ slug: p.slug })) }];
  if (real.length < chapters.length) sidebar.push(SYNTHETIC_SIDEBAR_GROUP);
  return `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  trailingSlash: 'always',
  integrations: [
    starlight({
      title: '服务规范学堂',
      defaultLocale: 'root',
      locales: { root: { label: '简体中文', lang: 'zh-CN' } },
      sidebar: ${JSON.stringify(sidebar)},
    }),
  ],
});
`;
}

/**
 * Astro decides which packages Vite must bundle (those shipping .astro files) by crawling the
 * project's dependencies: without Starlight listed, it is left external and the build fails.
 */
function packageJson(): string {
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
  const pick = (name: string) => [name, dependencies[name]];
  const deps = Object.fromEntries(['astro', '@astrojs/starlight'].map(pick));
  return JSON.stringify({ name: 'bench-baseline', private: true, type: 'module', dependencies: deps }, null, 2);
}

function writePage(docsDir: string, page: Page): void {
  const frontmatter: Record<string, unknown> = { title: page.title };
  if (page.description) frontmatter.description = page.description;
  if (page.slug === '') Object.assign(frontmatter, { template: 'splash', tableOfContents: false });
  const file = join(docsDir, `${page.slug || 'index'}.md`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `---\n${stringify(frontmatter)}---\n\n${page.markdown}\n`);
}

/**
 * Creates the baseline project in `outDir` (inside the repo's .fixtures, so it resolves the
 * real node_modules) from the home page and chapters of `siteDist`, builds it and returns its dist.
 */
export async function buildBaseline(opts: {
  siteDist: string;
  outDir: string;
}): Promise<{ dist: string; buildMs: number }> {
  const pages = [...htmlPages(opts.siteDist)].flatMap((f) => readPage(opts.siteDist, f) ?? []);
  const chapters = pages.filter((p) => p.slug !== '').sort((a, b) => a.slug.localeCompare(b.slug));
  if (chapters.length === 0) throw new Error(`${opts.siteDist} 里找不到章节页（类型 = 章节）`);
  rmSync(opts.outDir, { recursive: true, force: true });
  const docsDir = join(opts.outDir, 'src/content/docs');
  mkdirSync(docsDir, { recursive: true });
  writeFileSync(join(opts.outDir, 'package.json'), packageJson());
  writeFileSync(join(opts.outDir, 'tsconfig.json'), JSON.stringify({ extends: 'astro/tsconfigs/strict' }));
  writeFileSync(join(opts.outDir, 'astro.config.mjs'), astroConfig(chapters));
  writeFileSync(join(opts.outDir, 'src/content.config.ts'), CONTENT_CONFIG);
  for (const page of pages) writePage(docsDir, page);
  // Starlight's default favicon path, as in Starlight's starter: without it every page load adds a 404.
  const favicon = join(opts.siteDist, 'favicon.svg');
  if (existsSync(favicon)) cpSync(favicon, join(opts.outDir, 'public/favicon.svg'));
  const buildMs = await astroBuild(opts.outDir);
  return { dist: join(opts.outDir, 'dist'), buildMs } satisfies Built;
}
