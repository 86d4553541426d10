/**
 * Name-based UUIDs, version 5 (RFC 9562 §5.5): SHA-1 of a namespace UUID and a name. The same
 * name always gives the same UUID, so STIX ids stay stable from build to build and from one
 * deployment to another.
 */
import { createHash } from 'node:crypto';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function uuidV5(name: string, namespace: string): string {
  if (!UUID_PATTERN.test(namespace)) throw new Error(`"${namespace}" is not a lower-case UUID`);
  const hash = createHash('sha1')
    .update(Buffer.from(namespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = hash.subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x50; // version 5
  bytes[8] = (bytes[8]! & 0x3f) | 0x80; // RFC variant
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** RFC 9562's namespace for URLs. */
export const URL_NAMESPACE = '6ba7b811-9dad-11d1-80b4-00c04fd430c8';

/**
 * casefile's own namespace: uuidV5('https://casefile.example.org/stix/', URL_NAMESPACE). It is a
 * constant, not derived from the configured site URL, so ids do not change when the site moves.
 */
export const CASEFILE_STIX_NAMESPACE = '0782e4f2-1578-59a6-9e15-5382bad11cd3';
