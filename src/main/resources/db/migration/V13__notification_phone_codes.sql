-- Phone confirmation by code (PhoneVerification): a 6-digit code sent through the outbox to a mobile number, for one
-- purpose (e.g. named feedback on the rights list). Only a salted SHA-256 of the code is kept; wrong tries are counted
-- on the row; rows older than a day are deleted as new codes are sent, so numbers do not pile up here.
create table phone_code (
    id           bigint       not null auto_increment primary key,
    purpose      varchar(32)  not null,
    phone        varchar(11)  not null,
    code_hash    char(64)     not null,
    salt         char(32)     not null,
    created_at   datetime(3)  not null,
    expires_at   datetime(3)  not null,
    attempts     int          not null default 0,
    verified_at  datetime(3)  null,
    consumed_at  datetime(3)  null,
    version      int          not null default 0,
    -- the newest code of a number for a purpose; how many codes a number got lately
    index ix_phone_code_phone (phone, purpose, created_at),
    index ix_phone_code_created (created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
