/**
 * Synthetic chapters for the scaling runs: copy k of every real chapter, written under
 * `src/content/docs/synthetic/copy-k/<slug>.mdx` of a project copy. A copy keeps the original's
 * frontmatter (sources, covers, audience, topic: the chapter schema demands them) and its MDX
 * components, so it costs what a real chapter costs to build; its sentences are permuted with a
 * seed so that every page is distinct text and the search index grows as it would with new
 * chapters. `order` is dropped: copies stay out of the learning path instead of tying with
 * the chapters they copy.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse, stringify } from 'yaml';
import { hashSeed, rng, shuffle } from '../../src/lib/random.ts';

export const SYNTHETIC_DIR = 'synthetic';

/** The sidebar group the copies get, in our site and in the baseline alike (Starlight ≥ 0.39 shape). */
export const SYNTHETIC_SIDEBAR_GROUP = {
  label: '合成章节',
  collapsed: true,
  items: [{ autogenerate: { directory: SYNTHETIC_DIR, collapsed: true } }],
};

interface Chapter {
  slug: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

function splitFrontmatter(text: string): { frontmatter: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!match) return { frontmatter: {}, body: text };
  return { frontmatter: parse(match[1]) ?? {}, body: text.slice(match[0].length) };
}

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(path);
    else if (/\.mdx?$/.test(entry.name)) yield path;
  }
}

/** The real chapters of a docs folder (not pages such as the home page or 404, not earlier copies). */
export function readChapters(docsDir: string): Chapter[] {
  const chapters: Chapter[] = [];
  for (const file of walk(docsDir)) {
    const slug = relative(docsDir, file)
      .replace(/\\/g, '/')
      .replace(/\.mdx?$/, '');
    if (slug.startsWith(SYNTHETIC_DIR + '/')) continue;
    const { frontmatter, body } = splitFrontmatter(readFileSync(file, 'utf8'));
    if ((frontmatter.kind ?? 'chapter') !== 'chapter') continue;
    chapters.push({ slug, frontmatter, body });
  }
  return chapters.sort((a, b) => a.slug.localeCompare(b.slug));
}

/** Chinese and Latin sentence ends, with any closing quote or bracket that follows. */
const SENTENCE = /[^。！？!?]+(?:[。！？!?]+[”’」』）)]*|$)/g;

/** Prose lines only: JSX, expressions, headings, tables, code and imports are kept as they are. */
const PROSE = /^(\s*(?:[-*+]|\d+\.|>)\s+)?(?![<{#|:`]|import\s|export\s)(\S.*)$/;

function permuteLine(line: string, random: () => number): string {
  const match = PROSE.exec(line);
  if (!match || /[<>{}]/.test(match[2])) return line;
  const sentences = match[2].match(SENTENCE);
  if (!sentences || sentences.length < 2) return line;
  return (match[1] ?? '') + shuffle(sentences, random).join('');
}

/** The body with the sentences of each prose line permuted, deterministically for one seed. */
export function permuteBody(body: string, seed: number): string {
  const random = rng(seed);
  let inCode = false;
  return body
    .split('\n')
    .map((line) => {
      if (/^\s*(```|~~~)/.test(line)) inCode = !inCode;
      return inCode ? line : permuteLine(line, random);
    })
    .join('\n');
}

export function syntheticChapter(chapter: Chapter, copy: number): string {
  const { order: _order, ...frontmatter } = chapter.frontmatter;
  frontmatter.title = `${String(chapter.frontmatter.title)}（合成 ${copy}）`;
  return `---\n${stringify(frontmatter)}---\n${permuteBody(chapter.body, hashSeed(`${chapter.slug}#${copy}`))}`;
}

/**
 * Adds copies 2…factor of every real chapter to `docsDir`, so the site has `factor` times its
 * chapters. Returns how many files were written.
 */
export function addSyntheticChapters(docsDir: string, factor: number): number {
  const chapters = readChapters(docsDir);
  let written = 0;
  for (let copy = 2; copy <= factor; copy++) {
    for (const chapter of chapters) {
      const file = join(docsDir, SYNTHETIC_DIR, `copy-${String(copy).padStart(2, '0')}`, `${chapter.slug}.mdx`);
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, syntheticChapter(chapter, copy));
      written++;
    }
  }
  return written;
}
