import { IncomingMessage } from 'node:http';
import { Socket } from 'node:net';
import { describe, expect, it } from 'vitest';
import { requestPath } from '../../../../server/hub/request-path';

function path(url: string): string {
  const request = new IncomingMessage(new Socket());
  request.url = url;
  return requestPath(request);
}

describe('requestPath', () => {
  it.each([
    ['/interpreter?x=1', '/interpreter'],
    ['/assets/../secret', '/secret'],
    ['//evil.example/ws', '//evil.example/ws'], // stays a path, not a host
    ['ws', '/ws'],
  ])('%s → %s', (url, expected) => {
    expect(path(url)).toBe(expected);
  });
});
