// The programmatic API of @law-report/cli: run the command line from code or tests.
export { run, help } from './run.js';
export { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, UsageError, type Io, type Stdin } from './io.js';
export { readInputs, formatSource, type InputItem, type InputSource } from './inputs.js';
