// The demo's tokens, which `npm start` made when it seeded the server (a real portal has its own
// login and gives each person their token).
export interface DemoTokens {
  readonly reviewer: string;
  readonly unit: string;
  readonly unitName: string;
}

/** The tokens of the example portal's server. */
export async function demoTokens(): Promise<DemoTokens> {
  return (await (await fetch('/demo/tokens.json')).json()) as DemoTokens;
}
