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
    /**
     * A second county's server, which keeps its own indicators (`serve --catalog`: 专职网格员, x-longquan.gridMembers),
     * with its unit 龙泉镇's token and the county's (reviewer).
     */
    catalogServer: {
      readonly endpoint: string;
      readonly unit: string;
      readonly reviewer: string;
    };
  }
}
