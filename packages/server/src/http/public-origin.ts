/**
 * A county's public address as given (`serve --public-origin`, `buildApp`'s `publicOrigin`): an http(s) origin
 * with nothing after it but a slash, as its origin (`https://fz.example.gov.cn`); undefined for anything else
 * (a path, a query, credentials, another scheme, no URL at all), which the caller refuses in its own way.
 *
 * @example publicOriginOf('https://fz.example.gov.cn/') // 'https://fz.example.gov.cn'
 * @example publicOriginOf('https://fz.example.gov.cn/reports') // undefined
 */
export function publicOriginOf(given: string): string | undefined {
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return undefined;
  }
  const bare =
    /^https?:$/.test(url.protocol) &&
    !url.username &&
    !url.password &&
    url.pathname === '/' &&
    !url.search &&
    !url.hash;
  return bare ? url.origin : undefined;
}
