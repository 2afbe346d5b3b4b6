/**
 * The open-data JSON files (/data/*.json): the same collections the pages render, with each
 * citation resolved to the document's title so another system needs no second lookup.
 * Ids are the stable keys; `schemaVersion` changes only when a field changes meaning.
 *
 * Version history (also in README, 「开放数据」):
 * - 2: the source taxonomy. Rules lose `status` and gain `standing` ({ kind, effect, national, governs,
 *   governedBy }); document lists lose `status`; every citation carries `sourceKind`,
 *   `sourceEffect` and `sourceChecked` instead of `sourceStatus`.
 * - 1: first release.
 */
import { getCollection, getEntry } from 'astro:content';
import { formatCitation, formatLimit } from './format';
import { getRuleStandings } from './norms';

export const OPEN_DATA_VERSION = 2;

async function citation(c: { doc: string; article: string }) {
  const source = (await getEntry('sources', c.doc))!.data;
  return {
    doc: c.doc,
    title: source.title,
    docNumber: source.docNumber ?? null,
    article: c.article,
    sourceKind: source.kind,
    sourceEffect: source.effect,
    sourceChecked: source.checked,
    text: formatCitation(source.shortTitle, c.article),
  };
}

function envelope(dataset: string, description: string, items: unknown[]) {
  return { schemaVersion: OPEN_DATA_VERSION, dataset, description, count: items.length, items };
}

export async function rulesData() {
  const rules = (await getCollection('rules')).map((e) => e.data);
  const standings = await getRuleStandings();
  const items = await Promise.all(
    rules.map(async (r) => ({
      id: r.id,
      title: r.title,
      action: r.action,
      trigger: r.trigger,
      limit: { ...r.limit, text: formatLimit(r.limit) },
      actor: r.actor,
      businessLine: r.businessLine,
      standing: { governedBy: null, ...standings.get(r.id)! },
      supersededBy: r.supersededBy ?? null,
      source: await citation(r.source),
      alsoIn: await Promise.all(r.alsoIn.map(citation)),
      excludes: r.excludes ?? null,
      comparison: r.comparison ?? null,
      chapter: `/${r.chapter}/`,
      covers: r.covers,
    })),
  );
  return envelope('rules', '保险客户服务时限规则', items);
}

export async function documentsData() {
  const lists = (await getCollection('documents')).map((e) => e.data);
  const items = await Promise.all(
    lists.map(async (l) => ({
      id: l.id,
      title: l.title,
      serviceType: l.serviceType,
      summary: l.summary,
      items: l.items.map((i) => ({
        id: i.id,
        text: i.text,
        anyOf: i.anyOf ?? null,
        when: i.when,
        unless: i.unless,
        original: i.original,
        note: i.note ?? null,
      })),
      source: await citation(l.source),
      note: l.note ?? null,
      chapter: `/${l.chapter}/`,
    })),
  );
  return envelope('documents', '按业务类型的申请材料清单', items);
}

export async function phrasesData() {
  const phrases = (await getCollection('phrases')).map((e) => e.data);
  const items = await Promise.all(
    phrases.map(async (p) => ({
      id: p.id,
      situation: p.situation,
      text: p.text,
      level: p.level,
      channel: p.channel,
      source: await citation(p.source),
      note: p.note ?? null,
      chapter: `/${p.chapter}/`,
    })),
  );
  return envelope('phrases', '服务用语：必讲、提倡与禁忌', items);
}

/** A JSON response for a static endpoint. */
export function json(data: unknown): Response {
  return new Response(JSON.stringify(data, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
}

export async function processesData() {
  const processes = (await getCollection('processes')).map((e) => e.data).sort((a, b) => a.order - b.order);
  const items = await Promise.all(
    processes.map(async (p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      url: `/processes/${p.id}/`,
      chapter: `/${p.chapter}/`,
      initial: p.initial,
      sources: await Promise.all(p.sources.map(citation)),
      steps: await Promise.all(
        p.steps.map(async (s) => ({
          id: s.id,
          title: s.title,
          body: s.body,
          checklist: s.checklist,
          rules: s.rules,
          phrases: s.say,
          documents: s.documents ?? null,
          source: await citation(s.source),
          transitions: s.next
            ? [{ event: 'step.next', to: s.next }]
            : (s.choices ?? []).map((c) => ({ event: 'step.choose', label: c.label, to: c.to })),
          outcome: s.outcome ?? null,
        })),
      ),
    })),
  );
  return envelope('processes', '服务流程演练：步骤、分支和时限', items);
}
