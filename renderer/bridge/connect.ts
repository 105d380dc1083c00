// Picks the bridge transport: Electron's preload API when present, else the web shell's
// WebSocket with the per-launch token from the URL fragment. The token is moved to
// sessionStorage and wiped from the address bar so it is not on screen or in history.
import type { BridgeClient } from '../../shared/bridge/contract';
import { ElectronBridgeClient } from './electron-client';
import { WebSocketBridgeClient } from './web-socket-client';

const TOKEN_KEY = 'interpretable.token';

function launchToken(): string | null {
  const fromHash = new URLSearchParams(window.location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(TOKEN_KEY, fromHash);
    history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromHash;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

export type BridgeConnection =
  | { ok: true; client: BridgeClient; web: WebSocketBridgeClient | null }
  | { ok: false; reason: 'missing-token' };

export function connectBridge(): BridgeConnection {
  if (window.interpretable) {
    return { ok: true, client: new ElectronBridgeClient(window.interpretable), web: null };
  }
  const token = launchToken();
  if (!token) return { ok: false, reason: 'missing-token' };
  const web = new WebSocketBridgeClient(window.location.origin, token);
  return { ok: true, client: web, web };
}
