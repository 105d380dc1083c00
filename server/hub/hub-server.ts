// Puts the hub together: one node:http server for the page and the sign-in API, and a `ws`
// server in noServer mode that only ever sees upgrades the gate accepted. Limits come from
// HubLimits so tests can tighten them; startHub (index.ts) uses the defaults.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer, type WebSocket } from 'ws';
import { MAX_HUB_MESSAGE_BYTES, HUB_SUBPROTOCOL, hubCloseCodes } from '../../shared/hub/protocol';
import { contentSecurityPolicy } from '../http/security-headers';
import type { AccountStore } from './accounts';
import { createCallHub, type CallHub } from './call-hub';
import type { CallRecords } from './dispatch/call-records';
import { defaultDispatchSettings, type DispatchSettings } from './dispatch/call-state';
import { startHeartbeat } from './heartbeat';
import { createHttpHandler } from './http-routes';
import { localUrlHost, ownOrigins } from './origins';
import { KeyedRateLimiter, TokenBucket, type BucketOptions } from './rate-limit';
import type { SessionTokens } from './session-tokens';
import type { CallHistory } from './store/call-history';
import type { TurnConfig } from './turn-credentials';
import { checkUpgrade, sendRefusal } from './websocket-gate';
import { startAccountWatch } from './account-watch';

export interface HubLimits {
  maxMessageBytes: number;
  heartbeatIntervalMs: number;
  /** Per socket: a burst for a page that (re)connects, then a steady trickle. */
  messages: Omit<BucketOptions, 'now'>;
  /** Dropped messages in a row before the socket is closed with 1008. */
  floodLimit: number;
  /** Per client address. */
  signIns: Omit<BucketOptions, 'now'>;
  /** How long an interpreter whose last page dropped keeps their status. */
  presenceGraceMs: number;
  /** How often the hub looks for disabled accounts and rotated device tokens. */
  accountCheckIntervalMs: number;
}

export const defaultHubLimits: HubLimits = {
  maxMessageBytes: MAX_HUB_MESSAGE_BYTES,
  heartbeatIntervalMs: 30_000,
  messages: { capacity: 20, refillPerSecond: 5 },
  floodLimit: 200,
  signIns: { capacity: 10, refillPerSecond: 1 / 6 },
  presenceGraceMs: 30_000,
  accountCheckIntervalMs: 2_000,
};

export interface HubServerConfig {
  host: string;
  port: number;
  staticDir: string;
  /** Origins allowed besides the hub's own ones. */
  extraOrigins?: readonly string[];
  accounts: AccountStore;
  sessions: SessionTokens;
  records: CallRecords;
  /** Read side of the records for the interpreter page's history. */
  history?: CallHistory;
  dispatch?: Partial<DispatchSettings>;
  turn?: TurnConfig | null;
  limits?: Partial<HubLimits>;
  /** The hub's clock for call timings and TURN credential expiry (tests move it). */
  now?: () => number;
}

export interface HubServer {
  url: string;
  port: number;
  allowedOrigins: readonly string[];
  /** Presence, dispatch and the open sockets (tests and the bench look inside). */
  calls: CallHub;
  /** Adds an allowed origin after start (e.g. a web shell listening on a port picked later). */
  allowOrigin(origin: string): void;
  close: () => Promise<void>;
}

export async function startHubServer(config: HubServerConfig): Promise<HubServer> {
  const limits = { ...defaultHubLimits, ...config.limits };
  const calls = createCallHub({
    dispatch: { ...defaultDispatchSettings, ...config.dispatch },
    presenceGraceMs: limits.presenceGraceMs,
    turn: config.turn ?? null,
    records: config.records,
    sessions: config.sessions,
    ...(config.now ? { now: config.now } : {}),
  });
  const { connections } = calls;
  const allowedOrigins: string[] = [];
  let csp = '';

  const endSession = (sessionId: string, reason: string) => {
    for (const c of connections.all()) {
      if (c.sessionId === sessionId) c.socket.close(hubCloseCodes.sessionEnded, reason);
    }
  };

  const server = createServer(
    createHttpHandler({
      staticDir: config.staticDir,
      allowedOrigins,
      // Both depend on the port, known once listening; no request arrives before that.
      get contentSecurityPolicy() {
        return csp;
      },
      accounts: config.accounts,
      sessions: config.sessions,
      history: config.history,
      signInLimiter: new KeyedRateLimiter(limits.signIns),
      onSignOut: (session) => {
        endSession(session.id, 'Signed out');
      },
    }),
  );
  const sockets = new WebSocketServer({
    noServer: true,
    maxPayload: limits.maxMessageBytes,
    // Echo the protocol subprotocol, never the token one: the browser requires one back.
    handleProtocols: (offered) => (offered.has(HUB_SUBPROTOCOL) ? HUB_SUBPROTOCOL : false),
  });
  const heartbeat = startHeartbeat(limits.heartbeatIntervalMs);
  // Sessions expire while sockets stay open: check them on the heartbeat's rhythm.
  const sessionCheck = setInterval(() => {
    for (const c of connections.all()) {
      if (c.sessionId !== null && !config.sessions.isActive(c.sessionId)) {
        c.socket.close(hubCloseCodes.sessionEnded, 'Session expired');
      }
    }
  }, limits.heartbeatIntervalMs);
  sessionCheck.unref();
  const accountWatch = startAccountWatch(
    config.accounts,
    connections,
    limits.accountCheckIntervalMs,
  );

  server.on('upgrade', (request, socket, head) => {
    socket.on('error', () => socket.destroy()); // a client vanishing mid-handshake
    void checkUpgrade(request, {
      allowedOrigins,
      sessions: config.sessions,
      accounts: config.accounts,
    })
      .then((decision) => {
        if (socket.destroyed) return;
        if (!decision.accepted) {
          sendRefusal(socket, decision.refusal);
          return;
        }
        sockets.handleUpgrade(request, socket, head, (ws: WebSocket) => {
          heartbeat.watch(ws);
          calls.open(ws, decision.identity, new TokenBucket(limits.messages), limits.floodLimit);
        });
      })
      .catch(() => {
        sendRefusal(socket, { status: 500, code: 'INTERNAL', message: 'Upgrade failed.' });
      });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.port, config.host, () => {
        server.off('error', reject);
        resolve();
      });
    });
  } catch (error) {
    heartbeat.stop(); // e.g. the port is taken: leave nothing running behind
    clearInterval(sessionCheck);
    accountWatch.stop();
    calls.close();
    sockets.close();
    throw error;
  }
  const { port } = server.address() as AddressInfo;
  const own = ownOrigins(config.host, port);
  allowedOrigins.push(...own, ...(config.extraOrigins ?? []));
  // The page opens ws://<its own origin>/ws; older browsers do not count ws: as 'self'.
  // CSP has no syntax for IPv6 literals: those origins rely on 'self' alone.
  csp = contentSecurityPolicy(
    own.filter((origin) => !origin.includes('[')).map((origin) => origin.replace(/^http/, 'ws')),
  );

  return {
    url: `http://${localUrlHost(config.host)}:${port}/`,
    port,
    allowedOrigins,
    calls,
    allowOrigin: (origin) => {
      if (!allowedOrigins.includes(origin)) allowedOrigins.push(origin);
    },
    close: async () => {
      heartbeat.stop();
      clearInterval(sessionCheck);
      accountWatch.stop();
      calls.close();
      for (const socket of sockets.clients) socket.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolve) =>
        server.close(() => {
          resolve();
        }),
      );
    },
  };
}
