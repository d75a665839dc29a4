import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';
import { respond } from './custom-resource';
import { S3Store } from './s3-store';

/** Pages are cached by CloudFront and browsers for five minutes: a new policy is live soon after a deployment. */
export const PAGE_CACHE_CONTROL = 'public, max-age=300';

/** What publishing needs of a bucket: the renderer's S3 store does both. */
export interface PageStore {
  put(key: string, body: Buffer, contentType: string, cacheControl?: string): Promise<void>;
  remove(key: string): Promise<void>;
}

/**
 * Writes the pages the custom resource carries (`Pages`: file name to HTML) and removes those it no
 * longer does: on create and update, every page is written; on update, a page the old properties had
 * and the new ones do not is removed; on delete, all are removed, so the bucket can go with the stack.
 */
export async function publishPages(store: PageStore, event: CloudFormationCustomResourceEvent): Promise<{ written: number; removed: number }> {
  const pages = pagesOf(event.ResourceProperties);
  if (event.RequestType === 'Delete') {
    for (const file of Object.keys(pages)) await store.remove(file);
    return { written: 0, removed: Object.keys(pages).length };
  }
  for (const [file, html] of Object.entries(pages)) await store.put(file, Buffer.from(html, 'utf8'), 'text/html; charset=utf-8', PAGE_CACHE_CONTROL);
  const gone = event.RequestType === 'Update' ? Object.keys(pagesOf(event.OldResourceProperties)).filter((file) => !(file in pages)) : [];
  for (const file of gone) await store.remove(file);
  return { written: Object.keys(pages).length, removed: gone.length };
}

function pagesOf(properties: Record<string, unknown>): Record<string, string> {
  const pages = properties.Pages;
  if (typeof pages !== 'object' || pages === null) return {};
  return Object.fromEntries(Object.entries(pages).filter((entry): entry is [string, string] => typeof entry[1] === 'string' && /^[\w-]+\.html$/.test(entry[0])));
}

/**
 * The store's pages (privacy policy, terms of use) as a CloudFormation custom resource: the stack
 * makes the HTML from docs/ at synth and this writes it into PAGES_BUCKET, which CloudFront serves.
 */
export const handler = async (event: CloudFormationCustomResourceEvent, context: Context): Promise<void> => {
  const physicalId = 'PhysicalResourceId' in event ? event.PhysicalResourceId : `store-pages-${event.LogicalResourceId}`;
  try {
    const bucket = process.env.PAGES_BUCKET;
    if (!bucket) throw new Error('PAGES_BUCKET is not set');
    const report = await publishPages(new S3Store({ bucket }), event);
    console.log(JSON.stringify({ level: 'INFO', message: 'Store pages published', ...report }));
    await respond(event, context, 'SUCCESS', physicalId, report);
  } catch (error) {
    console.log(JSON.stringify({ level: 'ERROR', message: 'Publishing failed', errorMessage: (error as Error).message }));
    await respond(event, context, 'FAILED', physicalId, {}, (error as Error).message);
  }
};
