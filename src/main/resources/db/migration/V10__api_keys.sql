-- Open311 API keys. Only the key's SHA-256 is stored (the key is shown once, when issued); the prefix lets
-- administrators tell keys apart. A revoked key stays for the record and the audit log.
create table api_key (
    id            bigint       not null auto_increment primary key,
    version       int          not null default 0,
    created_at    datetime(3)  not null,
    updated_at    datetime(3)  not null,
    name          varchar(48)  not null,
    key_prefix    char(8)      not null,
    key_hash      char(64)     not null,
    created_by    varchar(64)  not null,
    revoked_at    datetime(3)  null,
    last_used_at  datetime(3)  null,
    constraint uk_api_key_hash unique (key_hash)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- GET requests lists service requests newest first within a period (at most 90 days, 1,000 rows): read in index
-- order rather than sorting every matter of the period.
create index ix_matter_type_submitted on matter (type, submitted_at, id);
