/** Components content authors use in MDX chapters: `import { Rule } from '~/components/mdx'`. */
export { default as Rule } from './Rule.astro';
export { default as RuleTable } from './RuleTable.astro';
export { default as DocumentList } from './DocumentList.astro';
export { default as PhraseList } from './PhraseList.astro';
export { default as LearningPath } from './LearningPath.astro';
export { default as Dashboard } from './Dashboard.astro';
export { default as SearchBox } from './SearchBox.astro';
export { default as DeadlineCalc } from './DeadlineCalc.astro';
export { default as Walkthrough } from './Walkthrough.astro';
