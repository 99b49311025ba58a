// The `law-report` executable: wires the process's streams to `run`. `--version` answers
// before anything else loads, so scripts that ask it pay no start-up for the commands.
const args = process.argv.slice(2);
if (args.length === 1 && (args[0] === '--version' || args[0] === '-v')) {
  const { version } = await import('./version.js');
  process.stdout.write(`${version}\n`);
} else {
  const { run } = await import('./run.js');
  process.exitCode = await run(args, {
    out: (text) => process.stdout.write(text),
    err: (text) => process.stderr.write(text),
    errIsTty: process.stderr.isTTY === true,
    cwd: process.cwd(),
    // Asked for only when `-` is an input: a terminal's stdin is never opened otherwise.
    stdin: () => process.stdin,
  });
}

export {};
