import pkg from '../package.json' with { type: 'json' };

/** The version of @law-report/cli. */
export const version: string = pkg.version;
