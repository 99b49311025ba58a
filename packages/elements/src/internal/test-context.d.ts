// What tests/setup/collection-server.ts gives the browser tests: a real collection server.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    collectionServer: {
      readonly endpoint: string;
      readonly unit: string;
      readonly otherUnit: string;
      readonly reviewer: string;
    };
  }
}
