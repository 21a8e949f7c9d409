-- The notification outbox: messages written in the transaction of the action they report, sent later by a job.
-- params holds only what the text shows (one name=value line each); reference (e.g. a tracking number) is what logs
-- may show. Staff are addressed by user id, villagers by their 11-digit mobile number.
create table notification (
    id                 bigint        not null auto_increment primary key,
    created_at         datetime(3)   not null,
    recipient_kind     varchar(16)   not null,
    recipient_phone    varchar(11)   null,
    recipient_user_id  bigint        null,
    template           varchar(64)   not null,
    params             varchar(2000) not null,
    reference          varchar(64)   null,
    status             varchar(16)   not null,
    attempts           int           not null default 0,
    next_attempt_at    datetime(3)   not null,
    sent_at            datetime(3)   null,
    last_error         varchar(200)  null,
    version            int           not null default 0,
    constraint ck_notification_kind check (recipient_kind in ('VILLAGER', 'STAFF')),
    constraint ck_notification_status check (status in ('PENDING', 'SENT', 'FAILED')),
    constraint ck_notification_recipient check (
        (recipient_kind = 'VILLAGER' and recipient_phone is not null)
        or (recipient_kind = 'STAFF' and recipient_user_id is not null)),
    -- the dispatcher: pending rows by due time, locked with FOR UPDATE SKIP LOCKED
    index ix_notification_due (status, next_attempt_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
