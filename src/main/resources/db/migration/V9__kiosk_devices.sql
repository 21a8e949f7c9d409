-- Kiosk devices: the touch terminals in village service rooms. An administrator creates a kiosk for a village and
-- gets a one-time enrolment code; typed at the machine, the code is exchanged for a random device token kept in a
-- long-lived cookie. Only SHA-256 hashes (lower-case hex) of the code and of the token are stored, never either one.
create table kiosk_device (
    id                    bigint        not null auto_increment primary key,
    name                  varchar(100)  not null,
    village_code          varchar(12)   not null,
    token_hash            char(64)      null,
    enrolment_code_hash   char(64)      null,
    enrolment_expires_at  datetime(3)   null,
    enrolled_at           datetime(3)   null,
    last_seen_at          datetime(3)   null,
    revoked_at            datetime(3)   null,
    created_by            bigint        null,
    version               int           not null default 0,
    created_at            datetime(3)   not null,
    updated_at            datetime(3)   not null,
    -- every kiosk request looks its device up by the token's hash
    constraint uk_kiosk_device_token_hash unique (token_hash),
    constraint uk_kiosk_device_enrolment_code_hash unique (enrolment_code_hash),
    constraint fk_kiosk_device_village foreign key (village_code) references place (code),
    constraint fk_kiosk_device_created_by foreign key (created_by) references user_account (id),
    constraint ck_kiosk_device_code_expiry check (enrolment_code_hash is null or enrolment_expires_at is not null),
    index ix_kiosk_device_village (village_code, name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
