import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/contentCheck';

describe('all content in the repository', () => {
  it('passes every schema and every cross-reference', () => {
    const problems = checkContent(process.cwd());
    expect(formatProblems(problems)).toBe('');
  });
});

import { referencedIds } from '../../src/lib/contentCheck';

describe('finding component references in MDX', () => {
  it('reads id="…", ids={[…]} and situation="…"', () => {
    const mdx = `<Rule id="a-b" />\n<RuleTable ids={['x', "y"]} caption="t" />\n<PhraseList situation="客户走错窗口" />`;
    expect(referencedIds(mdx, 'Rule', 'id')).toEqual(['a-b']);
    expect(referencedIds(mdx, 'RuleTable', 'ids')).toEqual(['x', 'y']);
    expect(referencedIds(mdx, 'PhraseList', 'situation')).toEqual(['客户走错窗口']);
    expect(referencedIds(mdx, 'RuleTable', 'id')).toEqual([]);
  });
});
