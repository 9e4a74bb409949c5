/**
 * Skill and title synonyms a recruiter would treat as the same thing. The
 * first entry of each group is the canonical form (used for matching) and
 * the display form (used in boolean searches). Kept deliberately short and
 * unambiguous: a wrong synonym ("go" for every "go-getter") costs more than a
 * missing one.
 */
export const SKILL_SYNONYMS: readonly (readonly string[])[] = [
  ['JavaScript', 'JS', 'ECMAScript'],
  ['TypeScript', 'TS'],
  ['Kubernetes', 'K8s'],
  ['PostgreSQL', 'Postgres'],
  ['Go', 'Golang'],
  ['AWS', 'Amazon Web Services'],
  ['GCP', 'Google Cloud Platform', 'Google Cloud'],
  ['Azure', 'Microsoft Azure'],
  ['React', 'ReactJS', 'React.js'],
  ['Node.js', 'NodeJS', 'Node'],
  ['Vue', 'VueJS', 'Vue.js'],
  ['Angular', 'AngularJS'],
  ['Machine learning', 'ML'],
  ['AI', 'Artificial intelligence'],
  ['CI/CD', 'CICD', 'Continuous integration'],
  ['UX', 'User experience'],
  ['UI', 'User interface'],
  ['SEO', 'Search engine optimisation', 'Search engine optimization'],
  ['CRM', 'Customer relationship management'],
  ['SaaS', 'Software as a service'],
  ['B2B', 'Business to business'],
  ['C++', 'CPP'],
  ['C#', 'CSharp'],
  ['.NET', 'dotnet'],
  ['MongoDB', 'Mongo'],
  ['Ruby on Rails', 'Rails', 'RoR'],
  ['NLP', 'Natural language processing'],
  ['IaC', 'Infrastructure as code'],
  ['SRE', 'Site reliability engineering'],
  ['QA', 'Quality assurance'],
  ['HR', 'Human resources'],
  ['PM', 'Product manager'],
  ['Objective-C', 'ObjC'],
  ['Excel', 'Microsoft Excel', 'MS Excel'],
];

/** Interchangeable words inside job titles, used to widen a title search. */
export const TITLE_WORD_SWAPS: readonly (readonly string[])[] = [
  ['Engineer', 'Developer'],
  ['Frontend', 'Front-end'],
  ['Backend', 'Back-end'],
  ['Full stack', 'Full-stack', 'Fullstack'],
];

