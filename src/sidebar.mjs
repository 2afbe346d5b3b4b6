// The sidebar (and the phone menu, which is the same list) puts the counter's quick reference
// first, as documentation sites put their most-used reference section at the top: a clerk with a
// customer waiting opens the menu and finds 时限速查 without scrolling. The new-hire learning path
// (chapters in `order`) follows, then walkthroughs, quizzes and the manager's tools.
//
// Chapters are referenced by slug, so Starlight fails the build if one does not exist;
// tests/unit/sidebar.test.ts checks that every chapter is listed once, in learning order, and
// that the quick reference comes first. Each chapter link carries `data-chapter`, which the
// progress marks (src/components/islands/progress-marks.ts) look for.

/** The label of the learning-path group, which the tests and the progress marks look for. */
export const LEARNING_PATH_LABEL = '新员工学习路线';
/** The label of the quick-reference group. */
export const QUICK_REFERENCE_LABEL = '柜面速查';

/** A chapter link, marked so that the learner's progress can be shown next to it. */
const chapter = (slug) => ({ slug, attrs: { 'data-chapter': slug } });

/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
export const sidebar = [
  {
    label: QUICK_REFERENCE_LABEL,
    items: [
      { label: '搜索', link: '/search/' },
      { label: '时限速查', link: '/reference/deadlines/' },
      { label: '期限计算器', link: '/tools/deadline/' },
      { label: '材料清单', link: '/reference/documents/' },
      { label: '服务用语手册', link: '/reference/phrases/' },
      { label: '术语表', link: '/reference/glossary/' },
      { label: '法规对照', link: '/reference/regulations/' },
      { label: '出处文件', link: '/reference/sources/' },
    ],
  },
  {
    label: LEARNING_PATH_LABEL,
    items: [
      { label: '基础', items: [chapter('principles'), chapter('etiquette'), chapter('service-language')] },
      { label: '服务渠道', items: [chapter('counter'), chapter('phone')] },
      {
        label: '业务环节',
        items: [
          chapter('sales'),
          chapter('follow-up'),
          chapter('policy-services'),
          {
            label: '理赔',
            items: [
              chapter('claims/reporting'),
              chapter('claims/major-cases'),
              chapter('claims/documents'),
              chapter('claims/review'),
            ],
          },
          chapter('surrender'),
          chapter('complaints'),
        ],
      },
      { label: '合规与质量', items: [chapter('privacy'), chapter('quality')] },
      {
        label: '专项规范',
        items: [chapter('special/brokers'), chapter('special/agriculture'), chapter('special/social-insurance')],
      },
    ],
  },
  {
    label: '流程演练',
    items: [{ label: '全部流程', link: '/processes/' }],
  },
  {
    label: '测验与复习',
    items: [
      { label: '全部测验', link: '/quizzes/' },
      { label: '错题本', link: '/review/' },
      { label: '学习进度', link: '/progress/' },
    ],
  },
  {
    label: '管理者',
    items: [
      { label: '布置与核验', link: '/manage/' },
      { label: '布置测验', link: '/manage/assign/' },
      { label: '收集结果', link: '/manage/results/' },
      { slug: 'manage/honesty' },
    ],
  },
];
