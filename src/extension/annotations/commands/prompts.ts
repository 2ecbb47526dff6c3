// The quick picks and input boxes of the annotation commands. Built on createQuickPick /
// createInputBox (not showQuickPick) for the instant label keys, and so the test API can say
// which prompt is open (tests answer it with the workbench's own quick-input commands).
import * as vscode from 'vscode';
import type { LabelDefinition, Taxonomy } from '../core';

export type PromptKind = 'label' | 'speaker' | 'note' | 'field' | 'text' | 'pick';

export interface ActivePrompt {
  kind: PromptKind;
  title: string;
  value: string;
  items: string[];
}

export interface InputOptions {
  kind: PromptKind;
  title: string;
  prompt: string;
  value?: string;
  placeHolder?: string;
  step?: number;
  totalSteps?: number;
  validate?: (value: string) => string | undefined;
}

export interface PickOptions<T extends vscode.QuickPickItem> {
  kind: PromptKind;
  title: string;
  items: readonly T[];
  placeHolder?: string;
  active?: T;
  step?: number;
  totalSteps?: number;
  matchOnDescription?: boolean;
  matchOnDetail?: boolean;
  /** Accepts an item as soon as the typed text equals its key (single-letter label shortcuts). */
  instantKey?: (value: string) => T | undefined;
}

export interface LabelItem extends vscode.QuickPickItem {
  definition: LabelDefinition;
}

export class Prompts {
  private current: ActivePrompt | undefined;

  /** The prompt on screen, for the test API. */
  get active(): ActivePrompt | undefined {
    return this.current;
  }

  pick<T extends vscode.QuickPickItem>(options: PickOptions<T>): Promise<T | undefined> {
    const picker = vscode.window.createQuickPick<T>();
    Object.assign(picker, {
      title: options.title, placeholder: options.placeHolder, items: options.items, step: options.step,
      totalSteps: options.totalSteps, matchOnDescription: options.matchOnDescription ?? false, matchOnDetail: options.matchOnDetail ?? false,
      ignoreFocusOut: false,
    });
    if (options.active) picker.activeItems = [options.active];
    return new Promise<T | undefined>((resolve) => {
      let result: T | undefined;
      const done = (item: T | undefined) => {
        result = item;
        picker.hide();
      };
      picker.onDidChangeValue((value) => {
        const instant = options.instantKey?.(value);
        if (instant) return done(instant);
        this.track(options.kind, options.title, value, picker.items);
      });
      picker.onDidAccept(() => done(picker.selectedItems[0] ?? picker.activeItems[0]));
      picker.onDidHide(() => {
        this.current = undefined;
        picker.dispose();
        resolve(result);
      });
      picker.show();
      this.track(options.kind, options.title, '', options.items);
    });
  }

  /** Resolves to the accepted text, or undefined on Escape. */
  input(options: InputOptions): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    Object.assign(box, {
      title: options.title, prompt: options.prompt, value: options.value ?? '', placeholder: options.placeHolder,
      step: options.step, totalSteps: options.totalSteps, ignoreFocusOut: false,
    });
    return new Promise<string | undefined>((resolve) => {
      let result: string | undefined;
      box.onDidChangeValue((value) => {
        box.validationMessage = options.validate?.(value);
        this.track(options.kind, options.title, value, []);
      });
      box.onDidAccept(() => {
        const problem = options.validate?.(box.value);
        box.validationMessage = problem;
        if (problem) return;
        result = box.value;
        box.hide();
      });
      box.onDidHide(() => {
        this.current = undefined;
        box.dispose();
        resolve(result);
      });
      box.show();
      this.track(options.kind, options.title, box.value, []);
    });
  }

  /** The taxonomy's labels with their descriptions and keys; a label's key picks it at once. */
  pickLabel(taxonomy: Taxonomy, title: string, current?: string, step?: number, totalSteps?: number): Promise<LabelDefinition | undefined> {
    const items: LabelItem[] = taxonomy.labels.map((definition) => ({
      definition,
      label: definition.id,
      description: [definition.key ? `[${definition.key}]` : undefined, definition.id === current ? 'current' : undefined].filter(Boolean).join(' '),
      detail: definition.description,
    }));
    const byKey = (value: string) => value.length === 1
      ? items.find((item) => item.definition.key !== undefined && item.definition.key.toLowerCase() === value.toLowerCase())
      : undefined;
    return this.pick({
      kind: 'label', title, items, step, totalSteps,
      active: items.find((item) => item.definition.id === current),
      placeHolder: 'Press a label\'s key, or choose with ↑↓ and Enter (Escape cancels)',
      instantKey: byKey,
    }).then((item) => item?.definition);
  }

  private track(kind: PromptKind, title: string, value: string, items: readonly vscode.QuickPickItem[]): void {
    this.current = { kind, title, value, items: items.map((item) => item.label) };
  }
}
