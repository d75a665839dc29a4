import { request as httpRequest } from 'http';
import { request as httpsRequest } from 'https';
import type { CloudFormationCustomResourceEvent, Context } from 'aws-lambda';

/** The custom-resource response CloudFormation waits for, PUT to its presigned URL. */
export function respond(
  event: CloudFormationCustomResourceEvent,
  context: Context,
  status: 'SUCCESS' | 'FAILED',
  physicalId: string,
  data: Record<string, string | number>,
  reason?: string,
): Promise<void> {
  const body = JSON.stringify({
    Status: status,
    Reason: reason ?? `See ${context.logStreamName}`,
    PhysicalResourceId: physicalId,
    StackId: event.StackId,
    RequestId: event.RequestId,
    LogicalResourceId: event.LogicalResourceId,
    Data: data,
  });
  return new Promise((resolve, reject) => {
    const url = new URL(event.ResponseURL);
    // CloudFormation's URL is https; a test's server on 127.0.0.1 is http.
    const send = url.protocol === 'http:' ? httpRequest : httpsRequest;
    const req = send(url, { method: 'PUT', headers: { 'content-type': '', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      res.on('end', () => resolve());
    });
    req.on('error', reject);
    req.end(body);
  });
}
