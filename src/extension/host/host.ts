// What the extension needs from the machine it runs on, beyond the vscode API. The desktop
// build passes desktopHost (Node: OS user, ~/.gitconfig); the browser build keeps webHost,
// so src/extension itself never imports a Node built-in.
export interface ExtensionHost {
  /** The OS account name, when the host can know it. */
  osUserName(): string | undefined;
  /** user.name from the user's global git configuration, when the host can read it. */
  globalGitUserName(): Promise<string | undefined>;
}

/** A browser web worker knows neither the OS user nor the home directory. */
export const webHost: ExtensionHost = {
  osUserName: () => undefined,
  globalGitUserName: async () => undefined,
};
