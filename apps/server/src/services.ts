// Optional engines that routes use (runner, assistant, scorer); each capability adds its own here.
import type { Config } from './config.ts'
import type { Logger } from './logger.ts'

export interface Services {
  close?: () => Promise<void>
}

export async function createServices(_config: Config, _log: Logger): Promise<Services> {
  return {}
}
