// A copy of the harness folder in the run folder's parent, bound into each sandbox at /harness:
// a bind mount shows its source in /proc/self/mountinfo, and the source must not be the server's.
import { chmodSync, cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const copies = new Map<string, string>()

/** One copy per (harness, work folder) for the life of the process; removed when it exits. */
export function harnessCopy(harnessDir: string, workDir: string): string {
  const key = `${harnessDir}\0${workDir}`
  let copy = copies.get(key)
  if (copy === undefined) {
    copy = mkdtempSync(path.join(workDir, 'pairwise-harness-'))
    cpSync(harnessDir, copy, { recursive: true })
    // Read by the user the code runs as (nobody, under a root server); written by no one.
    for (const file of readdirSync(copy)) chmodSync(path.join(copy, file), 0o444)
    chmodSync(copy, 0o555)
    const made = copy
    process.once('exit', () => {
      chmodSync(made, 0o755)
      rmSync(made, { recursive: true, force: true })
    })
    copies.set(key, copy)
  }
  return copy
}
