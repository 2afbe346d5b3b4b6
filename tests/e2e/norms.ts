/** The norms data as the tests see it: read from the same YAML the site is built from. */
import { DATA_PATHS, readEntries } from '../../src/lib/dataFiles';
import type { ProcessDefinition } from '../../src/schemas/process';

const read = <T>(path: string) => readEntries(process.cwd(), path).map((e) => e.data as T);

export interface RuleData {
  id: string;
  title: string;
  businessLine: string;
  trigger: string;
  /** Absent on a duty without a number (then `timing` says what the source requires). */
  limit?: { value: number; unit: string; bound?: string };
  timing?: string;
  amount?: { value: number; bound: string };
  requirement?: string;
  comparison?: { nationalRule?: string };
  /** The later rule that replaced this one, when only this article was superseded. */
  supersededBy?: string;
}
export interface ListData {
  id: string;
  title: string;
  items: { id: string; text: string; when?: string[]; unless?: string[] }[];
}
export interface PhraseData {
  id: string;
  situation: string;
  text: string;
  level: string;
  channel: string;
}

export interface SourceData {
  id: string;
  title: string;
  kind: string;
  effect: string;
  checked: string;
  region?: string;
}

export interface ComparisonSide {
  says: string;
  source: { doc: string; article: string };
}
export interface ComparisonData {
  id: string;
  title: string;
  seed: ComparisonSide;
  other?: ComparisonSide;
  national: ComparisonSide;
  verdict: string;
  governs: string;
}

export const comparisons = () => read<ComparisonData>(DATA_PATHS.comparisons);
export const sources = () => read<SourceData>(DATA_PATHS.sources);
export const rules = () => read<RuleData>(DATA_PATHS.rules);
export const documentLists = () => read<ListData>(DATA_PATHS.documents);
export const phrases = () => read<PhraseData>(DATA_PATHS.phrases);
export const processes = () => read<ProcessDefinition>(DATA_PATHS.processes);
