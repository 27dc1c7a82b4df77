// Layering rules, checked in CI (npm run lint:layers): one core, three doors.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'core-and-shared-are-pure',
      comment: 'core/ and shared/ import no electron, no node: built-ins, no DOM libraries, nothing from the doors',
      severity: 'error',
      from: { path: '^src-main/(core|shared)/', pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypesNot: ['type-only'],
        path: '^(electron|node:|fs|path|os|child_process|jsdom|lit|src-main/(services|store|electron|server|cli)/)',
      },
    },
    {
      name: 'core-no-node-builtins',
      severity: 'error',
      from: { path: '^src-main/(core|shared)/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-electron-imports-electron',
      severity: 'error',
      from: { pathNot: '^src-main/electron/' },
      to: { path: '^electron$|node_modules/electron/' },
    },
    {
      name: 'renderer-imports-only-shared',
      comment: 'the renderer may import src-main/shared and nothing else of src-main',
      severity: 'error',
      from: { path: '^src-renderer/' },
      to: { path: '^src-main/', pathNot: '^src-main/shared/' },
    },
    {
      name: 'services-do-not-import-doors',
      severity: 'error',
      from: { path: '^src-main/(services|store)/' },
      to: { path: '^src-main/(electron|server|cli)/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    exclude: { path: '(^out/|fixtures/)' },
  },
};
