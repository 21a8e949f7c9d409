-- 居家养老 service side: the providers the district buys home care from, the service plan of each approved
-- application, and its six-monthly reviews. Applications and the service list are V17's.

-- A provider (居家养老服务机构); switched off, never deleted, since plans refer to it.
create table care_provider (
    id              bigint        not null auto_increment primary key,
    name            varchar(100)  not null,
    contact_person  varchar(64)   not null,
    contact_phone   varchar(20)   not null,
    note            varchar(500)  null,
    active          boolean       not null default true,
    version         int           not null default 0,
    created_at      datetime(3)   not null,
    updated_at      datetime(3)   not null,
    constraint uk_care_provider_name unique (name)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The services a provider offers (care_service_option rows).
create table care_provider_service (
    provider_id  bigint  not null,
    option_id    bigint  not null,
    primary key (provider_id, option_id),
    constraint fk_care_provider_service_provider foreign key (provider_id) references care_provider (id),
    constraint fk_care_provider_service_option foreign key (option_id) references care_service_option (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Where it works: a town's code (9 digits: every village of the town) or a village's (12 digits). A village is served
-- when one of these codes is a prefix of its code.
create table care_provider_area (
    provider_id  bigint       not null,
    place_code   varchar(12)  not null,
    primary key (provider_id, place_code),
    constraint fk_care_provider_area_provider foreign key (provider_id) references care_provider (id),
    constraint ck_care_provider_area_code check (char_length(place_code) in (9, 12))
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The service plan (服务计划) of an application; at most one per application. village_code is the application's,
-- kept here so running plans are listed per village and town without reading the applications.
create table care_plan (
    id                  bigint         not null auto_increment primary key,
    application_id      bigint         not null,
    village_code        varchar(12)    not null,
    provider_id         bigint         not null,
    hours_per_month     int            not null,
    monthly_subsidy     decimal(10, 2) not null,
    start_month         date           not null,
    next_review_on      date           null,
    status              varchar(16)    not null,
    end_reason          varchar(32)    null,
    end_note            varchar(500)   null,
    ended_on            date           null,
    reminded_for        date           null,
    reminder_matter_id  bigint         null,
    created_by          varchar(64)    not null,
    version             int            not null default 0,
    created_at          datetime(3)    not null,
    updated_at          datetime(3)    not null,
    constraint uk_care_plan_application unique (application_id),
    constraint fk_care_plan_application foreign key (application_id) references care_application (id),
    constraint fk_care_plan_provider foreign key (provider_id) references care_provider (id),
    constraint fk_care_plan_reminder foreign key (reminder_matter_id) references matter (id),
    constraint ck_care_plan_status check (status in ('ACTIVE', 'ENDED')),
    constraint ck_care_plan_ended check (status = 'ACTIVE' or (end_reason is not null and ended_on is not null)),
    constraint ck_care_plan_figures check (hours_per_month > 0 and monthly_subsidy >= 0),
    constraint ck_care_plan_start check (dayofmonth(start_month) = 1),
    index ix_care_plan_village (village_code, status),
    index ix_care_plan_review (status, next_review_on),
    index ix_care_plan_provider (provider_id, status)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table care_plan_service (
    plan_id    bigint  not null,
    option_id  bigint  not null,
    primary key (plan_id, option_id),
    constraint fk_care_plan_service_plan foreign key (plan_id) references care_plan (id),
    constraint fk_care_plan_service_option foreign key (option_id) references care_service_option (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- A six-monthly review (复评), as recorded; never changed.
create table care_review (
    id              bigint        not null auto_increment primary key,
    plan_id         bigint        not null,
    reviewed_on     date          not null,
    outcome         varchar(16)   not null,
    note            varchar(500)  null,
    change_summary  varchar(500)  null,
    next_review_on  date          null,
    reviewed_by     varchar(64)   not null,
    version         int           not null default 0,
    created_at      datetime(3)   not null,
    updated_at      datetime(3)   not null,
    constraint fk_care_review_plan foreign key (plan_id) references care_plan (id),
    constraint ck_care_review_outcome check (outcome in ('CONTINUE', 'CHANGE', 'END')),
    index ix_care_review_plan (plan_id, reviewed_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
