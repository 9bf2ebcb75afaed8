// One library problem by slug, the library loaded once per test file.
import type { ProblemDefinition } from '@pairwise/shared'
import { loadLibrary, type LibraryLoad } from '@pairwise/problems'

let library: Promise<LibraryLoad> | undefined

export async function libraryProblem(slug: string): Promise<ProblemDefinition> {
  library ??= loadLibrary()
  const p = (await library).problems.find((x) => x.slug === slug)
  if (!p) throw new Error(`library problem ${slug} missing`)
  return p
}
