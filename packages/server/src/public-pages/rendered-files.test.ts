import { describe, expect, it } from 'vitest';
import { renderedFiles } from './rendered-files.js';

describe('renderedFiles', () => {
  it('keeps files up to its bound, the least recently asked for going first, and renders each once', async () => {
    const files = renderedFiles(10);
    const renders: string[] = [];
    const get = (key: string, size: number) =>
      files.get(key, () => {
        renders.push(key);
        return Buffer.alloc(size);
      });
    await Promise.all([get('a', 4), get('a', 4)]);
    await get('b', 4);
    await get('a', 4);
    // c pushes out b, asked for longest ago.
    await get('c', 4);
    expect(files.size).toEqual({ files: 2, bytes: 8 });
    await get('a', 4);
    await get('b', 4);
    expect(renders).toEqual(['a', 'b', 'c', 'b']);
    // Larger than the whole bound: sent, never kept.
    await get('huge', 11);
    await get('huge', 11);
    expect(renders.filter((key) => key === 'huge')).toHaveLength(2);
  });
});
