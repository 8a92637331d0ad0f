/** The part of web-ext's programmatic API the tests use (web-ext ships no types). */
declare module "web-ext" {
  export interface LintMessage {
    code: string;
    message: string;
    description: string;
    file?: string;
    line?: number;
    column?: number;
  }
  export interface LintResult {
    summary: { errors: number; notices: number; warnings: number };
    errors: LintMessage[];
    notices: LintMessage[];
    warnings: LintMessage[];
  }
  const webExt: {
    cmd: {
      lint(params: { sourceDir: string; output: "none" | "json" | "text"; selfHosted?: boolean; warningsAsErrors?: boolean }, options: { shouldExitProgram: boolean }): Promise<LintResult>;
    };
  };
  export default webExt;
}
