/** Runs `fn` in timed rounds after a warm-up; returns operations per second, median of the rounds. */
export function opsPerSecond(fn: () => void, { rounds = 7, iterations = 5_000 } = {}): number {
  for (let i = 0; i < iterations; i++) fn();
  const rates: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < iterations; i++) fn();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push(iterations / seconds);
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(rates.length / 2)] ?? 0;
}

/** A row of the report: name, figure, and the budget it is held to, if any. */
export function row(name: string, figure: string, budget = ''): string {
  return `${name.padEnd(44)} ${figure.padStart(16)}  ${budget}`;
}
