/** Per-file checks the build runs besides the frontmatter schema (filled in by the editor tools). */
import type { Diagnostic, SourceFile } from '../lib/validate.ts';

export const contentChecks: ((file: SourceFile, body: string, bodyLine: number) => Diagnostic[])[] = [];
