import type { HearingScheduledDataV2 } from './generated/event-data';

// Its own module because arrest and court events both say where a time came from, and each
// context's events already name the other's types (an offence class): one of them holding it
// would make the two files import each other.
/**
 * Where a "scheduled at" time comes from: the agency stated when it set the date, or it did not
 * and the time is when our service received the record (later, so a notice deadline counted from
 * it is generous to the agency).
 */
export type ScheduledAtSource = HearingScheduledDataV2['scheduledAtSource'];
