// Types and schemas that the server and the web app share.
export * from './areas.ts'
export * from './problem.ts'
export * from './run.ts'
export * from './user.ts'
export * from './session.ts'
export * from './snapshots.ts'
export * from './review.ts'
export * from './score.ts'
