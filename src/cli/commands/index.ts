import type { CliCommand } from '../command';
import { checkCommand } from './check';
import { articlesCommand } from './articles';
import { quotesCommand } from './quotes';
import { speakersCommand } from './speakers';
import { reportCommand } from './report';
import { diffCommand } from './diff';
import { exportCommand } from './export';

/** Every subcommand of `news-annotator`, in the order `--help` lists them. */
export const commands: CliCommand[] = [articlesCommand, quotesCommand, speakersCommand, checkCommand, reportCommand, diffCommand, exportCommand];
