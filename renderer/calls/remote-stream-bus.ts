// The doctor page's current remote MediaStream (the interpreter's audio and video), published
// by the call hook and read by whoever shows or forwards it: the family-screen mirror's
// sender, and the family view shown inside the doctor's page on a single screen. A module
// singleton because there is one call per doctor page, and it spares threading the stream
// through components that do not own the call.

type Listener = (stream: MediaStream | null) => void;

let current: MediaStream | null = null;
const listeners = new Set<Listener>();

function set(stream: MediaStream | null): void {
  if (current === stream) return;
  current = stream;
  for (const listener of listeners) listener(stream);
}

/** Publishes `stream` (null: no call media). Returns an undo that clears it only if it is
 * still the current one, so it fits a React effect's cleanup. */
export function publishRemoteStream(stream: MediaStream | null): () => void {
  set(stream);
  return () => {
    if (current === stream) set(null);
  };
}

/** Calls `listener` with the current stream at once, then on every change. */
export function subscribeRemoteStream(listener: Listener): () => void {
  listeners.add(listener);
  listener(current);
  return () => {
    listeners.delete(listener);
  };
}

export function currentRemoteStream(): MediaStream | null {
  return current;
}
