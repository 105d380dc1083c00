// Remembers recently ended call ids (a bounded set, oldest forgotten first), so a late accept
// or a replayed signal gets CALL_ENDED instead of the vaguer UNKNOWN_CALL.
export class EndedCalls {
  private readonly ids = new Set<string>();

  constructor(private readonly capacity = 10_000) {}

  add(id: string): void {
    this.ids.add(id);
    if (this.ids.size <= this.capacity) return;
    const oldest = this.ids.values().next();
    if (!oldest.done) this.ids.delete(oldest.value);
  }

  has(id: string): boolean {
    return this.ids.has(id);
  }
}
