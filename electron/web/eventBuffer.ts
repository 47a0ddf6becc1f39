import type { AppEvent } from '../../shared/contract/events';

/**
 * The last events, numbered, for web clients that poll `GET /events?after=<n>`.
 * A client whose cursor fell out of the window (or came from an earlier server run) gets
 * reset: true and re-fetches the session instead of silently missing a change.
 */
export class EventBuffer {
  private readonly items: Array<{ seq: number; event: AppEvent }> = [];
  private nextSeq = 0;

  constructor(private readonly capacity = 500) {}

  push(event: AppEvent): void {
    this.items.push({ seq: this.nextSeq, event });
    this.nextSeq += 1;
    if (this.items.length > this.capacity) this.items.shift();
  }

  /** after = -1 means "just give me the cursor": a new page has already fetched the session. */
  since(after: number): { events: AppEvent[]; next: number; reset: boolean } {
    if (after < 0) return { events: [], next: this.nextSeq, reset: false };
    const oldest = this.items[0]?.seq ?? this.nextSeq;
    const reset = after > this.nextSeq || after < oldest;
    const events = reset ? [] : this.items.filter((item) => item.seq >= after).map((item) => item.event);
    return { events, next: this.nextSeq, reset };
  }
}
