// How CLI commands print results and fail: JSON on stdout, one-line errors on stderr.
export class CliError extends Error {}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value)}\n`)
}
