// A pool worker's entry point. Plain JavaScript, because a worker thread does not inherit the
// TypeScript loader in every host (vitest's forks do not); tsx loads the task table from here.
import { tsImport } from 'tsx/esm/api'

const { runJob } = await tsImport('./tasks.ts', import.meta.url)

export default runJob
