// What the server's own tests send it: one request as a token holder, the answer read whole.
// (Not exported from `@law-report/server/testing`: other towns' tests drive a server their own way.)

/** An answer as the tests read it: its status, its bytes and text (a CSV's BOM kept), its JSON when it is JSON. */
export interface Sent {
  readonly status: number;
  readonly bytes: Uint8Array;
  readonly text: string;
  readonly json: Record<string, unknown> & { error?: { code: string; message: string } };
  readonly headers: Headers;
}

/** What {@link send} takes after the server's address: method, path, token, body, headers. */
export type SendArguments = [
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers?: Record<string, string>,
];

/**
 * Sends `method path` to the server at `base`, with the token as a bearer, a body as JSON (a string
 * as it is) and any other headers, and reads the answer.
 *
 * @example const { status, json } = await send(base, 'POST', '/api/reports', unitToken, report);
 */
export async function send(
  base: string,
  method: string,
  path: string,
  token?: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Sent> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...headers,
    },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  // The BOM kept: a CSV's first character is part of what is checked.
  const bytes = new Uint8Array(await response.arrayBuffer());
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  let json: Sent['json'] = {};
  try {
    json = JSON.parse(text) as Sent['json'];
  } catch {
    // Not JSON: the test reads the text.
  }
  return { status: response.status, bytes, text, json, headers: response.headers };
}
