// Boot: config, database, migrations, problem library, HTTP server, graceful shutdown.
import { serve } from '@hono/node-server'
import { buildApp } from './app.ts'
import { loadProblemLibrary, openMigratedDatabase } from './boot.ts'
import { assertDeployable, loadConfig } from './config.ts'
import { createLogger } from './logger.ts'
import { createServices } from './services.ts'

async function main() {
  const config = loadConfig()
  assertDeployable(config)
  const log = createLogger(config.logLevel)
  const db = await openMigratedDatabase(config)
  await loadProblemLibrary(db, config, log)
  const services = await createServices(config, log)
  const app = buildApp({ config, db, log, ...services }, { serveWeb: true })
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
    server.close(async () => {
      await services.close?.()
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
