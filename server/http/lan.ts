import { type NetworkInterfaceInfo, networkInterfaces } from 'node:os';

/**
 * Where phones in the meeting room reach this server, for the projector's join link and QR code.
 * With PUBLIC_URL that address; without it the laptop's own IPv4 addresses on the network (a projector
 * opened at http://localhost:3000 would otherwise send phones to their own localhost).
 * Empty when there are none: the page then uses its own address.
 */
export function joinAddresses(
  config: { publicUrl: string; publicUrlSet: boolean; host: string },
  port: number,
  interfaces: NodeJS.Dict<NetworkInterfaceInfo[]> = networkInterfaces(),
): string[] {
  if (config.publicUrlSet) return [config.publicUrl];
  const lan = Object.values(interfaces)
    .flatMap((list) => list ?? [])
    .filter((i) => i.family === 'IPv4' && !i.internal)
    .map((i) => i.address);
  // A server bound to one address is reachable only there.
  const listening = ['0.0.0.0', '::', ''].includes(config.host) ? lan : lan.filter((a) => a === config.host);
  const suffix = port === 80 ? '' : `:${port}`;
  return [...new Set(listening)].map((address) => `http://${address}${suffix}`);
}
