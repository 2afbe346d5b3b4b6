// The sidebar follows the home page's three ways in: the new-hire learning path (chapters in
// `order`), the counter's quick reference, and (later) managers. Chapters are referenced by slug,
// so Starlight fails the build if one does not exist; tests/unit/sidebar.test.ts checks that
// every chapter is listed, in learning order.
/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
export const sidebar = [
  {
    label: '新员工学习路线',
    items: [
      { label: '基础', items: [{ slug: 'principles' }, { slug: 'etiquette' }, { slug: 'service-language' }] },
      { label: '服务渠道', items: [{ slug: 'counter' }, { slug: 'phone' }] },
      {
        label: '业务环节',
        items: [
          { slug: 'sales' },
          { slug: 'follow-up' },
          { slug: 'policy-services' },
          {
            label: '理赔',
            items: [
              { slug: 'claims/reporting' },
              { slug: 'claims/major-cases' },
              { slug: 'claims/documents' },
              { slug: 'claims/review' },
            ],
          },
          { slug: 'surrender' },
          { slug: 'complaints' },
        ],
      },
      { label: '合规与质量', items: [{ slug: 'privacy' }, { slug: 'quality' }] },
      {
        label: '专项规范',
        items: [{ slug: 'special/brokers' }, { slug: 'special/agriculture' }, { slug: 'special/social-insurance' }],
      },
    ],
  },
  {
    label: '流程演练',
    items: [
      { label: '全部流程', link: '/processes/' },
      { label: '期限计算器', link: '/tools/deadline/' },
    ],
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
  {
    label: '柜面速查',
    items: [
      { label: '搜索', link: '/search/' },
      { label: '时限速查', link: '/reference/deadlines/' },
      { label: '材料清单', link: '/reference/documents/' },
      { label: '服务用语手册', link: '/reference/phrases/' },
      { label: '术语表', link: '/reference/glossary/' },
      { label: '法规对照', link: '/reference/regulations/' },
      { label: '出处文件', link: '/reference/sources/' },
    ],
  },
];
