// One value of the doctor's page that parts of the page not owning it read and follow: the
// interpreter's stream and what the family can see of it (remote-stream-bus.ts). A late
// subscriber gets the current value at once, and an effect's cleanup clears only the value it
// published (React may run an old effect's cleanup after the new value is out).

export interface InPageValue<T> {
  /** Publishes `value`; the returned undo puts back `empty` only if `value` is still current. */
  publish: (value: T) => () => void;
  /** Calls `listener` with the current value at once, then on every change. */
  subscribe: (listener: (value: T) => void) => () => void;
  current: () => T;
}

export function inPageValue<T>(empty: T): InPageValue<T> {
  let current = empty;
  const listeners = new Set<(value: T) => void>();
  const set = (value: T) => {
    if (current === value) return;
    current = value;
    for (const listener of listeners) listener(value);
  };
  return {
    publish: (value) => {
      set(value);
      return () => {
        if (current === value) set(empty);
      };
    },
    subscribe: (listener) => {
      listeners.add(listener);
      listener(current);
      return () => {
        listeners.delete(listener);
      };
    },
    current: () => current,
  };
}
