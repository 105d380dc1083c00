// The open sockets and who is behind each: finds an interpreter's pages quickly (dispatch
// rings them all) and lists connections for the periodic session and account checks.
import type { WebSocket } from 'ws';
import type { InterpreterPeer, Peer } from './dispatch/peers';

export interface Connection {
  socket: WebSocket;
  peer: Peer;
  /** The interpreter's session id (not the token), to close its sockets on sign-out. */
  sessionId: string | null;
  /** The device token a clinic connected with, to close its sockets once rotated. */
  deviceToken: string | null;
}

export class Connections {
  private readonly bySocket = new Map<WebSocket, Connection>();
  private readonly pages = new Map<string, Set<InterpreterPeer>>();

  add(connection: Connection): void {
    this.bySocket.set(connection.socket, connection);
    const { peer } = connection;
    if (peer.kind !== 'interpreter') return;
    const set = this.pages.get(peer.account.id) ?? new Set();
    set.add(peer);
    this.pages.set(peer.account.id, set);
  }

  remove(socket: WebSocket): Connection | undefined {
    const connection = this.bySocket.get(socket);
    if (!connection) return undefined;
    this.bySocket.delete(socket);
    const { peer } = connection;
    if (peer.kind === 'interpreter') {
      const set = this.pages.get(peer.account.id);
      set?.delete(peer);
      if (set?.size === 0) this.pages.delete(peer.account.id);
    }
    return connection;
  }

  pagesOf(accountId: string): InterpreterPeer[] {
    return [...(this.pages.get(accountId) ?? [])];
  }

  all(): IterableIterator<Connection> {
    return this.bySocket.values();
  }

  get size(): number {
    return this.bySocket.size;
  }
}
