/** The article id: a content hash, so the same text from the same url is the same article. */
import { createHash } from 'node:crypto';

export function articleId(text: string, url: string | null): string {
  return createHash('sha256').update(url ?? '').update('\u0000').update(text).digest('hex').slice(0, 16);
}
