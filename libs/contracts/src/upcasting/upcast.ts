import { EventCatalogue, isPublicEventType } from '../catalogue';
import type { EventEnvelope } from '../envelope';
import { Upcasters } from './upcasters';

export interface Upcast {
  readonly schemaVersion: number;
  readonly data: unknown;
}

/** A stored or published version below the current one with no step up from it: a gap in the table, never a reader's fault. */
export class MissingUpcaster extends Error {}

/**
 * Brings event data of any stored version to the catalogue's current version, one step at a
 * time. Data already current, of a type the catalogue does not know, or of a version newer than
 * the catalogue's (a producer deployed ahead of this reader) is returned as it is: this reader
 * cannot know what a newer version means, so it leaves the choice to whoever reads it (the
 * consumers check `schemaVersion` against the schemas they have and skip what they cannot read).
 */
export function upcast(type: string, schemaVersion: number, data: unknown): Upcast {
  if (!isPublicEventType(type)) return { schemaVersion, data };
  const current = EventCatalogue[type].schemaVersion;
  let version = schemaVersion;
  let upcasted = data;
  while (version < current) {
    const up = Upcasters[type]?.[version];
    if (!up) throw new MissingUpcaster(`no upcaster for ${type} from v${version} (current v${current})`);
    upcasted = up(upcasted);
    version += 1;
  }
  return { schemaVersion: version, data: upcasted };
}

/** The envelope with its data at the current version; the same envelope when it already is. */
export function upcastEnvelope<E extends EventEnvelope>(envelope: E): E {
  const { schemaVersion, data } = upcast(envelope.type, envelope.schemaVersion, envelope.data);
  return schemaVersion === envelope.schemaVersion ? envelope : { ...envelope, schemaVersion, data };
}
