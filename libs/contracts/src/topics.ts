/**
 * Every Kafka topic the system publishes or reads, in one place. A breaking change to a
 * published contract is a new topic version (`.v2`), never an edit of the existing one.
 */
export const Topics = {
  arrestEvents: 'justice.arrest.events.v1',
  courtEvents: 'justice.court.events.v1',
  prisonEvents: 'justice.prison.events.v1',
  alertEvents: 'justice.child-welfare.alerts.v1',
  childJourneys: 'justice.child-welfare.child-journeys.v1',
  childWelfareDeadLetter: 'justice.child-welfare.dead-letter.v1',
} as const;

export type Topic = (typeof Topics)[keyof typeof Topics];
