// @custom-elements-manifest/analyzer: custom-elements.json from the elements' doc comments.
// package.json names the manifest itself (`customElements`): the analyzer must not rewrite it.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/internal/**'],
  litelement: true,
  packagejson: false,
  outdir: '.',
};
