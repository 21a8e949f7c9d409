-- 四议两公开: a village's decision matters (议事事项), the meetings of the four discussions, the two disclosures
-- (决议公开, 实施结果公开), their attachments, and the settings an administrator and the towns may change.
-- Shared with the public notice board (see docs/architecture.md section 23): only PUBLISHED disclosures are public.

-- Categories are data: an administrator adds, renames and switches them off; they are never deleted because matters
-- keep pointing at them.
create table decision_category (
    id          bigint       not null auto_increment primary key,
    code        varchar(40)  not null,
    name_zh     varchar(50)  not null,
    name_en     varchar(80)  not null,
    active      boolean      not null default true,
    sort_order  int          not null,
    version     int          not null default 0,
    created_at  datetime(3)  not null,
    updated_at  datetime(3)  not null,
    constraint uk_decision_category_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into decision_category (code, name_zh, name_en, active, sort_order, version, created_at, updated_at) values
    ('VILLAGE_RULES', '村规民约', 'Village rules', true, 1, 0, now(3), now(3)),
    ('DEVELOPMENT_PLAN', '发展规划', 'Development plan', true, 2, 0, now(3), now(3)),
    ('LAND_CONTRACTING', '土地承包/流转', 'Land contracting and transfer', true, 3, 0, now(3), now(3)),
    ('COLLECTIVE_ASSETS', '集体资产处置', 'Disposal of collective assets', true, 4, 0, now(3), now(3)),
    ('COLLECTIVE_PROJECT', '集体经济项目', 'Collective economy project', true, 5, 0, now(3), now(3)),
    ('PUBLIC_WORKS_FUNDING', '公益事业筹资筹劳', 'Fund-raising and labour for public works', true, 6, 0, now(3), now(3)),
    ('OTHER', '其他', 'Other', true, 7, 0, now(3), now(3));

-- A decision matter of one village. status: IN_DISCUSSION -> RESOLVED -> RESOLUTION_DISCLOSED -> COMPLETED, or
-- IN_DISCUSSION -> DROPPED (with the reason). result_due_on is set when the resolution is published; the daily job
-- reminds the clerk once (result_reminded_on) when it has passed without a published result.
create table decision_matter (
    id                  bigint         not null auto_increment primary key,
    village_code        varchar(12)    not null,
    title               varchar(100)   not null,
    category_id         bigint         not null,
    motion_source       varchar(30)    not null,
    description         text           null,
    estimated_funds     decimal(14, 2) null,
    status              varchar(30)    not null,
    dropped_reason      varchar(200)   null,
    dropped_at          datetime(3)    null,
    result_due_on       date           null,
    result_reminded_on  date           null,
    created_by          bigint         not null,
    version             int            not null default 0,
    created_at          datetime(3)    not null,
    updated_at          datetime(3)    not null,
    constraint fk_decision_matter_village foreign key (village_code) references place (code),
    constraint fk_decision_matter_category foreign key (category_id) references decision_category (id),
    constraint fk_decision_matter_created_by foreign key (created_by) references user_account (id),
    constraint ck_decision_matter_status
        check (status in ('IN_DISCUSSION', 'DROPPED', 'RESOLVED', 'RESOLUTION_DISCLOSED', 'COMPLETED')),
    constraint ck_decision_matter_source
        check (motion_source in ('PARTY_OR_VILLAGER_SUGGESTION', 'VILLAGE_CADRES', 'HIGHER_LEVEL')),
    constraint ck_decision_matter_funds check (estimated_funds is null or estimated_funds >= 0),
    index ix_decision_matter_village (village_code, updated_at),
    index ix_decision_matter_result_due (status, result_due_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One meeting of the four discussions, append-only, in the order held (seq). A failed quorum (NO_QUORUM) or vote
-- (REJECTED) stays in the record; the step is held again with a new row. households_* only for a villagers' assembly.
create table decision_meeting (
    id                   bigint        not null auto_increment primary key,
    matter_id            bigint        not null,
    seq                  int           not null,
    step                 varchar(30)   not null,
    form                 varchar(40)   not null,
    held_on              date          not null,
    expected             int           not null,
    present              int           not null,
    households_expected  int           null,
    households_present   int           null,
    votes_for            int           null,
    votes_against        int           null,
    votes_abstaining     int           null,
    outcome              varchar(16)   not null,
    minutes              text          null,
    town_officials       varchar(200)  null,
    recorded_by          bigint        not null,
    version              int           not null default 0,
    created_at           datetime(3)   not null,
    updated_at           datetime(3)   not null,
    constraint uk_decision_meeting_seq unique (matter_id, seq),
    constraint fk_decision_meeting_matter foreign key (matter_id) references decision_matter (id),
    constraint ck_decision_meeting_outcome check (outcome in ('PASSED', 'NO_QUORUM', 'REJECTED')),
    constraint ck_decision_meeting_counts check (present >= 0 and present <= expected)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The two disclosures, at most one of each kind per matter. Only PUBLISHED rows are public; AWAITING_REVIEW and
-- RETURNED exist only where the town reviews resolutions (decision_town_setting). funds_used, progress and
-- completed_on belong to the RESULT kind.
create table decision_disclosure (
    id            bigint         not null auto_increment primary key,
    matter_id     bigint         not null,
    kind          varchar(16)    not null,
    body          text           not null,
    starts_on     date           not null,
    ends_on       date           not null,
    state         varchar(20)    not null,
    review_note   varchar(500)   null,
    reviewed_by   bigint         null,
    submitted_at  datetime(3)    not null,
    published_at  datetime(3)    null,
    funds_used    decimal(14, 2) null,
    progress      varchar(200)   null,
    completed_on  date           null,
    created_by    bigint         not null,
    version       int            not null default 0,
    created_at    datetime(3)    not null,
    updated_at    datetime(3)    not null,
    constraint uk_decision_disclosure_kind unique (matter_id, kind),
    constraint fk_decision_disclosure_matter foreign key (matter_id) references decision_matter (id),
    constraint ck_decision_disclosure_kind check (kind in ('RESOLUTION', 'RESULT')),
    constraint ck_decision_disclosure_state check (state in ('AWAITING_REVIEW', 'RETURNED', 'PUBLISHED')),
    constraint ck_decision_disclosure_period check (ends_on >= starts_on),
    constraint ck_decision_disclosure_published check (state <> 'PUBLISHED' or published_at is not null),
    index ix_decision_disclosure_state (state, starts_on, ends_on)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Files of a matter, of one of its meetings (the signed attendance sheet) or of a disclosure. Only result-disclosure
-- photos are public_visible; signed sheets and minutes never are.
create table decision_attachment (
    id              bigint        not null auto_increment primary key,
    matter_id       bigint        not null,
    meeting_id      bigint        null,
    disclosure_id   bigint        null,
    file_name       varchar(200)  not null,
    content_type    varchar(100)  not null,
    size_bytes      bigint        not null,
    content         longblob      not null,
    public_visible  boolean       not null default false,
    uploaded_by     bigint        not null,
    version         int           not null default 0,
    created_at      datetime(3)   not null,
    updated_at      datetime(3)   not null,
    constraint fk_decision_attachment_matter foreign key (matter_id) references decision_matter (id),
    constraint fk_decision_attachment_meeting foreign key (meeting_id) references decision_meeting (id),
    constraint fk_decision_attachment_disclosure foreign key (disclosure_id) references decision_disclosure (id),
    index ix_decision_attachment_matter (matter_id, id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Whether a town reviews (乡镇审核) its villages' resolution disclosures before they are published. No row: no review.
create table decision_town_setting (
    town_code        varchar(12)  not null primary key,
    review_required  boolean      not null default false,
    version          int          not null default 0,
    created_at       datetime(3)  not null,
    updated_at       datetime(3)  not null,
    constraint fk_decision_town_setting_town foreign key (town_code) references place (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One row (id 1): the quorum and majority thresholds as whole-number fractions (defaulting to the law's, see
-- VotingRules.LAW), the days a disclosure stays up by default, and the days after the resolution disclosure ends by
-- which the result should be disclosed.
create table decision_settings (
    id                                 bigint       not null primary key,
    party_members_quorum_num           int          not null,
    party_members_quorum_den           int          not null,
    party_members_majority_num         int          not null,
    party_members_majority_den         int          not null,
    assembly_villagers_quorum_num      int          not null,
    assembly_villagers_quorum_den      int          not null,
    assembly_households_quorum_num     int          not null,
    assembly_households_quorum_den     int          not null,
    representatives_quorum_num         int          not null,
    representatives_quorum_den         int          not null,
    villagers_majority_num             int          not null,
    villagers_majority_den             int          not null,
    disclosure_days                    int          not null default 7,
    result_due_days                    int          not null default 90,
    version                            int          not null default 0,
    created_at                         datetime(3)  not null,
    updated_at                         datetime(3)  not null,
    constraint ck_decision_settings_days check (disclosure_days >= 1 and result_due_days >= 1)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into decision_settings values (1, 2, 3, 1, 2, 1, 2, 2, 3, 2, 3, 1, 2, 7, 90, 0, now(3), now(3));
