// @custom-elements-manifest/analyzer: custom-elements.json from the elements' doc comments.
// package.json names the manifest itself (`customElements`): the analyzer must not rewrite it.
export default {
  globs: ['src/**/*.ts'],
  // react.ts and vue.ts are framework types for the same elements, not modules of elements.
  exclude: ['src/**/*.test.ts', 'src/internal/**', 'src/react.ts', 'src/vue.ts'],
  litelement: true,
  packagejson: false,
  outdir: '.',
};
