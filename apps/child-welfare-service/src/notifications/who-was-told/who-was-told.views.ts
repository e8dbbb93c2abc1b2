import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SubscriberView {
  @ApiProperty({ example: 'police' }) agency: string;
  @ApiProperty({ example: 'police-officer' }) role: string;
  @ApiProperty({ example: 'PP-ANTI-DRUG' }) unitId: string;
}

export class WebhookNoticeView {
  @ApiProperty({ format: 'uuid' }) deliveryId: string;
  @ApiProperty({ example: 'alert-raised', description: 'Which change of the alert was sent' }) change: string;
  @ApiProperty({ type: SubscriberView, description: 'Whose subscription it was' }) subscriber: SubscriberView;
  @ApiProperty({ example: 'hooks.ngo.example.org', description: 'The receiver’s host (not its path)' }) receiverHost: string;
  @ApiProperty({ enum: ['pending', 'delivered', 'parked', 'cancelled'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiPropertyOptional({ nullable: true, description: 'The receiver’s last answer; null when none came' }) lastStatusCode: number | null;
  @ApiProperty({ description: 'ISO 8601' }) writtenAt: string;
  @ApiPropertyOptional({ nullable: true, description: 'ISO 8601' }) deliveredAt: string | null;
}

export class EmailNoticeView {
  @ApiProperty({ example: 'pp-anti-drug@example.org' }) recipient: string;
  @ApiProperty({ enum: ['pending', 'sent', 'parked'] }) status: string;
  @ApiProperty() attempts: number;
  @ApiProperty({ description: 'ISO 8601' }) writtenAt: string;
  @ApiPropertyOptional({ nullable: true, description: 'ISO 8601' }) sentAt: string | null;
  @ApiPropertyOptional({ nullable: true, description: 'The SMTP server’s last refusal' }) lastError: string | null;
}

export class NotificationsView {
  @ApiProperty({ format: 'uuid' }) alertId: string;
  @ApiProperty({ type: [WebhookNoticeView] }) webhooks: WebhookNoticeView[];
  @ApiProperty({ type: [EmailNoticeView], description: 'The emails sent at once about it (digests are per day, not per alert)' })
  emails: EmailNoticeView[];
}
