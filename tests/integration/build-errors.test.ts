/**
 * Bad content must stop the real build with a message that names the file and the field.
 * Each case copies the project, breaks one thing, and runs Astro on the copy.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { makeFixture, type Fixture } from './fixtureProject';

const rule = (fields: string) => `- id: broken-rule
  title: 测试规则
  action: 办结
  trigger: 收到申请之日
  actor: 保险公司
  businessLine: 保全
  source: { doc: life-basic-2010, article: 第二十条 }
  chapter: policy-services
${fields}
`;

let fx: Fixture | undefined;
afterEach(() => fx?.remove());

describe('the build refuses bad content', () => {
  it('a rule with unit 周 fails, naming the file and limit.unit', async () => {
    fx = makeFixture();
    fx.write('src/content/norms/rules/zz-broken.yaml', rule('  limit: { value: 1, unit: 周 }'));
    const { ok, output } = await fx.astro('sync');
    expect(ok).toBe(false);
    expect(output).toContain('src/content/norms/rules/zz-broken.yaml');
    expect(output).toContain('limit.unit: 时限单位必须是 工作日 / 日 / 小时 之一，收到的是 "周"');
  });

  it('a rule compared with a national rule that does not exist fails, naming the file and field', async () => {
    fx = makeFixture();
    fx.write(
      'src/content/norms/rules/zz-broken.yaml',
      rule(`  limit: { value: 5, unit: 工作日 }
  comparison: { verdict: 宽于全国规定, nationalRule: no-such-rule, note: 以全国规定为准 }`),
    );
    const { ok, output } = await fx.astro('sync');
    expect(ok).toBe(false);
    expect(output).toContain('src/content/norms/rules/zz-broken.yaml');
    expect(output).toContain('comparison.nationalRule: 找不到时限规则 "no-such-rule"');
  });

  it('a rule marked 已被取代 without the rule that replaces it fails, naming the file and field', async () => {
    fx = makeFixture();
    fx.write(
      'src/content/norms/rules/zz-broken.yaml',
      rule(`  limit: { value: 10, unit: 工作日 }
  effect: 已被取代
  comparison: { verdict: 已被取代, note: 以2020年办法为准 }`),
    );
    const { ok, output } = await fx.astro('sync');
    expect(ok).toBe(false);
    expect(output).toContain('src/content/norms/rules/zz-broken.yaml');
    expect(output).toContain('supersededBy: 本条的效力是「已被取代」，必须用 supersededBy 写明现在以哪条规则为准');
  });

  it('a source without its verification date fails, naming the file and field', async () => {
    fx = makeFixture();
    fx.write(
      'src/content/norms/sources/zz-broken.yaml',
      `- id: broken-source\n  title: 测试文件\n  shortTitle: 测试文件\n  kind: 部门规章\n  effect: 现行\n  checked: 2026年11月\n  seeds: [crossref]\n`,
    );
    const { ok, output } = await fx.astro('sync');
    expect(ok).toBe(false);
    expect(output).toContain('src/content/norms/sources/zz-broken.yaml');
    expect(output).toContain('checked: 核对日期 checked 必须写成 YYYY-MM-DD');
  });

  it('a chapter whose frontmatter covers an unknown knowledge point fails, naming the chapter and field', async () => {
    fx = makeFixture();
    fx.write(
      'src/content/docs/zz-broken.mdx',
      `---\ntitle: 测试\nsources: [{ doc: henan-2014, article: 第一条 }]\ncovers: [Z9]\naudience: [柜面]\ntopic: 保全\n---\n正文。\n`,
    );
    const { ok, output } = await fx.astro('sync');
    expect(ok).toBe(false);
    expect(output).toContain('src/content/docs/zz-broken.mdx');
    expect(output).toContain('covers.0: 找不到知识点 "Z9"');
  });

  it('a chapter that renders <Rule id> of a missing rule fails the build, naming the chapter and attribute', async () => {
    fx = makeFixture();
    fx.write(
      'src/content/docs/zz-broken.mdx',
      `---\ntitle: 测试\nsources: [{ doc: henan-2014, article: 第一条 }]\ncovers: [B6]\naudience: [柜面]\ntopic: 保全\n---\nimport { Rule } from '~/components/mdx';\n\n<Rule id="no-such-rule" />\n`,
    );
    const { ok, output } = await fx.astro('build');
    expect(ok).toBe(false);
    expect(output).toContain('src/content/docs/zz-broken.mdx <Rule>: id="no-such-rule" 找不到这条时限规则');
  });
});
