import { describe, expect, it } from 'vitest';
import { chooseHubLocation } from '../../../../electron/lifecycle/hub-location';

describe('chooseHubLocation', () => {
  it('embeds a hub when none is configured', () => {
    expect(chooseHubLocation({})).toEqual({ kind: 'embedded' });
    expect(chooseHubLocation({ INTERPRETABLE_HUB_URL: '  ' })).toEqual({ kind: 'embedded' });
  });

  it('uses the configured https hub, reduced to its origin', () => {
    expect(chooseHubLocation({ INTERPRETABLE_HUB_URL: 'https://hub.example.fr/app/' })).toEqual({
      kind: 'external',
      url: 'https://hub.example.fr',
    });
  });

  it('accepts plain http only on this machine', () => {
    expect(chooseHubLocation({ INTERPRETABLE_HUB_URL: 'http://127.0.0.1:4100' })).toEqual({
      kind: 'external',
      url: 'http://127.0.0.1:4100',
    });
    expect(chooseHubLocation({ INTERPRETABLE_HUB_URL: 'http://localhost:4100' }).kind).toBe(
      'external',
    );
    expect(() => chooseHubLocation({ INTERPRETABLE_HUB_URL: 'http://hub.example.fr' })).toThrow(
      /https/,
    );
  });

  it('fails loudly on a URL that is not a hub', () => {
    expect(() => chooseHubLocation({ INTERPRETABLE_HUB_URL: 'hub.example.fr' })).toThrow(
      /not a URL/,
    );
    expect(() => chooseHubLocation({ INTERPRETABLE_HUB_URL: 'file:///etc/hub' })).toThrow(
      /http or https/,
    );
  });
});
