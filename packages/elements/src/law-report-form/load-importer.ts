// Core's importer and Word reader, each a file beside the embed file (or core's entries), loaded
// once they are needed; undefined when one cannot be loaded (offline, a file missing on the portal).

/** Core's importer (`@law-report/core/import`), or undefined when it cannot be loaded. */
export async function loadImporter(): Promise<typeof import('@law-report/core/import') | undefined> {
  try {
    return await import('@law-report/core/import');
  } catch {
    return undefined;
  }
}

/** Core's Word reader (`@law-report/core/docx`), or undefined when it cannot be loaded. */
export async function loadDocx(): Promise<typeof import('@law-report/core/docx') | undefined> {
  try {
    return await import('@law-report/core/docx');
  } catch {
    return undefined;
  }
}
