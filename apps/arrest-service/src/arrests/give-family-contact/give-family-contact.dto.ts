import { IsInstant } from '@safeguard/platform';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsIn, IsOptional, IsString, IsUUID, Length } from 'class-validator';
import type { ContactMethod, FamilyContactGivenData } from '@safeguard/contracts';

const METHODS: ContactMethod[] = ['phone', 'in-person', 'message', 'other'];
type ContactedRelation = Exclude<FamilyContactGivenData['contactedRelation'], 'nobody'>;
const RELATIONS: ContactedRelation[] = ['child', 'father', 'mother', 'grandparent', 'other-relative', 'neighbour', 'ngo', 'older-sibling'];

export class GiveFamilyContactDto {
  @ApiProperty({ example: '2026-03-01T22:15:00Z', description: 'When she reached them' }) @IsInstant() contactedAt: string;
  @ApiProperty({ enum: METHODS }) @IsIn(METHODS) method: ContactMethod;
  @ApiPropertyOptional({ example: 'Sok Mealea' }) @IsOptional() @IsString() @Length(1, 200) contactedName?: string;
  @ApiProperty({ enum: RELATIONS, description: 'Who she reached: a child of hers, or someone looking after them' })
  @IsIn(RELATIONS)
  contactedRelation: ContactedRelation;
  @ApiProperty({ type: [String], format: 'uuid', description: 'The recorded children the contact was about; empty when not known' })
  @IsArray()
  @ArrayMaxSize(30)
  @ArrayUnique()
  @IsUUID(undefined, { each: true })
  childIds: string[];
}
