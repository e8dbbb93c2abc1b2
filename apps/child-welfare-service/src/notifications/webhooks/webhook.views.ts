import { applyDecorators, Controller } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Allow } from '@safeguard/auth';
import { Roles } from '@safeguard/contracts';

/**
 * Every credential may subscribe: the oversight body and welfare officers to what they follow,
 * integrators to the alerts they already read, and each police unit, court and prison to the
 * alerts it must act on (and only those: `subscriptionFilterFor`).
 */
export const SubscriptionsController = (path: string) => applyDecorators(ApiTags('webhooks'), Allow(...Roles), Controller(path));

export class SubscriptionView {
  @ApiProperty({ format: 'uuid' }) subscriptionId: string;
  @ApiProperty({ example: 'https://ngo.example.org/hooks/safeguard' }) url: string;
  @ApiProperty({ type: [String], description: 'Rules asked for; empty: every rule' }) ruleIds: readonly string[];
  @ApiProperty({ type: [String], description: 'Severities asked for; empty: every severity' }) severities: readonly string[];
  @ApiProperty({
    type: [String],
    description: 'Responsible units asked for; empty: every unit. A unit-scoped credential always has its own unit only',
  })
  unitIds: readonly string[];
  @ApiProperty({ description: 'ISO 8601' }) createdAt: string;
  @ApiPropertyOptional({ nullable: true, description: 'When it was ended; nothing is sent after' }) endedAt: string | null;
  @ApiPropertyOptional({
    nullable: true,
    description: 'Until when the secret replaced by the last rotation still signs deliveries beside the new one',
  })
  previousSecretHonouredUntil: string | null;
}

export class NewSecretView extends SubscriptionView {
  @ApiProperty({ example: 'whsec_3q2+7w…', description: 'The signing secret. Shown here once: keep it; a lost secret is replaced by a rotation' })
  secret: string;
}

export class AttemptView {
  @ApiProperty() attempt: number;
  @ApiProperty({ description: 'ISO 8601' }) at: string;
  @ApiPropertyOptional({ nullable: true, description: "The receiver's HTTP status; null when no answer came" }) statusCode: number | null;
  @ApiPropertyOptional({ nullable: true, example: 'fetch failed: connect ECONNREFUSED 127.0.0.1:9', description: 'Why no answer came' }) error:
    string | null;
  @ApiProperty() durationMs: number;
}

export class DeliveryView {
  @ApiProperty({ format: 'uuid', description: 'Sent as Safeguard-Delivery-Id, the same on every retry: the receiver’s idempotency key' })
  deliveryId: string;
  @ApiProperty({ format: 'uuid' }) alertId: string;
  @ApiProperty({ enum: ['alert-raised', 'alert-acknowledged', 'alert-escalated', 'alert-resolved', 'alert-withdrawn'] }) kind: string;
  @ApiProperty({ description: 'The position of the change in the alert change log (the SSE event id)' }) changePosition: number;
  @ApiProperty({
    enum: ['pending', 'delivered', 'parked', 'cancelled'],
    description: 'parked: a day of retries failed; send it again with POST …/redelivery',
  })
  status: string;
  @ApiProperty({ type: [AttemptView] }) attempts: readonly AttemptView[];
  @ApiPropertyOptional({ nullable: true, description: 'When it is next tried, while pending' }) nextAttemptAt: string | null;
  @ApiPropertyOptional({ nullable: true }) deliveredAt: string | null;
  @ApiProperty() createdAt: string;
}

export class DeliveryPage {
  @ApiProperty({ type: [DeliveryView] }) items: DeliveryView[];
  @ApiProperty() total: number;
  @ApiProperty() limit: number;
  @ApiProperty() offset: number;
}
