// Turning core diagnostics (offset, line, column) into VS Code diagnostics with the feature's source name.
import * as vscode from 'vscode';
import { LineIndex, type Diagnostic } from '../core';

export const DIAGNOSTIC_SOURCE = 'News Annotator';

const SEVERITY: Record<string, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

export function severityOf(severity: string): vscode.DiagnosticSeverity {
  return SEVERITY[severity] ?? vscode.DiagnosticSeverity.Warning;
}

/** A diagnostic on a file whose text we hold (the range end is found from offset + length). */
export function toVsDiagnostic(error: Diagnostic, text: string, lines = new LineIndex(text)): vscode.Diagnostic {
  const start = new vscode.Position(error.line, error.column);
  const endPosition = error.length > 0 ? lines.positionAt(Math.min(text.length, error.offset + error.length)) : undefined;
  const end = endPosition ? new vscode.Position(endPosition.line, endPosition.column) : start;
  const diagnostic = new vscode.Diagnostic(new vscode.Range(start, end), error.message, severityOf(error.severity));
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = error.code;
  return diagnostic;
}

export function makeDiagnostic(range: vscode.Range, message: string, severity: vscode.DiagnosticSeverity, code: string): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = code;
  return diagnostic;
}
