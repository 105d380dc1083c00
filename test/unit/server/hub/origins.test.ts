import { describe, expect, it } from 'vitest';
import { localUrlHost, ownOrigins, urlHost } from '../../../../server/hub/origins';

describe('hub origins', () => {
  it('lists every loopback spelling for a loopback hub', () => {
    expect(ownOrigins('127.0.0.1', 4790).sort()).toEqual([
      'http://127.0.0.1:4790',
      'http://[::1]:4790',
      'http://localhost:4790',
    ]);
  });

  it('never lists a wildcard address, which no browser sends', () => {
    const origins = ownOrigins('0.0.0.0', 4790);
    expect(origins).toContain('http://127.0.0.1:4790');
    expect(origins.some((origin) => origin.includes('0.0.0.0'))).toBe(false);
  });

  it('uses the given name for a named host', () => {
    expect(ownOrigins('hub.example.org', 80)).toEqual(['http://hub.example.org:80']);
  });

  it('brackets IPv6 addresses and maps wildcards to a local address', () => {
    expect(urlHost('::1')).toBe('[::1]');
    expect(localUrlHost('0.0.0.0')).toBe('127.0.0.1');
    expect(localUrlHost('::')).toBe('[::1]');
    expect(localUrlHost('192.168.1.5')).toBe('192.168.1.5');
  });
});
