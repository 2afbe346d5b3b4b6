/**
 * Read access to the norms collections for pages and components. A missing id throws an error
 * that names the page file and the attribute, because a dangling reference in a chapter must
 * fail the build, not render an empty box.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { formatCitation } from './format';
import { ruleStandings, sourceStanding, type RuleStanding } from './ruleStanding';

type NormsCollection = 'rules' | 'documents' | 'phrases' | 'sources' | 'glossary' | 'inventory';

const LABELS: Record<NormsCollection, string> = {
  rules: '时限规则',
  documents: '材料清单',
  phrases: '服务用语',
  sources: '出处文件',
  glossary: '术语',
  inventory: '知识点',
};

/** Fetch one entry or throw, naming where the reference was made (`usedIn`) and the attribute. */
export async function requireEntry<C extends NormsCollection>(
  collection: C,
  id: string,
  usedIn: string,
  attribute = 'id',
): Promise<CollectionEntry<C>> {
  const entry = await getEntry(collection, id);
  if (!entry) {
    const known = (await getCollection(collection)).map((e) => e.id).slice(0, 8).join('、');
    throw new Error(`${usedIn}: ${attribute}="${id}" 找不到这条${LABELS[collection]}。已有的例如：${known}`);
  }
  return entry as CollectionEntry<C>;
}

/** A citation made readable, with the source document it points at. */
export async function resolveCitation(citation: { doc: string; article: string }) {
  const source = (await getEntry('sources', citation.doc))!;
  return { source: source.data, text: formatCitation(source.data.shortTitle, citation.article) };
}

/** The page a component is rendered on, as a file path for error messages. */
export function pageFile(locals: App.Locals, url: URL): string {
  try {
    // Starlight's route data throws outside Starlight pages (e.g. a page built with StarlightPage
    // reads it fine, a plain Astro page does not), so fall back to the URL.
    return locals.starlightRoute.entry.filePath ?? url.pathname;
  } catch {
    return url.pathname;
  }
}

/** Chapter titles by slug, for links to chapters from generated pages. */
export async function chapterTitles(slugs: Iterable<string>): Promise<Map<string, string>> {
  const unique = [...new Set(slugs)];
  const entries = await Promise.all(unique.map(async (slug) => [slug, (await getEntry('docs', slug))!.data.title] as const));
  return new Map(entries);
}

/** Every rule's standing — kind, effect, whether it governs at the counter, which rule governs instead — by rule id. */
export async function getRuleStandings(): Promise<Map<string, RuleStanding>> {
  const [rules, sources] = await Promise.all([getCollection('rules'), getCollection('sources')]);
  return ruleStandings(
    rules.map((r) => r.data),
    sources.map((s) => s.data),
  );
}

/** One rule's standing. */
export async function getRuleStanding(id: string): Promise<RuleStanding> {
  return (await getRuleStandings()).get(id)!;
}

/** The standing of a source document itself (document lists and phrases carry no rule of their own). */
export async function getSourceStanding(doc: string): Promise<RuleStanding> {
  return sourceStanding((await getEntry('sources', doc))!.data);
}
