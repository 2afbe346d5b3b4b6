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
  /** The branch label, in full, broken into lines. */
  label?: string[];
  points: { x: number; y: number }[];
  labelAt?: { x: number; y: number };
}
export interface DiagramLayout {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

/** Font sizes in the SVG's own units. The diagram is never drawn smaller than 1:1 on screen (it
 * pans instead, see ProcessDiagram.astro), so these are the smallest sizes a reader sees: at least
 * 12 px, readable on a phone. */
export const NODE_FONT = 14;
export const LABEL_FONT = 12;
const CHAR = NODE_FONT; // px per CJK character
const LINE = 18;
const LABEL_LINE = 15;
const MAX_CHARS = 9;
const LABEL_CHARS = 8;

/** Breaks a title into lines of at most MAX_CHARS characters (CJK text has no spaces). */
export function wrapTitle(title: string, max = MAX_CHARS): string[] {
  const chars = [...title.replace(/[：？]$/, '')];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += max) lines.push(chars.slice(i, i + max).join(''));
  return lines.slice(0, 3).map((l, i) => (i === 2 && chars.length > max * 3 ? `${l.slice(0, -1)}…` : l));
}

/** Breaks a branch label into lines of at most LABEL_CHARS characters, keeping all of it. */
export function wrapLabel(label: string): string[] {
  const chars = [...label];
  const lines: string[] = [];
  for (let i = 0; i < chars.length; i += LABEL_CHARS) lines.push(chars.slice(i, i + LABEL_CHARS).join(''));
  return lines;
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
      const label = wrapLabel(c.label);
      const width = Math.max(...label.map((l) => [...l].length)) * LABEL_FONT + 8;
      g.setEdge(s.id, c.to, { label, width, height: label.length * LABEL_LINE + 2, labelpos: 'c' }, `${s.id}>${c.to}>${c.label}`);
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
      const edge = g.edge(e) as { points: { x: number; y: number }[]; label?: string[]; x?: number; y?: number };
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
