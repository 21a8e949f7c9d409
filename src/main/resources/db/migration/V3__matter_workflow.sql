-- The matter workflow: matters with their append-only history, and the dispatch catalogue.
create table matter (
    id                        bigint        not null auto_increment primary key,
    tracking_number           varchar(32)   not null,
    type                      varchar(32)   not null,
    service_code              varchar(32)   null,
    subject                   varchar(200)  not null,
    applicant_name            varchar(64)   null,
    applicant_id_number       varchar(18)   null,
    applicant_phone           varchar(11)   null,
    village_code              varchar(12)   not null,
    channel                   varchar(16)   not null,
    office_id                 bigint        not null,
    assignee_id               bigint        null,
    assignee_name             varchar(64)   null,
    status                    varchar(32)   not null,
    promised_days             int           not null,
    submitted_at              datetime(3)   not null,
    due_date                  date          null,
    paused_since              date          null,
    resolved_at               datetime(3)   null,
    reply                     varchar(2000) null,
    overdue                   boolean       not null default false,
    reminded_for              date          null,
    merged_into_id            bigint        null,
    origin_id                 bigint        null,
    extension_days_requested  int           null,
    rating_level              varchar(32)   null,
    rating_comment            varchar(500)  null,
    rated_at                  datetime(3)   null,
    version                   int           not null default 0,
    created_at                datetime(3)   not null,
    updated_at                datetime(3)   not null,
    constraint uk_matter_tracking_number unique (tracking_number),
    constraint fk_matter_office foreign key (office_id) references office (id),
    constraint fk_matter_merged_into foreign key (merged_into_id) references matter (id),
    constraint fk_matter_origin foreign key (origin_id) references matter (id),
    -- the office queue: newest first within an office, optionally by status
    index ix_matter_office_queue (office_id, submitted_at, id),
    index ix_matter_office_status (office_id, status, submitted_at, id),
    index ix_matter_office_overdue (office_id, overdue, due_date),
    index ix_matter_assignee (assignee_id, status, submitted_at),
    index ix_matter_village (village_code, submitted_at),
    -- the reminder and escalation job walks open matters by due date
    index ix_matter_status_due (status, due_date),
    -- possible duplicates: same applicant and type
    index ix_matter_applicant (applicant_id_number, type, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table matter_event (
    id           bigint        not null auto_increment primary key,
    matter_id    bigint        not null,
    occurred_at  datetime(3)   not null,
    actor_id     bigint        null,
    actor_name   varchar(64)   not null,
    action       varchar(32)   not null,
    from_status  varchar(32)   null,
    to_status    varchar(32)   not null,
    office_id    bigint        null,
    comment      varchar(2000) null,
    constraint fk_matter_event_matter foreign key (matter_id) references matter (id),
    index ix_matter_event_matter (matter_id, occurred_at, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create trigger matter_event_no_update before update on matter_event
    for each row signal sqlstate '45000' set message_text = 'matter_event is append-only';

create trigger matter_event_no_delete before delete on matter_event
    for each row signal sqlstate '45000' set message_text = 'matter_event is append-only';

create table dispatch_rule (
    id            bigint       not null auto_increment primary key,
    matter_type   varchar(32)  null,
    service_code  varchar(32)  null,
    place_code    varchar(12)  null,
    office_id     bigint       not null,
    active        boolean      not null default true,
    version       int          not null default 0,
    created_at    datetime(3)  not null,
    updated_at    datetime(3)  not null,
    constraint fk_dispatch_rule_office foreign key (office_id) references office (id),
    index ix_dispatch_rule_active (active)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
