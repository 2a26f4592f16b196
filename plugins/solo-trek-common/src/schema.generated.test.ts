import { execFileSync } from 'node:child_process';
import path from 'node:path';

describe('schema.generated.ts', () => {
  it('is generated from the current openapi.yaml', () => {
    // The generator is ESM (openapi-typescript is), so it runs in its own
    // node; --check exits 1, naming the command to run, when the file is
    // behind the spec.
    const script = path.resolve(
      __dirname,
      '../scripts/generate-wire-types.mjs',
    );
    expect(() =>
      execFileSync(process.execPath, [script, '--check'], {
        stdio: 'pipe',
        encoding: 'utf8',
      }),
    ).not.toThrow();
  });
});
