// The quick picks and input boxes of the annotation commands. Built on createQuickPick /
// createInputBox (not showQuickPick) for the instant label keys, and so the test API can say
// which prompt is open (tests answer it with the workbench's own quick-input commands).
import * as vscode from 'vscode';
import type { LabelDefinition, Taxonomy } from '../core';

export type PromptKind = 'label' | 'speaker' | 'note' | 'field' | 'text' | 'pick' | 'speakers' | 'speakerName';

export interface ActivePrompt {
  kind: PromptKind;
  title: string;
  value: string;
  items: string[];
  /** The highlighted item's label (quick picks). */
  active?: string;
  /** The checked items' labels (pickMany). */
  picked?: string[];
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

export interface PickManyOptions<T extends vscode.QuickPickItem> {
  kind: PromptKind;
  title: string;
  items: readonly T[];
  placeHolder: string;
  /** Accepting fewer keeps the pick open and says so in the placeholder. */
  min: number;
  tooFew: string;
  step?: number;
  totalSteps?: number;
}

export interface PickOrTypeOptions {
  kind: PromptKind;
  title: string;
  /** Suggestions, the first one active. */
  names: readonly string[];
  placeHolder: string;
  step?: number;
  totalSteps?: number;
  validate?: (value: string) => string | undefined;
}

export interface LabelItem extends vscode.QuickPickItem {
  definition: LabelDefinition;
}

export class Prompts {
  private current: ActivePrompt | undefined;
  /** The widget on screen, so a test can type into it (typeText). */
  private widget: { value: string } | undefined;

  /** The prompt on screen, for the test API. */
  get active(): ActivePrompt | undefined {
    return this.current;
  }

  /** Puts text in the prompt on screen as if typed (the test API's way to type). */
  typeText(value: string): boolean {
    if (!this.widget || !this.current) return false;
    this.widget.value = value;
    // A quick pick reports the change back (onDidChangeValue); an input box set from here does not.
    this.current = { ...this.current, value };
    return true;
  }

  /** Checkboxes (Space toggles); resolves to the checked items, or undefined on Escape. */
  pickMany<T extends vscode.QuickPickItem>(options: PickManyOptions<T>): Promise<T[] | undefined> {
    const picker = vscode.window.createQuickPick<T>();
    Object.assign(picker, {
      title: options.title, placeholder: options.placeHolder, items: options.items, canSelectMany: true,
      step: options.step, totalSteps: options.totalSteps, matchOnDescription: true, matchOnDetail: true, ignoreFocusOut: false,
    });
    picker.selectedItems = options.items.filter((item) => item.picked);
    const track = () => this.track(options.kind, options.title, picker.value, picker.items, picker);
    return this.show<T[]>(picker, (settle) => {
      picker.onDidChangeValue(track);
      picker.onDidChangeActive(track);
      picker.onDidChangeSelection(track);
      picker.onDidAccept(() => {
        if (picker.selectedItems.length < options.min) {
          picker.placeholder = options.tooFew;
          return;
        }
        settle([...picker.selectedItems]);
      });
    }, track);
  }

  /** A name from the suggestions, or typed (offered as the first item while typing). */
  pickOrType(options: PickOrTypeOptions): Promise<string | undefined> {
    const picker = vscode.window.createQuickPick<vscode.QuickPickItem>();
    const suggestions = options.names.map((name) => ({ label: name }));
    Object.assign(picker, {
      title: options.title, placeholder: options.placeHolder, items: suggestions, step: options.step, totalSteps: options.totalSteps, ignoreFocusOut: false,
    });
    return this.show<string>(picker, (settle) => {
      picker.onDidChangeValue((value) => {
        const typed = value.trim();
        const known = suggestions.some((item) => item.label === typed);
        // QuickPick has no validation message: a problem with the typed name shows on its item.
        const problem = typed ? options.validate?.(typed) : undefined;
        const item = { label: typed, description: problem ? `$(warning) ${problem}` : 'the name as typed', alwaysShow: true };
        picker.items = typed && !known ? [item, ...suggestions] : suggestions;
        if (typed && !known) picker.activeItems = [picker.items[0]];
        this.track(options.kind, options.title, value, picker.items, picker);
      });
      picker.onDidChangeActive(() => this.track(options.kind, options.title, picker.value, picker.items, picker));
      picker.onDidAccept(() => {
        const name = picker.activeItems[0]?.label ?? picker.value.trim();
        if (!name || options.validate?.(name)) return;
        settle(name);
      });
      if (suggestions.length) picker.activeItems = [suggestions[0]];
    }, () => this.track(options.kind, options.title, '', picker.items, picker));
  }

  /**
   * Shows a quick pick or input box whose listeners `wire` attaches, and resolves with the value
   * they settle on, or undefined when it is hidden first (Escape, focus elsewhere). `track`
   * records it for the test API once it is on screen.
   */
  private show<R>(widget: vscode.QuickInput & { value: string }, wire: (settle: (value: R) => void) => void, track: () => void): Promise<R | undefined> {
    return new Promise<R | undefined>((resolve) => {
      let result: R | undefined;
      wire((value) => {
        result = value;
        widget.hide();
      });
      widget.onDidHide(() => {
        this.current = undefined;
        this.widget = undefined;
        widget.dispose();
        resolve(result);
      });
      widget.show();
      this.widget = widget;
      track();
    });
  }

  pick<T extends vscode.QuickPickItem>(options: PickOptions<T>): Promise<T | undefined> {
    const picker = vscode.window.createQuickPick<T>();
    Object.assign(picker, {
      title: options.title, placeholder: options.placeHolder, items: options.items, step: options.step,
      totalSteps: options.totalSteps, matchOnDescription: options.matchOnDescription ?? false, matchOnDetail: options.matchOnDetail ?? false,
      ignoreFocusOut: false,
    });
    if (options.active) picker.activeItems = [options.active];
    return this.show<T | undefined>(picker, (settle) => {
      picker.onDidChangeValue((value) => {
        const instant = options.instantKey?.(value);
        if (instant) return settle(instant);
        this.track(options.kind, options.title, value, picker.items);
      });
      picker.onDidAccept(() => settle(picker.selectedItems[0] ?? picker.activeItems[0]));
    }, () => this.track(options.kind, options.title, '', options.items));
  }

  /** Resolves to the accepted text, or undefined on Escape. */
  input(options: InputOptions): Promise<string | undefined> {
    const box = vscode.window.createInputBox();
    Object.assign(box, {
      title: options.title, prompt: options.prompt, value: options.value ?? '', placeholder: options.placeHolder,
      step: options.step, totalSteps: options.totalSteps, ignoreFocusOut: false,
    });
    return this.show<string>(box, (settle) => {
      box.onDidChangeValue((value) => {
        box.validationMessage = options.validate?.(value);
        this.track(options.kind, options.title, value, []);
      });
      box.onDidAccept(() => {
        const problem = options.validate?.(box.value);
        box.validationMessage = problem;
        if (problem) return;
        settle(box.value);
      });
    }, () => this.track(options.kind, options.title, box.value, []));
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

  private track(kind: PromptKind, title: string, value: string, items: readonly vscode.QuickPickItem[], picker?: vscode.QuickPick<vscode.QuickPickItem>): void {
    this.current = { kind, title, value, items: items.map((item) => item.label) };
    if (picker) {
      this.current.active = picker.activeItems[0]?.label;
      this.current.picked = picker.selectedItems.map((item) => item.label);
    }
  }
}
