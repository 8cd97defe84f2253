// The floors of src/ and the rule that no module imports itself round a circle, checked by
// dependency-cruiser in `npm run lint` (so `npm test` fails with the rule's name). The map these
// rules enforce is the first screen of docs/architecture.md: from the ground up,
//   blocks' data (src/blocks/**/*.ts) → lib → stores → components and the blocks' editors (*.tsx)
//   → page scripts (src/scripts) → pages and layouts.
// A floor imports only from its own floor and the floors below it. Type imports count too.
// That src/components holds UI only is checked by tests/unit/layers.test.ts (a rule here sees
// only files that import something).
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Two modules that need each other cannot be read, tested or loaded apart: move what both need into a third.',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'blocks-data-is-the-ground',
      severity: 'error',
      comment:
        "A block type's data (schema, answer, completeness, view) and the registries over it import only other block data: everything else is built on them.",
      from: { path: '^src/blocks/.+\\.ts$' },
      to: { path: ['^src/(lib|stores|components|scripts|pages|layouts|integrations)/', '^src/blocks/.+\\.tsx$'] },
    },
    {
      name: 'lib-is-pure',
      severity: 'error',
      comment: "src/lib is pure logic on the course and its blocks' data: no stores, no UI, no page scripts.",
      from: { path: '^src/lib/' },
      to: { path: ['^src/(stores|components|scripts|pages|layouts|integrations)/', '^src/blocks/.+\\.tsx$'] },
    },
    {
      name: 'stores-below-ui',
      severity: 'error',
      comment: 'Stores hold saved state and its actions; components read them, never the other way round.',
      from: { path: '^src/stores/' },
      to: { path: ['^src/(components|scripts|pages|layouts|integrations)/', '^src/blocks/.+\\.tsx$'] },
    },
    {
      name: 'ui-below-page-scripts',
      severity: 'error',
      comment: 'Components and block editors do not reach up into page scripts or pages.',
      from: { path: ['^src/components/', '^src/blocks/.+\\.tsx$'] },
      to: { path: '^src/(scripts|pages|layouts)/' },
    },
    {
      name: 'scripts-never-reach-into-components',
      severity: 'error',
      comment:
        'Page scripts run without the framework: they import lib, stores and block data. Logic a component and a script share belongs in lib/ or stores/.',
      from: { path: '^src/scripts/' },
      to: { path: ['^src/(components|pages|layouts)/', '^src/blocks/.+\\.tsx$'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: ['node_modules', '\\.astro/'] },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.tsx', '.js', '.mjs', '.astro'] },
  },
};
