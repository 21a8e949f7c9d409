-- 居家养老 applications: the admin-editable list of services, the eligibility rules and settings, the applications
-- with their living situations, services wanted and stage trail, and objections raised during the village posting.
-- Providers, plans and reviews are V18's.

-- The services an elder may ask for (and providers offer, plans give); switched off, never deleted.
create table care_service_option (
    id          bigint       not null auto_increment primary key,
    code        varchar(32)  not null,
    name_zh     varchar(50)  not null,
    name_en     varchar(80)  not null,
    active      boolean      not null default true,
    sort_order  int          not null,
    version     int          not null default 0,
    created_at  datetime(3)  not null,
    updated_at  datetime(3)  not null,
    constraint uk_care_service_option_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into care_service_option (code, name_zh, name_en, active, sort_order, version, created_at, updated_at) values
    ('MEAL', '助餐', 'Meal help', true, 1, 0, now(3), now(3)),
    ('CLEANING', '助洁', 'Cleaning', true, 2, 0, now(3), now(3)),
    ('BATHING', '助浴', 'Bathing', true, 3, 0, now(3), now(3)),
    ('MEDICAL_ESCORT', '助医陪诊', 'Medical escort', true, 4, 0, now(3), now(3)),
    ('EMERGENCY_CALL', '紧急呼叫', 'Emergency call', true, 5, 0, now(3), now(3)),
    ('COMPANIONSHIP', '精神慰藉', 'Companionship', true, 6, 0, now(3), now(3)),
    ('REHABILITATION', '康复护理', 'Rehabilitation care', true, 7, 0, now(3), now(3));

-- Eligibility rules (EligibilityRule): a need (minimum age, or any of the need groups) and, when hardships is not
-- empty, any of the hardship groups. needs/hardships are comma-separated LivingSituation names. Advice to staff only.
create table care_eligibility_rule (
    id           bigint        not null auto_increment primary key,
    code         varchar(40)   not null,
    minimum_age  int           null,
    needs        varchar(300)  not null default '',
    hardships    varchar(300)  not null default '',
    active       boolean       not null default true,
    sort_order   int           not null,
    version      int           not null default 0,
    created_at   datetime(3)   not null,
    updated_at   datetime(3)   not null,
    constraint uk_care_eligibility_rule_code unique (code),
    constraint ck_care_eligibility_rule_age check (minimum_age is null or minimum_age between 60 and 120)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into care_eligibility_rule (code, minimum_age, needs, hardships, active, sort_order, version, created_at, updated_at)
values ('AGE80-OR-DISABLED-AND-POOR', 80, 'DISABLED_IN_DAILY_LIVING,SEVERELY_DISABLED',
        'EXTREME_POVERTY,MINIMUM_LIVING_ALLOWANCE,LOW_INCOME', true, 1, 0, now(3), now(3)),
       ('FAMILY-PLANNING-SPECIAL', null, 'FAMILY_PLANNING_SPECIAL_FAMILY', '', true, 2, 0, now(3), now(3));

-- Settings an administrator changes: the minimum age to apply, the posting's length in calendar days and each stage's
-- deadline in working days.
create table care_setting (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    int_value   int          not null,
    version     int          not null default 0,
    created_at  datetime(3)  not null,
    updated_at  datetime(3)  not null,
    constraint uk_care_setting_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into care_setting (code, int_value, version, created_at, updated_at) values
    ('MINIMUM_AGE', 60, 0, now(3), now(3)),
    ('POSTING_DAYS', 7, 0, now(3), now(3)),
    ('DAYS_VILLAGE_CHECK', 10, 0, now(3), now(3)),
    ('DAYS_TOWN_VERIFICATION', 7, 0, now(3), now(3)),
    ('DAYS_ABILITY_ASSESSMENT', 15, 0, now(3), now(3)),
    ('DAYS_DISTRICT_APPROVAL', 10, 0, now(3), now(3)),
    ('DAYS_SERVICE_PLAN', 10, 0, now(3), now(3));

-- One application. tracking_number and matter_id come from the ELDERCARE_APPLICATION matter filed for it. health_notes
-- is kept only with health_consent_at set (explicit, separately recorded consent). stage follows the Stage enum and
-- changes only through the aggregate's StageTrail; stage_due_on is the current stage's deadline.
create table care_application (
    id                   bigint         not null auto_increment primary key,
    tracking_number      varchar(32)    not null,
    matter_id            bigint         not null,
    village_code         varchar(12)    not null,
    town_code            varchar(12)    not null,
    elder_name           varchar(64)    not null,
    elder_id_number      varchar(18)    not null,
    elder_phone          varchar(11)    null,
    address              varchar(200)   not null,
    health_notes         text           null,
    health_consent_at    datetime(3)    null,
    health_consent_by    varchar(64)    null,
    guardian_name        varchar(64)    null,
    guardian_phone       varchar(11)    null,
    guardian_relation    varchar(32)    null,
    applicant_name       varchar(64)    not null,
    applicant_relation   varchar(32)    not null,
    channel              varchar(16)    not null,
    helper_id            bigint         null,
    helper_name          varchar(64)    null,
    eligible             boolean        not null,
    eligibility_note     varchar(500)   null,
    stage                varchar(30)    not null,
    stage_due_on         date           null,
    -- village home check (入户核查)
    visited_on           date           null,
    visited_by           varchar(100)   null,
    visit_findings       varchar(1000)  null,
    posting_starts_on    date           null,
    posting_ends_on      date           null,
    -- town verification (镇街审核)
    verified_on          date           null,
    verified_by          varchar(64)    null,
    verification_note    varchar(500)   null,
    -- ability assessment (能力评估, GB/T 42195-2022)
    assessor_name        varchar(64)    null,
    assessed_on          date           null,
    assessment_score     int            null,
    grade                varchar(30)    null,
    assessment_note      varchar(1000)  null,
    -- district decision (区民政局)
    decided_by           varchar(64)    null,
    decision_note        varchar(500)   null,
    approved_on          date           null,
    refused_reason       varchar(500)   null,
    refused_on           date           null,
    version              int            not null default 0,
    created_at           datetime(3)    not null,
    updated_at           datetime(3)    not null,
    constraint uk_care_application_tracking unique (tracking_number),
    constraint uk_care_application_matter unique (matter_id),
    constraint fk_care_application_matter foreign key (matter_id) references matter (id),
    constraint ck_care_application_consent check (health_notes is null or health_consent_at is not null),
    constraint ck_care_application_stage check (stage in ('VILLAGE_CHECK', 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT',
        'DISTRICT_APPROVAL', 'SERVICE_PLAN', 'IN_SERVICE', 'REFUSED')),
    index ix_care_application_village (village_code, stage),
    index ix_care_application_town (town_code, stage),
    index ix_care_application_stage_due (stage, stage_due_on),
    index ix_care_application_posting (village_code, posting_ends_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table care_application_situation (
    application_id  bigint       not null,
    situation       varchar(40)  not null,
    primary key (application_id, situation),
    constraint fk_care_application_situation_app foreign key (application_id) references care_application (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table care_application_service (
    application_id  bigint  not null,
    option_id       bigint  not null,
    primary key (application_id, option_id),
    constraint fk_care_application_service_app foreign key (application_id) references care_application (id),
    constraint fk_care_application_service_option foreign key (option_id) references care_service_option (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The stage trail (StageTrail.Move), append-only: every completion, sending back and refusal.
create table care_application_move (
    application_id  bigint        not null,
    position        int           not null,
    from_stage      varchar(30)   not null,
    to_stage        varchar(30)   not null,
    reason          varchar(500)  null,
    actor           varchar(64)   not null,
    moved_at        datetime(3)   not null,
    primary key (application_id, position),
    constraint fk_care_application_move_app foreign key (application_id) references care_application (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- An objection to a posted application (公示异议): filed as an ELDERCARE_OBJECTION matter routed to the town; the
-- objector's name and phone stay on the matter, the text here for the staff handling the application.
create table care_objection (
    id              bigint         not null auto_increment primary key,
    application_id  bigint         not null,
    matter_id       bigint         not null,
    body            varchar(500)   not null,
    version         int            not null default 0,
    created_at      datetime(3)    not null,
    updated_at      datetime(3)    not null,
    constraint uk_care_objection_matter unique (matter_id),
    constraint fk_care_objection_app foreign key (application_id) references care_application (id),
    constraint fk_care_objection_matter foreign key (matter_id) references matter (id),
    index ix_care_objection_app (application_id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
