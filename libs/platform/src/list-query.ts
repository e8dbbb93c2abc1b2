import { Query } from '@nestjs/cqrs';
import type { Principal } from '@safeguard/auth';

/** A list read (`GET /arrests`, `/cases`, …) for the caller, whose scope narrows what it lists, as a controller puts it on the query bus. */
export abstract class ListQuery<Filter, Answer> extends Query<Answer> {
  constructor(
    readonly filter: Filter,
    readonly principal: Principal,
  ) {
    super();
  }
}
