import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { JudicialAuthority } from '@safeguard/contracts';

const AUTHORITIES: JudicialAuthority[] = ['prosecutor', 'investigating-judge', 'trial-judge'];

export class BringBeforeJudicialAuthorityDto {
  @ApiProperty({ example: '2026-03-03T18:30:00Z', description: 'When she was brought before the authority' }) @IsInstant() broughtAt: string;
  @ApiProperty({ enum: AUTHORITIES }) @IsIn(AUTHORITIES) authority: JudicialAuthority;
  @ApiPropertyOptional({ example: 'Deputy Prosecutor Keo Vanna, Phnom Penh Court of First Instance' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  authorityName?: string;
}
