import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsString, Length, ValidateBy } from 'class-validator';
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
  @IsIn(CorrectableArrestFields) field: CorrectableArrestField;
  @ApiProperty({
    oneOf: [{ type: 'string' }, { type: 'number' }, { type: 'boolean' }],
    nullable: true,
    example: 'Kandal',
    description: 'What the field should have said, of the field’s type; null clears a field that may be empty',
  })
  @IsFieldValue() correctedValue: FieldValue;
  @ApiProperty({ example: 'Misheard at the arrest; checked against her national ID card', description: 'Why the record was wrong' })
  @IsString() @Length(3, 1000) reason: string;
}
