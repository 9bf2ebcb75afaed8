// The dependencies every route sees, and the Hono environment that carries them.
import type { PublicUser } from '@pairwise/shared'
import type { Config } from './config.ts'
import type { Db } from './db/connect.ts'
import type { Logger } from './logger.ts'
import type { Services } from './services.ts'

export interface AppDeps extends Services {
  config: Config
  db: Db
  log: Logger
}

export interface AppEnv {
  Variables: {
    deps: AppDeps
    user: PublicUser | undefined
  }
}
