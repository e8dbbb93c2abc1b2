import { IsInstant } from '@safeguard/platform';
import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';

export class ReleasePersonDto {
  @ApiProperty({ example: '2026-09-01T08:30:00Z', description: 'When she walked out; not in the future, not before the admission' })
  @IsInstant()
  releasedAt: string;
  @ApiProperty({ example: 'Srey Mom (her mother), with the baby', description: 'Who received her, and the children leaving with her' })
  @IsString()
  @Length(1, 500)
  releasedTo: string;
}
