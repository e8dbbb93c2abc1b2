import { ApiProperty } from '@nestjs/swagger';
import { IsString, Length, Matches } from 'class-validator';

export class AcknowledgeAlertDto {
  @ApiProperty({
    example: 'Called the station; the duty officer is asking her about her children now.',
    minLength: 1,
    maxLength: 2000,
    description: 'What is being done about it',
  })
  @IsString()
  @Length(1, 2000)
  @Matches(/\S/, { message: 'note must not be blank' })
  note: string;
}
