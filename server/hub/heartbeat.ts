// Finds dead sockets: a laptop that slept or a network that dropped leaves a socket open on
// the hub for hours. Every interval each socket is pinged; one that answered neither the
// previous ping nor sent anything since is terminated (and its interpreter goes offline).
import type { WebSocket } from 'ws';

export interface Heartbeat {
  watch(socket: WebSocket): void;
  stop(): void;
}

export function startHeartbeat(intervalMs: number): Heartbeat {
  const alive = new Map<WebSocket, boolean>();
  const timer = setInterval(() => {
    for (const [socket, answered] of alive) {
      if (!answered) {
        alive.delete(socket);
        socket.terminate();
        continue;
      }
      alive.set(socket, false);
      socket.ping();
    }
  }, intervalMs);
  timer.unref(); // never the reason a process stays up

  return {
    watch(socket) {
      alive.set(socket, true);
      const markAlive = () => {
        if (alive.has(socket)) alive.set(socket, true);
      };
      socket.on('pong', markAlive);
      socket.on('message', markAlive);
      socket.on('close', () => alive.delete(socket));
    },
    stop: () => {
      clearInterval(timer);
    },
  };
}
