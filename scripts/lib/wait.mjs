// Waiting for conditions instead of sleeping: every wait in the harness has a bound and a
// message that says what never happened.

/**
 * Polls `condition` (sync or async) until it returns a truthy value, which is returned.
 * Throws `Error(message)` after `timeoutMs`; `message` may be a function for late details.
 */
export async function waitFor(condition, { timeoutMs, intervalMs = 100, message }) {
  const deadline = Date.now() + timeoutMs;
  let lastError;
  for (;;) {
    try {
      const value = await condition();
      if (value) return value;
    } catch (error) {
      lastError = error; // conditions may throw while the thing is not there yet
    }
    if (Date.now() >= deadline) {
      const text = typeof message === 'function' ? message() : message;
      const cause = lastError ? ` (last error: ${lastError.message ?? lastError})` : '';
      throw new Error(`${text} (waited ${Math.round(timeoutMs / 1000)} s)${cause}`);
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
