// Where and how a page reaches the local service's bridge. Apart from the frame schemas
// (wire.ts) so a page can open its socket before any schema is built.

/** The WebSocket path the web shell serves the bridge on. */
export const BRIDGE_PATH = '/bridge';

/** The subprotocol both ends must speak. */
export const BRIDGE_PROTOCOL = 'interpretable.bridge.v1';

/** The launch token rides as a second subprotocol: a browser cannot set a WebSocket's headers. */
export const TOKEN_PROTOCOL_PREFIX = 'token.';
