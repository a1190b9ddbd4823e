// An in-memory ArtifactSource: a run directory as a map of relative path → text.
import type { ArtifactSource } from '../../src/artifacts/source.js';

export function memorySource(files: Record<string, string>, ref = 'memory'): ArtifactSource {
  return {
    kind: 'path',
    ref,
    list: () => Object.keys(files).sort(),
    read: (p: string) => {
      const t = files[p];
      if (t === undefined) throw new Error(`no file ${p}`);
      return t;
    },
  };
}
