// A CLI subcommand: parses its own arguments and returns the process exit code.
// Exit codes: 0 clean, 1 problems found, 2 usage error.

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface CliCommand {
  name: string;
  /** One line for `news-annotator --help`. */
  summary: string;
  usage: string;
  run(args: string[], io: CliIO): Promise<number>;
}

/** Thrown for a bad command line; main prints the message and the usage, exits 2. */
export class UsageError extends Error {}
