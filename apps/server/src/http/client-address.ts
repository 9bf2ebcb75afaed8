// The client's address: the socket's, or X-Forwarded-For's when the socket is a trusted proxy.
import { BlockList, isIP } from 'node:net'
import { getConnInfo } from '@hono/node-server/conninfo'
import type { Context } from 'hono'
import type { AppEnv } from '../app-env.ts'

/** IPv4 clients of a dual-stack socket show as ::ffff:a.b.c.d; one client, one key. */
function normalise(address: string): string {
  const trimmed = address.trim()
  return trimmed.startsWith('::ffff:') && isIP(trimmed.slice(7)) === 4 ? trimmed.slice(7) : trimmed
}

const lists = new WeakMap<readonly string[], BlockList>()

/** Builds (once per config) the set of trusted proxies: addresses or CIDR blocks. */
export function trustedProxyList(entries: readonly string[]): BlockList {
  let list = lists.get(entries)
  if (list) return list
  list = new BlockList()
  for (const entry of entries) {
    const [address = '', bits] = entry.split('/')
    const type = isIP(address) === 6 ? 'ipv6' : 'ipv4'
    if (!isIP(address)) throw new Error(`PAIRWISE_TRUSTED_PROXIES: "${entry}" is not an address`)
    if (bits === undefined) list.addAddress(address, type)
    else list.addSubnet(address, Number(bits), type)
  }
  lists.set(entries, list)
  return list
}

function isTrusted(list: BlockList, address: string): boolean {
  const kind = isIP(address)
  return kind !== 0 && list.check(address, kind === 6 ? 'ipv6' : 'ipv4')
}

function socketAddress(c: Context<AppEnv>): string | undefined {
  try {
    return getConnInfo(c).remote.address
  } catch {
    // In-process requests (tests) have no socket.
    return undefined
  }
}

/**
 * The socket's address, unless the socket is one of PAIRWISE_TRUSTED_PROXIES: then the nearest
 * X-Forwarded-For hop that is not itself a trusted proxy. Hops are read from the right, because
 * each proxy appends the address it saw and only the rightmost ones were written by our proxies;
 * whatever a client wrote on the left is never believed.
 */
export function clientAddress(c: Context<AppEnv>): string {
  const socket = socketAddress(c)
  if (socket === undefined) return 'in-process'
  const peer = normalise(socket)
  const trusted = c.var.deps.config.trustedProxies
  if (!trusted.length) return peer
  const list = trustedProxyList(trusted)
  if (!isTrusted(list, peer)) return peer
  const hops = (c.req.header('x-forwarded-for') ?? '')
    .split(',')
    .map(normalise)
    .filter((hop) => isIP(hop) !== 0)
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i] as string
    if (!isTrusted(list, hop)) return hop
  }
  return hops[0] ?? peer
}
