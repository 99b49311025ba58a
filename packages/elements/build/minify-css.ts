// Build step of the elements' bundles: the CSS inside each `css`…`` template of the style
// modules is minified by esbuild's CSS minifier (≈ 1 kB gzip of the embed's first load is
// indentation, comments and spaces). Templates with `${…}` are left as written: their parts
// are not CSS on their own.
import { readFile } from 'node:fs/promises';
import { transformSync, type Plugin } from 'esbuild';

// A tagged template without interpolations: `css` + backtick + no backtick, `$` or `\` + backtick.
const CSS_TEMPLATE = /\bcss`([^`$\\]*)`/g;

/**
 * Minifies the CSS of every interpolation-free `css` template in a module's source.
 *
 * @example minifyCssTemplates('css`a {\n  color: red;\n}`') // 'css`a{color:red}`'
 */
export function minifyCssTemplates(source: string): string {
  return source.replace(CSS_TEMPLATE, (_match, body: string) => {
    const minified = transformSync(body, { loader: 'css', minify: true, logLevel: 'silent' }).code.trim();
    return `css\`${minified}\``;
  });
}

/** The esbuild plugin tsup runs over the style modules (`*.styles.ts`, `*-styles.ts`). */
export const minifyCss: Plugin = {
  name: 'law-report:minify-css',
  setup(build) {
    build.onLoad({ filter: /[.-]styles\.ts$/ }, async (args) => ({
      contents: minifyCssTemplates(await readFile(args.path, 'utf8')),
      loader: 'ts',
    }));
  },
};
