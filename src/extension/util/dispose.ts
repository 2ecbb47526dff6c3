import * as vscode from 'vscode';

/** Disposes every item, continuing past failures so one bad listener cannot leak the rest. */
export function disposeAll(items: Iterable<vscode.Disposable>): void {
  for (const item of items) {
    try {
      item.dispose();
    } catch (error) {
      console.error('[news-annotator] dispose failed', error);
    }
  }
}

/** Base class for features that own listeners and other disposables (markdown-language-features habit). */
export abstract class DisposableBase implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private disposed = false;

  protected get isDisposed(): boolean {
    return this.disposed;
  }

  protected register<T extends vscode.Disposable>(item: T): T {
    if (this.disposed) item.dispose();
    else this.disposables.push(item);
    return item;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    disposeAll(this.disposables.splice(0));
  }
}
