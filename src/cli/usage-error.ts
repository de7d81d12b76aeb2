/** A mistake in how the command was called: printed on stderr, exit status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
