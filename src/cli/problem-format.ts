// One problem, printed for people and editors (`text`) or as a GitHub Actions workflow command
// (`github`), which the runner turns into an annotation on the pull request's diff:
//   ::error file=F,line=L,col=C,title=T::MESSAGE
// Escaping follows @actions/core: in the message %, CR and LF are percent-encoded; in property
// values also ':' and ',' (they separate the properties). Lines and columns are 1-based there.
import type { Severity } from '../core/corpus';
import { formatProblem as formatTextProblem } from './files';

export type ProblemFormat = 'text' | 'github';
export const PROBLEM_FORMATS: readonly ProblemFormat[] = ['text', 'github'];

export interface Problem {
  path: string;
  /** 0-based, as diagnostics carry them. */
  line: number;
  column: number;
  severity: Severity;
  message: string;
  /** Annotation title on GitHub (default "News Annotator"). */
  title?: string;
}

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** Paths as GitHub matches them against the diff: forward slashes, no leading "./". */
function githubPath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^(\.\/)+/, '');
}

export function formatProblem(problem: Problem, format: ProblemFormat): string {
  const line = problem.line + 1;
  const col = problem.column + 1;
  if (format === 'text') return formatTextProblem(problem.path, line, col, problem.severity, problem.message);
  const props = [
    `file=${escapeProperty(githubPath(problem.path))}`,
    `line=${line}`,
    `col=${col}`,
    `title=${escapeProperty(problem.title ?? 'News Annotator')}`,
  ].join(',');
  return `::${COMMAND[problem.severity]} ${props}::${escapeData(problem.message)}\n`;
}
