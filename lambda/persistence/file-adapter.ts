import * as fs from 'fs';
import * as path from 'path';
import { PersistenceAdapter, getUserId } from 'ask-sdk-core';
import { RequestEnvelope } from 'ask-sdk-model';

type Attributes = Record<string, unknown>;

/**
 * Keeps persistent attributes in one JSON file, keyed by user id like the SDK's own adapters, so the
 * terminal simulator and local runs remember a position across sessions without any AWS account.
 *
 * Writes go to a temporary file that is then renamed over the old one, so an interrupted write never
 * leaves half a file behind. A file that cannot be parsed is moved aside (never silently overwritten)
 * and reading carries on as if nothing had been stored.
 *
 * The file is tiny and local, so it is read and written synchronously: the first asynchronous fs call
 * in a process starts libuv's thread pool, which costs a fresh process about 4 ms before it can answer.
 */
export class FileAdapter implements PersistenceAdapter {
  constructor(private readonly filePath: string) {}

  async getAttributes(requestEnvelope: RequestEnvelope): Promise<Attributes> {
    const all = await this.readAll();
    const stored = all[getUserId(requestEnvelope)];
    return isRecord(stored) ? stored : {};
  }

  async saveAttributes(requestEnvelope: RequestEnvelope, attributes: Attributes): Promise<void> {
    const all = await this.readAll();
    all[getUserId(requestEnvelope)] = attributes;
    await this.writeAll(all);
  }

  async deleteAttributes(requestEnvelope: RequestEnvelope): Promise<void> {
    const all = await this.readAll();
    delete all[getUserId(requestEnvelope)];
    await this.writeAll(all);
  }

  private async readAll(): Promise<Record<string, unknown>> {
    let text: string;
    try {
      text = fs.readFileSync(this.filePath, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    try {
      const parsed: unknown = JSON.parse(text);
      if (isRecord(parsed)) return parsed;
    } catch {
      // fall through: keep the unreadable file for a human to look at
    }
    fs.renameSync(this.filePath, `${this.filePath}.corrupt-${Date.now()}`);
    return {};
  }

  private async writeAll(all: Record<string, unknown>): Promise<void> {
    fs.mkdirSync(path.dirname(this.filePath), { recursive: true });
    const temporary = `${this.filePath}.${process.pid}.tmp`;
    fs.writeFileSync(temporary, `${JSON.stringify(all, null, 2)}\n`, 'utf8');
    fs.renameSync(temporary, this.filePath);
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
