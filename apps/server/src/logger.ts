// Structured JSON logs (pino); the API key and cookies are redacted everywhere.
import { pino, type Logger } from 'pino'

export type { Logger }

export function createLogger(level: string): Logger {
  return pino({
    level,
    redact: {
      paths: [
        'apiKey',
        '*.apiKey',
        'headers.cookie',
        'headers.authorization',
        'headers["x-api-key"]',
        'password',
        '*.password',
      ],
      censor: '[redacted]',
    },
  })
}
