import { RequestEnvelope } from 'ask-sdk-model';

/** A request with no user id: nothing may be loaded or saved for it (never under a shared key). */
export class MissingUserError extends Error {
  constructor() {
    super('The request has no user id');
    this.name = 'MissingUserError';
  }
}

/** Longest user id accepted as a storage key (Alexa's are about 200 characters). */
const MAX_USER_ID_LENGTH = 512;

/**
 * The user id a store keys a parent's state by, from the request's context (or its session). Unlike
 * the SDK's `getUserId`, a missing or odd id throws instead of becoming the key "undefined", which
 * every such request would share.
 */
export function userIdOf(envelope: RequestEnvelope): string {
  const id: unknown = envelope?.context?.System?.user?.userId ?? envelope?.session?.user?.userId;
  if (typeof id !== 'string' || id.length === 0 || id.length > MAX_USER_ID_LENGTH) throw new MissingUserError();
  return id;
}

/** Whether a request has a user id a store can use. */
export function hasUserId(envelope: RequestEnvelope): boolean {
  try {
    userIdOf(envelope);
    return true;
  } catch {
    return false;
  }
}
