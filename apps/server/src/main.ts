// Boot: config, database, migrations, problem library, HTTP server, graceful shutdown.
import { serve } from '@hono/node-server'
import { buildApp } from './app.ts'
import { loadProblemLibrary, openMigratedDatabase } from './boot.ts'
import { assertDeployable, loadConfig } from './config.ts'
import { createLogger } from './logger.ts'
import { openStreamsFor } from './http/open-streams.ts'
import { listenForInvalidations } from './scale/invalidation.ts'
import { createServices } from './services.ts'
import { prebuildHarnesses } from './runner/compiled/prebuild.ts'
import type { AppDeps } from './app-env.ts'

async function main() {
  const config = loadConfig()
  assertDeployable(config)
  const log = createLogger(config.logLevel)
  const db = await openMigratedDatabase(config)
  // Listening starts before the library sync, so this instance hears every change after it.
  const invalidation =
    config.database.dialect === 'postgres'
      ? await listenForInvalidations(db, config.database, log)
      : undefined
  const library = await loadProblemLibrary(db, config, log)
  const services = await createServices(config, log)
  // Runs in this process: their Java and C++ harnesses are built ahead, in the background.
  if (!config.queue && services.runner) void prebuildHarnesses(library, log)
  services.modelNotices?.attach(db)
  const deps: AppDeps = { config, db, log, ...services }
  const app = buildApp(deps, { serveWeb: true })
  if (
    ['0.0.0.0', '::'].includes(config.host) &&
    !config.publicOrigin &&
    !config.allowedHosts.length
  ) {
    log.warn(
      'listening on every interface with no PAIRWISE_PUBLIC_ORIGIN or PAIRWISE_ALLOWED_HOSTS: any Host header is answered (no DNS-rebinding defence)',
    )
  }

  const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
    log.info(
      {
        url: `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${info.port}`,
        db: config.database.dialect,
      },
      'Pairwise is listening',
    )
  })

  let stopping = false
  const shutdown = (signal: string) => {
    if (stopping) return
    stopping = true
    log.info({ signal }, 'shutting down: draining requests')
    const force = setTimeout(() => {
      log.warn('requests did not drain in 10 s; closing anyway')
      process.exit(1)
    }, 10_000)
    force.unref()
    // Streams get a moment to finish; those still open are then stopped through the registry, and
    // each records its reply as cut off before its response ends and close() can complete.
    const streams = openStreamsFor(deps)
    const grace = setTimeout(() => {
      if (streams.size) log.info({ streams: streams.size }, 'stopping open streams')
      streams.stopAll()
    }, config.shutdownStreamGraceMs)
    grace.unref()
    server.close(async () => {
      clearTimeout(grace)
      await services.close?.()
      await invalidation?.close()
      await db.destroy()
      log.info('stopped')
      process.exit(0)
    })
    // Idle keep-alive sockets would hold close() open.
    if ('closeIdleConnections' in server) server.closeIdleConnections()
  }
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  process.on('SIGINT', () => shutdown('SIGINT'))
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : err)
  process.exit(1)
})
