/**
 * Lays a process out as a top-to-bottom flow chart at build time, with dagre (a maintained
 * layered-graph layout library). Only the numbers reach the page, as SVG: no layout code runs
 * in the browser.
 */
import dagre from '@dagrejs/dagre';
import type { ProcessDefinition } from '../schemas/process';

export interface DiagramNode {
  id: string;
  lines: string[];
  x: number;
  y: number;
  width: number;
  height: number;
  kind: 'step' | 'decision' | 'end';
}
export interface DiagramEdge {
  from: string;
  to: string;
  label?: string;
  points: { x: number; y: number }[];
  labelAt?: { x: number; y: number };
}
export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const CHAR = 14; // px per CJK character at the diagram's font size
const LINE = 18;
const MAX_CHARS = 9;

/** Breaks a title into lines of at most MAX_CHARS characters (CJK text has no spaces). */
export function wrapTitle(title: string, max = MAX_CHARS): string[] {
  const chars = [...title.replace(/[：？]$/, '')];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += max) lines.push(chars.slice(i, i + max).join(''));
  return lines.slice(0, 3).map((l, i) => (i === 2 && chars.length > max * 3 ? `${l.slice(0, -1)}…` : l));
}

export function layoutProcess(def: Pick<ProcessDefinition, 'steps'>): DiagramLayout {
  const g = new dagre.graphlib.Graph({ multigraph: true });
  g.setGraph({ rankdir: 'TB', nodesep: 24, ranksep: 36, edgesep: 12, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of def.steps) {
    const lines = wrapTitle(s.title);
    const width = Math.max(...lines.map((l) => [...l].length)) * CHAR + 24;
    g.setNode(s.id, { width, height: lines.length * LINE + 16, lines, kind: s.outcome ? 'end' : s.choices ? 'decision' : 'step' });
  }
  for (const s of def.steps) {
    if (s.next) g.setEdge(s.id, s.next, {}, `${s.id}>${s.next}`);
    for (const c of s.choices ?? []) {
      const label = [...c.label].length > 8 ? `${[...c.label].slice(0, 7).join('')}…` : c.label;
      g.setEdge(s.id, c.to, { label, width: [...label].length * 11 + 6, height: 14, labelpos: 'c' }, `${s.id}>${c.to}>${c.label}`);
    }
  }
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: g.nodes().map((id) => {
      const n = g.node(id) as unknown as DiagramNode & { lines: string[] };
      return { id, lines: n.lines, x: n.x, y: n.y, width: n.width, height: n.height, kind: n.kind };
    }),
    edges: g.edges().map((e) => {
      const edge = g.edge(e) as { points: { x: number; y: number }[]; label?: string; x?: number; y?: number };
      return {
        from: e.v,
        to: e.w,
        label: edge.label,
        points: edge.points,
        labelAt: edge.label && edge.x !== undefined ? { x: edge.x, y: edge.y! } : undefined,
      };
    }),
  };
}
