// An in-memory ArtifactSource: a run directory as a map of relative path → text (or bytes, for Parquet).
import type { ArtifactSource } from '../../src/artifacts/source.js';

export function memorySource(files: Record<string, string | Uint8Array>, ref = 'memory'): ArtifactSource {
  return {
    kind: 'path',
    ref,
    list: () => Object.keys(files).sort(),
    read: (p: string) => {
      const t = files[p];
      if (t === undefined) throw new Error(`no file ${p}`);
      return typeof t === 'string' ? t : new TextDecoder().decode(t);
    },
    readBytes: (p: string) => {
      const t = files[p];
      if (t === undefined) throw new Error(`no file ${p}`);
      return typeof t === 'string' ? new TextEncoder().encode(t) : t;
    },
  };
}
