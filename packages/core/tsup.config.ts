import { defineConfig } from 'tsup';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    import: 'src/import-entry.ts',
    docx: 'src/docx-entry.ts',
    review: 'src/review-entry.ts',
    model: 'src/model.ts',
    'element-strings': 'src/element-strings-entry.ts',
    'element-strings-en': 'src/element-strings-en-entry.ts',
    'testing/index': 'src/testing/index.ts',
    // The two builds of the `#report-parser` import; bundlers pick one by platform.
    'report-parser': 'src/schema/report-parser.ts',
    'report-parser.browser': 'src/schema/report-parser.browser.ts',
  },
  external: ['#report-parser'],
  // docx is one self-contained file (its nanoid and fflate inside): bundled into the Word chunk, so an
  // install of core does not fetch it, nor the dependencies it declares but never loads (nanoid 6
  // wants Node 22 and warned on Node 20).
  noExternal: ['docx'],
  format: ['esm'],
  dts: true,
  clean: true,
  target: 'es2022',
  sourcemap: true,
});
