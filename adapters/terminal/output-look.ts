/** How the terminal coach draws its text on this output. */
export interface OutputLook {
  /** Bold, italic and code as ANSI styles. */
  ansi: boolean;
  /** Columns to wrap at, read at each write so a resized window is followed; undefined: no wrapping. */
  width: () => number | undefined;
}

/**
 * Styles and wrapping only for a person at a terminal. Piped output is left unwrapped and
 * unstyled: a file, a pager or another program gets clean lines, one per paragraph, that it can
 * search and wrap itself. NO_COLOR (no-color.org: set and not empty) and TERM=dumb turn styles off.
 */
export function outputLook(out: { isTTY?: boolean; columns?: number }, env: NodeJS.ProcessEnv): OutputLook {
  const tty = out.isTTY === true;
  return { ansi: tty && !env.NO_COLOR && env.TERM !== 'dumb', width: () => (tty && out.columns ? out.columns : undefined) };
}
