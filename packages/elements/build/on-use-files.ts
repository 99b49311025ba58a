// Build step of the embed files: what is loaded only when used (the importer behind 从文本导入,
// the Word reader and writer, the English strings of the elements' screens) is built as files of its own beside the embed files, and an embed
// file's `import()` of it points there, so each embed file is one file with no static chunk to
// fetch after it (a round trip less on a slow phone).
import type { Plugin } from 'esbuild';

/** The entry of core each on-use file is built from, by the file's name beside the embed file. */
export const ON_USE_FILES: Readonly<Record<string, string>> = {
  'import-entry': '../core/src/import-entry.ts',
  'docx-entry': '../core/src/docx-entry.ts',
  'element-strings-en': '../core/src/element-strings-en-entry.ts',
};

/** Where an embed file finds each of core's on-use entries: the file beside it. */
export const ON_USE_TARGETS: Readonly<Record<string, string>> = {
  '@law-report/core/import': './import-entry.js',
  '@law-report/core/docx': './docx-entry.js',
  '@law-report/core/element-strings/en': './element-strings-en.js',
};

/** Points the embed files' dynamic imports of core's on-use entries at the files beside them. */
export const onUseFiles: Plugin = {
  name: 'law-report:on-use-files',
  setup(build) {
    build.onResolve({ filter: /^@law-report\/core\/(import|docx|element-strings\/en)$/ }, (args) =>
      args.kind === 'dynamic-import' ? { path: ON_USE_TARGETS[args.path] ?? args.path, external: true } : undefined,
    );
  },
};
