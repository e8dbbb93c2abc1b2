import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class CloseCaseDto {
  @ApiProperty({ example: '2027-01-08T09:00:00Z', description: 'When the court closed the case' }) @IsInstant() closedAt: string;
  @ApiProperty({ example: 'Sentence reduced by royal clemency; remaining term served' }) @IsString() @Length(1, 1000) reason: string;
}
