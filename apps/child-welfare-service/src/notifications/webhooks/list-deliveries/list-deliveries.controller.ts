import { Get, Inject, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { CurrentPrincipal, type Principal } from '@safeguard/auth';
import { MAX_PAGE_OFFSET } from '@safeguard/platform';
import type { DeliveryStatus } from '../webhook-subscriptions';
import { DeliveryPage, SubscriptionsController } from '../webhook.views';
import { ListDeliveriesQuery } from './list-deliveries.handler';

export class DeliveriesQuery {
  @ApiPropertyOptional({ enum: ['pending', 'delivered', 'parked', 'cancelled'] })
  @IsOptional()
  @IsIn(['pending', 'delivered', 'parked', 'cancelled'])
  status?: DeliveryStatus;
  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 }) @IsOptional() @Type(() => Number) @IsInt() @Min(1) @Max(500) limit?: number;
  @ApiPropertyOptional({ default: 0, minimum: 0, maximum: MAX_PAGE_OFFSET })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_PAGE_OFFSET)
  offset?: number;
}

@SubscriptionsController('subscriptions/:subscriptionId/deliveries')
export class ListDeliveriesController {
  constructor(@Inject(QueryBus) private readonly bus: QueryBus) {}

  @Get()
  @ApiOperation({ summary: 'The delivery log of a subscription, newest first: each delivery with every attempt, its answer and how long it took' })
  @ApiOkResponse({ type: DeliveryPage })
  list(
    @Param('subscriptionId', ParseUUIDPipe) subscriptionId: string,
    @Query() query: DeliveriesQuery,
    @CurrentPrincipal() caller: Principal,
  ): Promise<DeliveryPage> {
    return this.bus.execute(new ListDeliveriesQuery(caller, subscriptionId, query.status, query.limit ?? 50, query.offset ?? 0));
  }
}
