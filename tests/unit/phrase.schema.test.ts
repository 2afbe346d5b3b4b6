import { describe, expect, it } from 'vitest';
import { phraseSchema } from '../../src/schemas/phrase';
import { known, messages } from './fixtures';

const schema = phraseSchema(known());
const valid = () => ({
  id: 'must-greet',
  situation: '客户来到柜面',
  text: '您好，请坐',
  level: '必讲',
  channel: '柜面',
  source: { doc: 'henan-2014', article: '一' },
  chapter: 'policy-services',
});

describe('phrase schema', () => {
  it('accepts a must-say counter phrase', () => {
    expect(messages(schema.safeParse(valid()))).toEqual([]);
  });
  it('rejects an unknown level, naming the allowed ones', () => {
    expect(messages(schema.safeParse({ ...valid(), level: '建议' }))).toEqual([
      'level: 用语级别必须是 必讲 / 提倡 / 禁忌 之一，收到的是 "建议"',
    ]);
  });
  it('rejects an unknown channel', () => {
    expect(messages(schema.safeParse({ ...valid(), channel: '微信' }))[0]).toMatch(/^channel: 渠道必须是 柜面 \/ 电话 \/ 通用/);
  });
  it('rejects a phrase that points at a missing chapter', () => {
    expect(messages(schema.safeParse({ ...valid(), chapter: 'nowhere' }))[0]).toMatch(/^chapter: 找不到章节 "nowhere"/);
  });
  it('rejects a situation that is not in situations.yaml, saying where situations are listed', () => {
    expect(messages(schema.safeParse({ ...valid(), situation: '客户进门' }))[0]).toMatch(
      /^situation: 找不到情境（src\/content\/norms\/situations.yaml） "客户进门"/,
    );
  });
});
