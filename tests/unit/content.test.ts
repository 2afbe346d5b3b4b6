import { describe, expect, it } from 'vitest';
import { checkContent, formatProblems } from '../../src/lib/contentCheck';

describe('all content in the repository', () => {
  it('passes every schema and every cross-reference', () => {
    const problems = checkContent(process.cwd());
    expect(formatProblems(problems)).toBe('');
  });
});
