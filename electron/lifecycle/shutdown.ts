// Closes what the app opened, once, in order: the session log first (a synchronous SQLite
// close that must not be cut short), then the hub. A failing step does not stop the others.
export type CloseStep = () => void | Promise<void>;

export function createShutdown(
  steps: readonly CloseStep[],
  logError: (error: unknown) => void = console.error,
): () => Promise<void> {
  let running: Promise<void> | null = null;
  return () => {
    running ??= (async () => {
      for (const step of steps) {
        try {
          await step();
        } catch (error) {
          logError(error);
        }
      }
    })();
    return running;
  };
}
