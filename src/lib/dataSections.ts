/**
 * Where each norms entry is taught: for every chapter section (the Markdown heading above it)
 * that renders a rule, a rule table, a document list or a phrase through the MDX components,
 * `kind:id` → `chapter-slug#anchor`. Generated questions link to the section that teaches them
 * instead of the top of the chapter. Anchors are made exactly as chapterAnchors() makes them.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import { chapterFiles } from './contentCheck';
import { DOCS_PATH } from './dataFiles';

interface SectionData {
  rules: readonly { id: string; businessLine: string }[];
  phrases: readonly { id: string; situation: string; level: string; channel: string; source: { doc: string } }[];
}

/** The attributes of one component tag: name="text" and name={['a', 'b']}. */
function attributes(tag: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const m of tag.matchAll(/(\w+)=(?:"([^"]*)"|\{\[([^\]]*)\]\})/g)) {
    out[m[1]] = m[2] !== undefined ? m[2] : [...m[3].matchAll(/['"]([^'"]+)['"]/g)].map((q) => q[1]);
  }
  return out;
}

/** The keys a component tag renders (the same filters as the components apply). */
function keysOf(component: string, attrs: Record<string, string | string[]>, data: SectionData): string[] {
  const one = (v: string | string[] | undefined) => (typeof v === 'string' ? v : undefined);
  const many = (v: string | string[] | undefined) => (Array.isArray(v) ? v : undefined);
  switch (component) {
    case 'Rule':
      return one(attrs.id) ? [`rule:${attrs.id}`] : [];
    case 'DocumentList':
      return one(attrs.id) ? [`list:${attrs.id}`] : [];
    case 'RuleTable': {
      const line = one(attrs.businessLine);
      const ids = many(attrs.ids) ?? data.rules.filter((r) => !line || r.businessLine === line).map((r) => r.id);
      // A row in a table teaches less than the rule's own card: a separate key, looked up second.
      return [...(line ? [`ruleTable:${line}`] : []), ...ids.map((id) => `ruleRow:${id}`)];
    }
    case 'PhraseList': {
      const ids = many(attrs.ids);
      const { channel, situation, level, from } = { channel: one(attrs.channel), situation: one(attrs.situation), level: one(attrs.level), from: one(attrs.from) };
      return data.phrases
        .filter((p) => (ids ? ids.includes(p.id) : true))
        .filter((p) => !channel || p.channel === channel || p.channel === '通用')
        .filter((p) => !situation || p.situation === situation)
        .filter((p) => !level || p.level === level)
        .filter((p) => !from || p.source.doc === from)
        .map((p) => `phrase:${p.id}`);
    }
    default:
      return [];
  }
}

export function dataSections(root: string, data: SectionData): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const file of chapterFiles(root)) {
    const slug = file.slice(DOCS_PATH.length + 1).replace(/\.mdx?$/, '').replace(/(^|\/)index$/, '').toLowerCase();
    const slugger = new GithubSlugger();
    let anchor = '';
    for (const line of readFileSync(join(root, file), 'utf-8').split('\n')) {
      const heading = /^#{2,6}\s+(.+?)\s*$/.exec(line);
      if (heading) anchor = slugger.slug(heading[1]);
      for (const m of line.matchAll(/<(Rule|RuleTable|DocumentList|PhraseList)\b([^>]*)>/g)) {
        for (const key of keysOf(m[1], attributes(m[2]), data)) {
          const where = anchor ? `${slug}#${anchor}` : slug;
          const list = out.get(key) ?? [];
          if (!list.includes(where)) list.push(where);
          out.set(key, list);
        }
      }
    }
  }
  return out;
}
