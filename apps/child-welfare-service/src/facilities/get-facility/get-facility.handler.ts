import { Inject } from '@nestjs/common';
import { Query, QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { NotFound } from '@safeguard/domain';
import { Database } from '@safeguard/event-store';
import { Clock } from '@safeguard/platform';
import { UnitRegistry } from '@safeguard/units';
import { readFacility } from './facility-records';
import { FacilityView } from './facility.view';

export class GetFacilityQuery extends Query<FacilityView> {
  constructor(readonly facilityId: string) {
    super();
  }
}

@QueryHandler(GetFacilityQuery)
export class GetFacilityHandler implements IQueryHandler<GetFacilityQuery> {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(UnitRegistry) private readonly units: UnitRegistry,
  ) {}

  async execute({ facilityId }: GetFacilityQuery): Promise<FacilityView> {
    const now = this.clock.now();
    return this.db.transaction(async (sql) => {
      const view = await readFacility(sql, this.units, facilityId, now);
      if (!view) throw new NotFound('FACILITY.NOT_FOUND', `nothing is known of facility ${facilityId}`);
      return view;
    });
  }
}
