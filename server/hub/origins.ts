// Which browser origins the hub trusts. Its own origins always (it serves the interpreter
// page), spelled every way a browser on this machine or network may reach it; anything else
// (e.g. the clinic web shell for the calls issue) must be listed explicitly.
import { networkInterfaces } from 'node:os';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '::1']);
const WILDCARD_HOSTS = new Set(['0.0.0.0', '::']);

/** `host` as it appears in a URL: IPv6 addresses go in brackets. */
export function urlHost(host: string): string {
  return host.includes(':') ? `[${host}]` : host;
}

export function isLoopbackHost(host: string): boolean {
  return LOOPBACK_HOSTS.has(host) || host.startsWith('127.');
}

function interfaceAddresses(): string[] {
  return Object.values(networkInterfaces())
    .flat()
    .filter((address) => address !== undefined && !address.internal)
    .map((address) => address?.address ?? '')
    .filter((address) => address !== '' && !address.startsWith('fe80:'));
}

/** The origins of the hub itself when it listens on `host`:`port`. */
export function ownOrigins(host: string, port: number): string[] {
  const hosts = new Set<string>([host]);
  if (isLoopbackHost(host) || WILDCARD_HOSTS.has(host)) {
    for (const loopback of LOOPBACK_HOSTS) hosts.add(loopback);
  }
  if (WILDCARD_HOSTS.has(host)) {
    hosts.delete(host); // no browser sends Origin: http://0.0.0.0
    for (const address of interfaceAddresses()) hosts.add(address);
  }
  return [...hosts].map((name) => `http://${urlHost(name)}:${port}`);
}

/** The address a person on this machine should open: wildcards mean "here" too. */
export function localUrlHost(host: string): string {
  if (host === '0.0.0.0') return '127.0.0.1';
  if (host === '::') return '[::1]';
  return urlHost(host);
}
