import { Injectable } from '@nestjs/common';
import type { Principal } from '@safeguard/auth';
import { StreamVisibility } from '@safeguard/platform';

/**
 * Alerts belong to the oversight body, not to an agency's unit: whoever a route admits (its
 * `@Allow` roles) sees every alert stream. What a role may read of an alert is narrowed on the
 * answer instead (`alertAsReadBy`).
 */
@Injectable()
export class AlertVisibility extends StreamVisibility {
  assertVisible(_streamId: string, _principal: Principal): Promise<void> {
    return Promise.resolve();
  }
}
