import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length, ValidateBy } from 'class-validator';
import { IsInstant } from '@safeguard/platform';
import { CorrectableArrestFields, type CorrectableArrestField } from '@safeguard/contracts';
import type { FieldValue } from './arrest-as-recorded';

/** Any value a correctable field can hold; whether it fits the field is the decision's to say. */
const IsFieldValue = () =>
  ValidateBy({
    name: 'isFieldValue',
    validator: {
      validate: (value: unknown) => value === null || ['string', 'number', 'boolean'].includes(typeof value),
      defaultMessage: () => '$property must be a string, a number, true or false, or null',
    },
  });

export class CorrectArrestRecordDto {
  @ApiProperty({ enum: CorrectableArrestFields, example: 'person.homeProvince', description: 'The ArrestMade field that was wrong' })
  @IsIn(CorrectableArrestFields)
  field: CorrectableArrestField;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
    nullable: true,
    example: 'Kandal',
    description: 'What the field should have said, of the field’s type; null clears a field that may be empty',
  })
  @IsFieldValue()
  correctedValue: FieldValue;
  @ApiProperty({ example: 'Misheard at the arrest; checked against her national ID card', description: 'Why the record was wrong' })
  @IsString()
  @Length(3, 1000)
  reason: string;
  @ApiPropertyOptional({
    example: '2026-03-03T09:15:00Z',
    description:
      'When the police corrected the record, as they state it (correctedAtSource: stated-by-agency). Not in the future, not before the arrest. ' +
      'When absent, the time this correction is received stands for it and is recorded as such (correctedAtSource: time-of-receipt).',
  })
  @IsOptional()
  @IsInstant()
  correctedAt?: string;
}
