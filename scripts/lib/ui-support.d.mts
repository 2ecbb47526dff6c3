// Types for ui-support.mjs, for test/ui/workbench.ts.
import type { BrowserContext, Page } from 'playwright-core';

export function launchBrowser(options?: { viewport?: { width: number; height: number } }): Promise<{ context: BrowserContext; page: Page; close(): Promise<void> }>;
export function loadWorkbench(page: Page, url: string): Promise<void>;
export const WORKBENCH_TIMEOUT_MS: number;
export function workbenchUrl(serverUrl: string, folder: string, file?: string): string;
export function copyWritable(src: string, dest: string): string;
export const repoRoot: string;
export const resultsDir: string;
