// Waiting for a condition inside the extension host, instead of sleeping for a guessed time.

/**
 * Polls `condition` until it returns a truthy value (which is returned) or `timeoutMs`
 * passes, then throws `Error(message)`. `condition` may be async and may throw while the
 * thing it waits for is not there yet (the last error is added to the message).
 *
 *   const editor = await waitFor(() => vscode.window.activeTextEditor, 5000, 'no editor opened');
 */
export async function waitFor<T>(
  condition: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  timeoutMs: number,
  message: string,
  intervalMs = 50,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() >= deadline) {
      const cause = lastError ? ` (last error: ${(lastError as Error).message ?? lastError})` : '';
      throw new Error(`${message} (after ${timeoutMs} ms)${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
