// Reads a .zip within limits on file count, per-file and total size and compression ratio,
// counted while inflating: the sizes a zip's headers claim can lie, so they are never trusted.
import { Unzip, UnzipInflate } from 'fflate'
import { AppError } from '../http/errors.ts'

export interface ZipLimits {
  /** The zip file itself. */
  zipBytes: number
  files: number
  fileBytes: number
  totalBytes: number
  /** Inflated bytes per zip byte, over the whole archive (text compresses about 3-10×). */
  ratio: number
}

/** A problem set is a few dozen small text files; these leave room for a hundred problems. */
export const SET_ZIP_LIMITS: ZipLimits = {
  zipBytes: 10 * 1024 * 1024,
  files: 1_000,
  fileBytes: 1024 * 1024,
  totalBytes: 20 * 1024 * 1024,
  ratio: 100,
}

/** Input is fed in small pieces, so one piece can inflate to at most ~4 MB (deflate's 1032:1). */
const PIECE_BYTES = 4 * 1024

const MB = (bytes: number) => `${Math.round((bytes / 1024 / 1024) * 10) / 10} MB`

export const zipTooLarge = (message: string) => new AppError(413, 'zip_too_large', message)

export function unzipBounded(
  zip: Uint8Array,
  limits: ZipLimits = SET_ZIP_LIMITS,
): Record<string, Uint8Array> {
  if (zip.length > limits.zipBytes) {
    throw zipTooLarge(`The zip is ${MB(zip.length)}; at most ${MB(limits.zipBytes)} is accepted.`)
  }
  const files: Record<string, Uint8Array> = {}
  let count = 0
  let total = 0
  const unzip = new Unzip((file) => {
    if (++count > limits.files) {
      throw zipTooLarge(`The zip holds more than ${limits.files} files.`)
    }
    // A header that admits to a large file is refused at once; one that lies is caught below.
    if ((file.originalSize ?? 0) > limits.fileBytes) {
      throw zipTooLarge(`${file.name} is larger than ${MB(limits.fileBytes)}.`)
    }
    const chunks: Uint8Array[] = []
    let size = 0
    file.ondata = (err, chunk, final) => {
      // fflate hands our own refusal back here when it was thrown from inside its inflater.
      if (err instanceof AppError) throw err
      if (err) throw new AppError(400, 'bad_zip', `The zip is damaged (${err.message}).`)
      size += chunk.length
      total += chunk.length
      if (size > limits.fileBytes) {
        throw zipTooLarge(`${file.name} inflates to more than ${MB(limits.fileBytes)}.`)
      }
      if (total > limits.totalBytes) {
        throw zipTooLarge(`The zip inflates to more than ${MB(limits.totalBytes)}.`)
      }
      if (total > 64 * 1024 && total > limits.ratio * zip.length) {
        throw zipTooLarge(
          `The zip inflates more than ${limits.ratio}× (a zip bomb?); it was not read further.`,
        )
      }
      chunks.push(chunk)
      if (final) files[file.name] = concat(chunks, size)
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    for (let at = 0; at < zip.length; at += PIECE_BYTES) {
      const end = Math.min(zip.length, at + PIECE_BYTES)
      unzip.push(zip.subarray(at, end), end === zip.length)
    }
    if (zip.length === 0) unzip.push(zip, true)
  } catch (err) {
    if (err instanceof AppError) throw err
    throw new AppError(400, 'bad_zip', `This is not a readable zip (${(err as Error).message}).`)
  }
  return files
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const out = new Uint8Array(size)
  let at = 0
  for (const chunk of chunks) {
    out.set(chunk, at)
    at += chunk.length
  }
  return out
}
