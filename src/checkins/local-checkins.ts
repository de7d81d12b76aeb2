import type { Reply } from '../engine/reply.js';

/**
 * Check-ins for people at a terminal of this process. The check-in turn has already moved the
 * person's session to its question, so an open terminal must show it before it reads their next
 * line, or that line (meant for something else) would be taken as the answer. A terminal coach
 * listens here for its person while it runs; the terminal's check-in sender hands the replies
 * over. With no terminal open here for them, the question waits in the session and the next
 * start shows it ("Welcome back!", Redis only: the in-memory store ends with the process).
 */
export class LocalCheckins {
  private readonly open = new Map<string, (replies: readonly Reply[]) => void>();

  /** A terminal coach shows its person's check-ins with `show` until it calls the function returned. */
  listen(user: string, show: (replies: readonly Reply[]) => void): () => void {
    this.open.set(user, show);
    return () => {
      if (this.open.get(user) === show) this.open.delete(user);
    };
  }

  /** Shows a check-in in the person's open terminal; false when none is open in this process. */
  deliver(user: string, replies: readonly Reply[]): boolean {
    const show = this.open.get(user);
    show?.(replies);
    return show !== undefined;
  }
}

/** This process's terminals: the terminal adapter and the terminal's check-in sender meet here. */
export const localCheckins = new LocalCheckins();
