// The part of tar-stream's API that src/importers/tar.ts uses, the same in its versions 2 and 3. Delete this file
// once @types/tar-stream is installed beside tar-stream.
declare module "tar-stream" {
  interface Headers {
    name: string;
    size?: number;
    type?: string | null;
    linkname?: string | null;
  }
  interface Extract extends NodeJS.WritableStream {
    on(event: "entry", listener: (header: Headers, stream: NodeJS.ReadableStream, next: () => void) => void): this;
    on(event: "finish" | "close", listener: () => void): this;
    on(event: "error", listener: (error: Error) => void): this;
    destroy(error?: Error): void;
  }
  const tarStream: { extract(options?: { filenameEncoding?: string; allowUnknownFormat?: boolean }): Extract };
  export default tarStream;
}
