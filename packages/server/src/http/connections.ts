import { BlockList, isIP, type Socket } from 'node:net';
import type { IncomingMessage, Server } from 'node:http';

// The address ranges Fastify's `trustProxy` (proxy-addr) names by a word.
const NAMED: Readonly<Record<string, readonly string[]>> = {
  loopback: ['127.0.0.1/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/**
 * An IPv4 address as an IPv6 socket names it (`::ffff:10.0.0.5`), as itself; any other address as it is.
 *
 * @example plainAddress('::ffff:10.0.0.5') // '10.0.0.5'
 */
export const plainAddress = (address: string): string => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '');

/**
 * The client an address stands for, as the limits count clients: an IPv4 address itself, an IPv6
 * address by its /64 (one machine or home is given a whole /64, and could otherwise take a new
 * address for every connection).
 *
 * @example clientOf('2001:db8::1:2') // '2001:db8:0:0::/64'
 */
export function clientOf(address: string): string {
  const ip = plainAddress(address);
  if (isIP(ip) !== 6) return ip;
  const [head = '', tail] = ip.toLowerCase().split('%', 1)[0]?.split('::') ?? [];
  const front = head === '' ? [] : head.split(':');
  const back = tail === undefined || tail === '' ? [] : tail.split(':');
  const groups = tail === undefined ? front : [...front, ...Array(8 - front.length - back.length).fill('0'), ...back];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
}

/**
 * Whether an address is one of the proxies `trustProxy` names (addresses, CIDR ranges, or
 * `loopback`, `linklocal`, `uniquelocal`; a string may list several, comma-separated).
 *
 * @example trustedProxies('loopback, 10.0.0.0/24')('10.0.0.7') // true
 */
export function trustedProxies(trustProxy: string | readonly string[] | undefined): (address: string) => boolean {
  if (trustProxy === undefined) return () => false;
  const list = new BlockList();
  const names = (typeof trustProxy === 'string' ? [trustProxy] : trustProxy)
    .flatMap((entry) => entry.split(','))
    .map((entry) => entry.trim())
    .filter(Boolean);
  for (const name of names.flatMap((entry) => NAMED[entry] ?? [entry])) {
    const [ip = '', prefix] = name.split('/');
    const version = isIP(ip);
    if (version === 0) continue;
    const type = version === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) list.addAddress(ip, type);
    else list.addSubnet(ip, Number(prefix), type);
  }
  return (address) => {
    const ip = plainAddress(address);
    const version = isIP(ip);
    return version !== 0 && list.check(ip, version === 4 ? 'ipv4' : 'ipv6');
  };
}

/**
 * Holds at most `perAddress` connections from one client address (an IPv6 /64) that have not yet sent a
 * whole request, closing any more as they open: one machine cannot take every connection the server holds
 * (`maxConnections`) with requests it never finishes. A connection that has sent one request is a client's
 * and no longer counts: an office of thirty browsers behind one address (six connections each, kept alive)
 * is served, where a cap on every connection reset a third of their requests. A proxy in front (`trusted`)
 * carries everyone's requests, so its own connections are not counted; it limits its clients itself.
 *
 * @example limitConnectionsPerAddress(app.server, 64, trustedProxies('loopback'))
 */
export function limitConnectionsPerAddress(
  server: Server,
  perAddress: number,
  trusted: (address: string) => boolean,
): void {
  // Per client, its connections still waiting for their first request; and the client of each such connection.
  const waiting = new Map<string, number>();
  const clientOfSocket = new WeakMap<Socket, string>();
  const settle = (socket: Socket) => {
    const address = clientOfSocket.get(socket);
    if (address === undefined) return;
    clientOfSocket.delete(socket);
    const left = (waiting.get(address) ?? 1) - 1;
    if (left <= 0) waiting.delete(address);
    else waiting.set(address, left);
  };
  server.on('connection', (socket: Socket) => {
    const remote = socket.remoteAddress ?? '';
    if (remote === '' || trusted(remote)) return;
    const address = clientOf(remote);
    const count = waiting.get(address) ?? 0;
    if (count >= perAddress) {
      socket.destroy();
      return;
    }
    waiting.set(address, count + 1);
    clientOfSocket.set(socket, address);
    socket.once('close', () => settle(socket));
  });
  // A whole request came: the connection is a client's, however long it is kept alive after.
  server.on('request', (request: IncomingMessage) => settle(request.socket));
}
