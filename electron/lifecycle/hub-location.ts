// Where the renderer finds the hub: an external one named by INTERPRETABLE_HUB_URL (the
// clinic's real hub), otherwise one the app starts itself on 127.0.0.1.
export type HubLocation = { kind: 'external'; url: string } | { kind: 'embedded' };

export function chooseHubLocation(env: Readonly<Record<string, string | undefined>>): HubLocation {
  const configured = env.INTERPRETABLE_HUB_URL?.trim();
  if (configured === undefined || configured === '') return { kind: 'embedded' };
  let url: URL;
  try {
    url = new URL(configured);
  } catch {
    throw new Error('INTERPRETABLE_HUB_URL is not a URL.');
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error('INTERPRETABLE_HUB_URL must be an http or https URL.');
  }
  // Plain http leaves the call's signalling readable on the network: only for this machine.
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) {
    throw new Error('INTERPRETABLE_HUB_URL must use https unless the hub runs on this machine.');
  }
  return { kind: 'external', url: url.origin };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || /^127(\.\d{1,3}){3}$/.test(hostname);
}
