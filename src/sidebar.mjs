// The sidebar follows the information architecture: learning path first, then lookup.
// Chapters are referenced by slug, so Starlight fails the build if a slug does not exist.
/** @type {import('@astrojs/starlight/types').StarlightUserConfig['sidebar']} */
export const sidebar = [
  {
    label: '业务规范',
    items: [
      { slug: 'service-language' },
      { slug: 'policy-services' },
      { label: '理赔', items: [{ slug: 'claims/documents' }] },
    ],
  },
  {
    label: '柜面速查',
    items: [
      { label: '时限速查', link: '/reference/deadlines/' },
      { label: '出处文件', link: '/reference/sources/' },
    ],
  },
];
