import type { CliCommand } from '../command';

/** Every subcommand of `news-annotator`, in the order `--help` lists them. */
export const commands: CliCommand[] = [];
