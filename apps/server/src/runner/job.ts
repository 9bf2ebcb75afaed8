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
  /** How many arguments the function takes (Java finds its method by name and this). */
  arity?: number
  /** The run's cap on processes and threads, which a Java error names when it is reached. */
  processLimit?: number
  /** A growth measurement's configuration (compiled languages): measured instead of cases. */
  growth?: Record<string, unknown>
}

/** Where a job folder lives and who may read it. */
export interface JobFolderSpec {
  workDir: string
  /** Where the sandbox mounts the folder; null when the code sees the host path. */
  mountPoint: string | null
  /** The user the code runs as, when not the server's own: the folder is handed to them. */
  owner: { uid: number; gid: number } | null
}

/** What goes into the folder: the candidate's module and the cases. */
export interface JobContent {
  codeFileName: string
  displayName: string
  code: string
  functionName: string
  cases: JobCase[]
  arity?: number
  processLimit?: number
  growth?: Record<string, unknown>
  /** Other files the job needs beside the code (the C++ shim that calls it), by name. */
  files?: Record<string, string>
}

export type JobSpec = JobFolderSpec & JobContent

export interface JobFolder {
  hostDir: string
  /** The job file's path as the harness sees it. */
  jobPath: string
  remove(): Promise<void>
}

/** The written job (the same folder, once its files are in). */
export type WrittenJob = JobFolder

/**
 * An empty job folder, for a process started before its job is known (a warm start): the
 * sandbox binds the folder itself, so files written into it later appear inside.
 */
export async function createJobFolder(spec: JobFolderSpec): Promise<JobFolder> {
  const hostDir = await mkdtemp(path.join(spec.workDir, 'pairwise-run-'))
  const remove = () => rm(hostDir, { recursive: true, force: true })
  const visibleDir = spec.mountPoint ?? hostDir
  try {
    // mkdtemp makes the folder 0700, so only the server and this user can read it.
    if (spec.owner !== null) await chown(hostDir, spec.owner.uid, spec.owner.gid)
  } catch (error) {
    await remove()
    throw error
  }
  return { hostDir, jobPath: path.posix.join(visibleDir, 'job.json'), remove }
}

/** Writes the module and the job file into a folder made by createJobFolder. */
export async function fillJobFolder(
  folder: JobFolder,
  spec: Pick<JobFolderSpec, 'owner'> & JobContent,
): Promise<void> {
  const visibleDir = path.posix.dirname(folder.jobPath)
  const job: JobFile = {
    codePath: path.posix.join(visibleDir, spec.codeFileName),
    displayName: spec.displayName,
    functionName: spec.functionName,
    cases: spec.cases,
    ...(spec.arity === undefined ? {} : { arity: spec.arity }),
    ...(spec.processLimit === undefined ? {} : { processLimit: spec.processLimit }),
    ...(spec.growth === undefined ? {} : { growth: spec.growth }),
  }
  const codeFile = path.join(folder.hostDir, spec.codeFileName)
  const jobFile = path.join(folder.hostDir, 'job.json')
  await writeFile(codeFile, spec.code, { mode: 0o600 })
  await writeFile(jobFile, JSON.stringify(job), { mode: 0o600 })
  const written = [codeFile, jobFile]
  for (const [name, text] of Object.entries(spec.files ?? {})) {
    const file = path.join(folder.hostDir, path.basename(name))
    await writeFile(file, text, { mode: 0o600 })
    written.push(file)
  }
  const { owner } = spec
  if (owner !== null) {
    for (const file of written) await chown(file, owner.uid, owner.gid)
  }
}

export async function writeJob(spec: JobSpec): Promise<WrittenJob> {
  const folder = await createJobFolder(spec)
  try {
    await fillJobFolder(folder, spec)
    return folder
  } catch (error) {
    await folder.remove()
    throw error
  }
}
