/**
 * A rule's standing, derived from its source document: what kind of document it comes from,
 * whether it is in force, whether it is the rule to apply at the counter, and — when it is not —
 * which national rule is. Badges, 法规对照, the 时限速查 order, search answer cards, the open
 * data and the rule schema's own checks all read this one function, so they cannot disagree.
 *
 * Pure data in, data out (no astro:content), so the schema, the unit tests and browser-free
 * build code can all use it; `getRuleStandings()` in ./norms.ts feeds it the collections.
 */
import { NATIONAL_KINDS, type SourceEffect, type SourceKind } from '../schemas/enums';

/** What a rule inherits from its source document. */
export interface SourceFacts {
  /** Kind of document. */
  kind: SourceKind;
  /** Whether the document is in force. */
  effect: SourceEffect;
}

/** The fields of a rule that decide its standing. */
export interface RuleFacts {
  /** Rule id. */
  id: string;
  /** Citation of the source document. */
  source: { doc: string };
  /** The rule's own effect, when its article no longer applies although the document is current. */
  effect?: '已被取代' | '已废止';
  /** Id of the rule that replaces this one. */
  supersededBy?: string;
  /** Comparison with the national rule, if any. */
  comparison?: { nationalRule?: string };
}

/** A rule's standing, as every page shows it. */
export interface RuleStanding {
  /** Kind of the source document. */
  kind: SourceKind;
  /** The rule's effect: its own when it records one, otherwise its document's. */
  effect: SourceEffect;
  /** Whether the source is a national rule made by the state (law, regulation, the regulator's rules and notices). */
  national: boolean;
  /** Whether this is the rule to apply at the counter: a current national rule that nothing supersedes. */
  governs: boolean;
  /**
   * Id of the national rule that governs instead, found by following `supersededBy` (or else
   * `comparison.nationalRule`) until a governing rule is reached; absent when the rule governs
   * itself or when no national rule covers the matter.
   */
  governedBy?: string;
}

/** Whether a kind of document is a national rule made by the state. */
export function isNationalKind(kind: SourceKind): boolean {
  return (NATIONAL_KINDS as readonly SourceKind[]).includes(kind);
}

/** A rule's effect before looking at other rules: its own override, or its document's. */
export function ruleEffect(rule: Pick<RuleFacts, 'effect'>, source: SourceFacts): SourceEffect {
  return rule.effect ?? source.effect;
}

/** Whether a rule governs at the counter, from the rule and its source alone. */
export function governsAtCounter(rule: Pick<RuleFacts, 'effect' | 'supersededBy'>, source: SourceFacts): boolean {
  return isNationalKind(source.kind) && ruleEffect(rule, source) === '现行' && !rule.supersededBy;
}

/** The standing of a document itself (for lists and citations that are not time-limit rules). */
export function sourceStanding(source: SourceFacts): RuleStanding {
  const national = isNationalKind(source.kind);
  return { kind: source.kind, effect: source.effect, national, governs: national && source.effect === '现行' };
}

/** Where to look up other rules and sources by id. */
export interface StandingLookup {
  source(id: string): SourceFacts | undefined;
  rule(id: string): RuleFacts | undefined;
}

/** The standing of one rule. Throws when its source is unknown (the schema has already named the file). */
export function ruleStanding(rule: RuleFacts, lookup: StandingLookup): RuleStanding {
  const source = lookup.source(rule.source.doc);
  if (!source) throw new Error(`rules/${rule.id}: 找不到出处文件 "${rule.source.doc}"`);
  const governs = governsAtCounter(rule, source);
  const standing: RuleStanding = {
    kind: source.kind,
    effect: ruleEffect(rule, source),
    national: isNationalKind(source.kind),
    governs,
  };
  if (!governs) {
    const governedBy = followToGoverning(rule, lookup);
    if (governedBy) standing.governedBy = governedBy;
  }
  return standing;
}

/** Follows supersededBy / comparison.nationalRule from `rule` to the first rule that governs. */
function followToGoverning(rule: RuleFacts, lookup: StandingLookup): string | undefined {
  const seen = new Set([rule.id]);
  let next = rule.supersededBy ?? rule.comparison?.nationalRule;
  while (next && !seen.has(next)) {
    seen.add(next);
    const target = lookup.rule(next);
    if (!target) return undefined;
    const source = lookup.source(target.source.doc);
    if (source && governsAtCounter(target, source)) return target.id;
    next = target.supersededBy ?? target.comparison?.nationalRule;
  }
  return undefined;
}

/** Standings of many rules at once, by rule id. */
export function ruleStandings(
  rules: readonly RuleFacts[],
  sources: readonly (SourceFacts & { id: string })[],
): Map<string, RuleStanding> {
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const lookup: StandingLookup = { source: (id) => sourceById.get(id), rule: (id) => ruleById.get(id) };
  return new Map(rules.map((r) => [r.id, ruleStanding(r, lookup)]));
}
