import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ExtendPoliceCustodyDto {
  @ApiProperty({ example: '2026-03-03T19:30:00Z', description: 'When the extension was authorised' }) @IsInstant() authorisedAt: string;
  @ApiProperty({ example: 'Deputy Prosecutor Keo Vanna' }) @IsString() @Length(1, 200) authorisedBy: string;
  @ApiProperty({ example: '2026-03-04T20:30:00Z', description: 'Until when she may be held; after authorisedAt' }) @IsInstant() until: string;
}
