import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { LegalStatus } from '@safeguard/contracts';

const LEGAL_STATUSES: LegalStatus[] = ['pre-trial', 'convicted'];

export class AdmitPersonDto {
  @ApiProperty({ example: 'person-KH-0012', description: 'The person reference the police and the court recorded' })
  @IsString()
  @Length(1, 100)
  personId: string;
  @ApiProperty({
    example: 'CC2',
    description: 'The prison she is admitted into, by its unit id (GET /units?kind=prison); a facility officer admits into their own',
  })
  @IsString()
  @Length(1, 100)
  facilityId: string;
  @ApiProperty({ example: '2026-03-06T10:00:00Z', description: 'When she was admitted' }) @IsInstant() admittedAt: string;
  @ApiProperty({ enum: LEGAL_STATUSES }) @IsIn(LEGAL_STATUSES) legalStatus: LegalStatus;
  @ApiPropertyOptional({ example: 'PP-MC-2026-0113', description: 'The court case the admission rests on, when there is one' })
  @IsOptional()
  @IsString()
  @Length(1, 100)
  courtCaseReference?: string;
  @ApiProperty({ example: 'PP-DO-2026-0042', description: 'The detention order or judgment she is held on' })
  @IsString()
  @Length(1, 100)
  orderReference: string;
  @ApiProperty({
    example: 'KH',
    description: 'Her nationality, as an ISO 3166-1 alpha-2 code where known: foreign nationals are offered consular contact',
  })
  @IsString()
  @Length(2, 100)
  nationality: string;
}
