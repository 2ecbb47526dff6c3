// news-annotator: the command-line tool over src/core, for CI and scripts.
import { UsageError, type CliIO } from './command';
import { commands } from './commands/index';

const io: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

function help(): string {
  const width = Math.max(...commands.map((c) => c.name.length), 4);
  return [
    'usage: news-annotator <command> [options] PATH...',
    '',
    'commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Run `news-annotator <command> --help` for a command\'s options.',
    '',
  ].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? io.stdout : io.stderr)(help());
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`news-annotator: unknown command '${name}'\n\n${help()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`news-annotator ${name}: ${error.message}\n${command.usage}\n`);
      return 2;
    }
    // An internal error is a bug: say so plainly, without a stack trace unless asked for.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`news-annotator ${name}: internal error: ${message}\n`);
    if (process.env.NEWS_ANNOTATOR_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 70;
  }
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error) => { process.stderr.write(`news-annotator: ${String(error)}\n`); process.exitCode = 70; },
);
