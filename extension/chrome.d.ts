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
    function getURL(path: string): string;
  }
  namespace i18n {
    function getMessage(name: string): string;
    function getUILanguage(): string;
  }
}
