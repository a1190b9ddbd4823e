/**
 * The one error type users see: a one-line message naming the file and the place at fault.
 * Entry points print `message` and exit 2; nothing else is allowed to reach the user as a stack trace.
 */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly place: string | null,
    readonly detail: string,
  ) {
    super(place ? `${file}:${place}: ${detail}` : `${file}: ${detail}`);
    this.name = 'InputError';
  }
}

/** Line and column (1-based) of a character offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lastBreak = -1;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lastBreak = i;
    }
  }
  return { line, column: end - lastBreak };
}
