-- One-stop service requests: the service catalogue (事项清单) with its extra fields, the requests filed against it,
-- their files, and the filing keys that make a double submission file one matter.
create table service_item (
    id              bigint        not null auto_increment primary key,
    code            varchar(32)   not null,
    name_zh         varchar(100)  not null,
    name_en         varchar(150)  not null,
    category        varchar(32)   not null,
    description     varchar(2000) not null,
    materials       varchar(2000) null,
    promised_days   int           not null,
    helper_may_file boolean       not null default true,
    active          boolean       not null default true,
    version         int           not null default 0,
    created_at      datetime(3)   not null,
    updated_at      datetime(3)   not null,
    constraint uk_service_item_code unique (code),
    index ix_service_item_category (active, category, code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table service_field (
    id           bigint       not null auto_increment primary key,
    item_id      bigint       not null,
    field_key    varchar(32)  not null,
    type         varchar(16)  not null,
    required     boolean      not null default false,
    position     int          not null,
    label_zh     varchar(100) not null,
    label_en     varchar(150) not null,
    help_zh      varchar(300) null,
    help_en      varchar(300) null,
    constraint fk_service_field_item foreign key (item_id) references service_item (id),
    constraint uk_service_field_key unique (item_id, field_key)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table service_field_choice (
    field_id    bigint       not null,
    position    int          not null,
    choice_key  varchar(32)  not null,
    name_zh     varchar(100) not null,
    name_en     varchar(150) not null,
    primary key (field_id, position),
    constraint fk_service_field_choice_field foreign key (field_id) references service_field (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One row per matter filed against the catalogue; the matter holds the workflow, this the request's own data.
create table service_request (
    id                  bigint        not null auto_increment primary key,
    matter_id           bigint        not null,
    service_code        varchar(32)   not null,
    helper_id           bigint        null,
    helper_name         varchar(64)   null,
    consent_by          varchar(64)   null,
    consent_method      varchar(32)   null,
    consent_at          datetime(3)   null,
    delivered_at        datetime(3)   null,
    delivery_note       varchar(500)  null,
    archived_at         datetime(3)   null,
    reported_at         datetime(3)   null,
    followed_up_at      datetime(3)   null,
    follow_up_outcome   varchar(32)   null,
    follow_up_note      varchar(500)  null,
    version             int           not null default 0,
    created_at          datetime(3)   not null,
    updated_at          datetime(3)   not null,
    constraint uk_service_request_matter unique (matter_id),
    constraint fk_service_request_matter foreign key (matter_id) references matter (id),
    index ix_service_request_helper (helper_id, created_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table service_request_answer (
    request_id  bigint        not null,
    position    int           not null,
    field_key   varchar(32)   not null,
    label       varchar(150)  not null,
    answer      varchar(1000) not null,
    primary key (request_id, position),
    constraint fk_service_request_answer_request foreign key (request_id) references service_request (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Files are kept in the database: every node of a cluster sees them, and nothing is ever under the web root.
create table service_request_file (
    id            bigint        not null auto_increment primary key,
    request_id    bigint        not null,
    file_name     varchar(120)  not null,
    kind          varchar(8)    not null,
    size_bytes    int           not null,
    sha256        char(64)      not null,
    content       longblob      not null,
    created_at    datetime(3)   not null,
    constraint fk_service_request_file_request foreign key (request_id) references service_request (id),
    index ix_service_request_file_request (request_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A filing key is claimed before a matter is filed; a second submission with the same key waits for the first and
-- is answered with the matter it filed.
create table filing_key (
    filing_key  varchar(64)  not null primary key,
    matter_id   bigint       null,
    created_at  datetime(3)  not null,
    constraint fk_filing_key_matter foreign key (matter_id) references matter (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
