// Writes a run's job folder: the candidate's module and the cases to run, never expected values.
import { chown, mkdtemp, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'

export type JobCase =
  | { kind: 'function'; index: number; args: unknown[] }
  | { kind: 'script'; index: number; script: string }

/** What the harness reads (see harness/*). */
export interface JobFile {
  codePath: string
  /** The name errors show instead of the path, e.g. solution.py. */
  displayName: string
  functionName: string
  cases: JobCase[]
}

export interface JobSpec {
  workDir: string
  /** Where the sandbox mounts the folder; null when the code sees the host path. */
  mountPoint: string | null
  codeFileName: string
  displayName: string
  code: string
  functionName: string
  cases: JobCase[]
  /** The user the code runs as, when not the server's own: the folder is handed to them. */
  owner: { uid: number; gid: number } | null
}

export interface WrittenJob {
  hostDir: string
  /** The job file's path as the harness sees it. */
  jobPath: string
  remove(): Promise<void>
}

export async function writeJob(spec: JobSpec): Promise<WrittenJob> {
  const hostDir = await mkdtemp(path.join(spec.workDir, 'pairwise-run-'))
  const remove = () => rm(hostDir, { recursive: true, force: true })
  try {
    const visibleDir = spec.mountPoint ?? hostDir
    const job: JobFile = {
      codePath: path.posix.join(visibleDir, spec.codeFileName),
      displayName: spec.displayName,
      functionName: spec.functionName,
      cases: spec.cases,
    }
    const codeFile = path.join(hostDir, spec.codeFileName)
    const jobFile = path.join(hostDir, 'job.json')
    await writeFile(codeFile, spec.code, { mode: 0o600 })
    await writeFile(jobFile, JSON.stringify(job), { mode: 0o600 })
    const { owner } = spec
    if (owner !== null) {
      // mkdtemp makes the folder 0700, so only the server and this user can read it.
      for (const file of [hostDir, codeFile, jobFile]) await chown(file, owner.uid, owner.gid)
    }
    return { hostDir, jobPath: path.posix.join(visibleDir, 'job.json'), remove }
  } catch (error) {
    await remove()
    throw error
  }
}
