import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class ResolveAlertDto {
  @ApiProperty({
    example: 'The children are with their grandmother in Takhmao; confirmed by a home visit.',
    minLength: 1,
    maxLength: 2000,
    description: 'Why the alert can be closed',
  })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'reason must not be blank' })
  reason: string;
}
