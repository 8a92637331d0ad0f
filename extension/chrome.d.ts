/**
 * The few WebExtension APIs the extension calls, typed here rather than through @types/chrome: Chrome and Firefox
 * both expose them as `chrome.*` with promises in Manifest V3.
 */
declare namespace chrome {
  namespace storage {
    interface StorageArea {
      get(keys?: string | string[] | null): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    }
    interface StorageChange {
      oldValue?: unknown;
      newValue?: unknown;
    }
    const local: StorageArea;
    const managed: StorageArea;
    const onChanged: { addListener(listener: (changes: Record<string, StorageChange>, area: string) => void): void };
  }
  namespace runtime {
    interface MessageSender {
      tab?: { id?: number };
      frameId?: number;
      id?: string;
    }
    function getURL(path: string): string;
    function sendMessage(message: unknown): Promise<unknown>;
    const onMessage: { addListener(listener: (message: unknown, sender: MessageSender, sendResponse: (response?: unknown) => void) => boolean | undefined | void): void };
    const onInstalled: { addListener(listener: () => void): void };
    const onStartup: { addListener(listener: () => void): void };
    const id: string;
  }
  namespace i18n {
    function getMessage(name: string): string;
    function getUILanguage(): string;
  }
  namespace scripting {
    interface InjectionTarget {
      tabId: number;
      frameIds?: number[];
    }
    interface RegisteredContentScript {
      id: string;
      matches?: string[];
      js?: string[];
      allFrames?: boolean;
      matchOriginAsFallback?: boolean;
      runAt?: "document_start" | "document_end" | "document_idle";
      persistAcrossSessions?: boolean;
    }
    function executeScript(injection: { target: InjectionTarget; files: string[] }): Promise<unknown[]>;
    function insertCSS(injection: { target: InjectionTarget; files: string[] }): Promise<void>;
    function registerContentScripts(scripts: RegisteredContentScript[]): Promise<void>;
    function unregisterContentScripts(filter?: { ids?: string[] }): Promise<void>;
    function getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<RegisteredContentScript[]>;
  }
  namespace permissions {
    interface Permissions {
      origins?: string[];
      permissions?: string[];
    }
    function request(permissions: Permissions): Promise<boolean>;
    function remove(permissions: Permissions): Promise<boolean>;
    function contains(permissions: Permissions): Promise<boolean>;
    const onRemoved: { addListener(listener: (permissions: Permissions) => void): void };
  }
}
