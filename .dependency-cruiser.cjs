/**
 * The layer rules of the tree, checked by `npm test` (deploy/local/test.sh) with dependency-cruiser:
 * decisions and safeguard rules stay pure, libs never reach into apps, a service never imports
 * another service's internals, and nothing imports in a circle. Only the embedded composition root
 * and the cross-service stories under test/ assemble several services.
 */
const PURE = '(^libs/domain/|\\.decision\\.ts$|^apps/child-welfare-service/src/safeguards/)';
const FRAMEWORK = '^(node_modules/(@nestjs|kafkajs|pg|typeorm|@electric-sql)/|libs/(event-store|messaging|platform|auth)/)';
const SPEC = '\\.(spec|testing)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes the load order matter and the layers meaningless.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'pure-decisions',
      severity: 'error',
      comment: 'Decisions, rules and the domain kernel are tested without Nest, a broker or a database.',
      from: { path: PURE, pathNot: SPEC },
      to: { path: FRAMEWORK },
    },
    {
      name: 'libs-never-import-apps',
      severity: 'error',
      comment: 'Libraries are shared by every service; a service is built on them, not the other way.',
      from: { path: '^libs/' },
      to: { path: '^apps/' },
    },
    {
      name: 'event-store-is-given-its-contracts',
      severity: 'error',
      comment:
        'The event store takes the catalogue, schema validator and upcasters as options (PersistenceModule passes them); it uses the envelope types only. fallback-contracts.ts serves stores built by hand until they pass their own.',
      from: { path: '^libs/event-store/', pathNot: [SPEC, '^libs/event-store/src/fallback-contracts\\.ts$'] },
      to: { path: '^libs/contracts/', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'services-stay-apart',
      severity: 'error',
      comment: 'Services talk through contracts and topics; only the embedded composition root assembles them.',
      from: { path: '^apps/([^/]+)/', pathNot: '^apps/embedded/' },
      to: { path: '^apps/', pathNot: ['^apps/$1/'] },
    },
    {
      name: 'rules-read-the-reconciled-view',
      severity: 'error',
      comment: 'A rule reads the reconciled family view, never one agency’s raw records (catalogue: any agency, whichever came first).',
      from: { path: '^apps/child-welfare-service/src/safeguards/[^/]+/', pathNot: SPEC },
      to: { path: '^apps/child-welfare-service/src/(person-file/|reconciled/(court-facts|court-outcomes|prison-facts|arrest-watch)\\.ts$)' },
    },
    {
      name: 'no-test-code-in-production',
      severity: 'error',
      comment: 'Specs, fixtures and test support are never shipped.',
      from: { path: '^(apps|libs)/', pathNot: [SPEC, '/testing/', '/testing\\.ts$'] },
      to: { path: ['\\.spec\\.ts$', '^test/'] },
    },
    {
      name: 'no-dev-dependencies-in-production',
      severity: 'error',
      comment: 'A service must start from `npm ci --omit=dev`.',
      from: { path: '^(apps|libs)/', pathNot: [SPEC, '/testing/', '/testing\\.ts$', '\\.int\\.spec\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(dist|coverage|test-output)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
