import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, Max, Min } from 'class-validator';
import { MAX_PAGE_OFFSET } from '@safeguard/platform';
import type { DeliveryStatus } from '../webhook-subscriptions';

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
