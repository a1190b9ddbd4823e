/**
 * The one error type users see: a one-line message naming the file and the place at fault.
 * Entry points print `message` and exit 2; nothing else is allowed to reach the user as a stack trace.
 */
export class InputError extends Error {
  /** What is wrong, on one line and short: it may quote the file (a column name, a YAML token). */
  readonly detail: string;

  constructor(
    readonly file: string,
    readonly place: string | null,
    detail: string,
  ) {
    const head = oneLine(place ? `${file}:${place}: ` : `${file}: `);
    const flat = oneLine(detail);
    const room = Math.max(MIN_DETAIL, MAX_MESSAGE - head.length);
    const cut = flat.length > room ? `${Array.from(flat.slice(0, room)).slice(0, -1).join('')}…` : flat;
    super(head + cut);
    this.detail = cut;
    this.name = 'InputError';
  }
}

function oneLine(s: string): string {
  return s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ⏎ ');
}

/** Error lines stay readable in a terminal and a job log, whatever the file held. */
const MAX_MESSAGE = 300;
/** Even under a very long path, this much of the reason is kept. */
const MIN_DETAIL = 80;

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
