/**
 * The public files already rendered (a report's page, Word file, JSON), kept by the report's id,
 * version and publication and the format: a version never changes once kept, so a file rendered once
 * is the same for every reader, and a flood of requests for one Word file renders it once. Bounded
 * by the bytes it holds (the least recently asked for go first); a file larger than the whole bound is
 * not kept. Readers asking for a file while it is rendered wait for that one rendering.
 *
 * @example const files = renderedFiles(16 * 1024 * 1024); const bytes = await files.get(key, () => render())
 */
export function renderedFiles(maxBytes: number) {
  const kept = new Map<string, Buffer>();
  // Files being rendered: readers asking at the same time wait for the one rendering.
  const pending = new Map<string, Promise<Buffer>>();
  let held = 0;
  const keep = (key: string, bytes: Buffer) => {
    if (bytes.byteLength > maxBytes || kept.has(key)) return;
    kept.set(key, bytes);
    held += bytes.byteLength;
    for (const [oldest, file] of kept) {
      if (held <= maxBytes) break;
      kept.delete(oldest);
      held -= file.byteLength;
    }
  };
  return {
    async get(key: string, render: () => Promise<Buffer> | Buffer): Promise<Buffer> {
      const found = kept.get(key);
      if (found) {
        // Asked for again: the last to go.
        kept.delete(key);
        kept.set(key, found);
        return found;
      }
      const rendering = pending.get(key);
      if (rendering) return rendering;
      const started = Promise.resolve()
        .then(render)
        .then((bytes) => {
          keep(key, bytes);
          return bytes;
        })
        .finally(() => pending.delete(key));
      pending.set(key, started);
      return started;
    },
    /** How many files and bytes it holds. */
    get size() {
      return { files: kept.size, bytes: held };
    },
  };
}
