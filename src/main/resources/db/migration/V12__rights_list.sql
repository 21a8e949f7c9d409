-- The farmers' participation rights-and-responsibilities list (农民参与乡村建设权责清单): versions of the list with
-- their items, the stages items are grouped by, villagers' feedback on items, and the feedback a new version adopted.

-- Stages (规划, 建设, 管护, 监督, 其他) are data: the owning office may rename, reorder, add or switch them off.
create table rights_stage (
    id          bigint       not null auto_increment primary key,
    code        varchar(32)  not null,
    name_zh     varchar(50)  not null,
    name_en     varchar(80)  not null,
    position    int          not null,
    active      boolean      not null default true,
    version     int          not null default 0,
    created_at  datetime(3)  not null,
    updated_at  datetime(3)  not null,
    constraint uk_rights_stage_code unique (code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

insert into rights_stage (code, name_zh, name_en, position, active, version, created_at, updated_at) values
    ('PLANNING', '规划', 'Planning', 1, true, 0, now(3), now(3)),
    ('BUILDING', '建设', 'Building', 2, true, 0, now(3), now(3)),
    ('UPKEEP', '管护', 'Upkeep', 3, true, 0, now(3), now(3)),
    ('SUPERVISION', '监督', 'Supervision', 4, true, 0, now(3), now(3)),
    ('OTHER', '其他', 'Other', 5, true, 0, now(3), now(3));

-- A version of the list: DRAFT -> PUBLISHED -> SUPERSEDED. live_status makes "at most one draft and at most one
-- published version" a rule of the database too, whatever two people do at the same moment.
create table rights_list_version (
    id             bigint        not null auto_increment primary key,
    number         int           not null,
    title          varchar(100)  not null,
    change_note    varchar(1000) null,
    status         varchar(16)   not null,
    live_status    varchar(16)   generated always as (case when status in ('DRAFT', 'PUBLISHED') then status end) stored,
    based_on_id    bigint        null,
    created_by     varchar(64)   null,
    published_at   datetime(3)   null,
    published_by   varchar(64)   null,
    superseded_at  datetime(3)   null,
    version        int           not null default 0,
    created_at     datetime(3)   not null,
    updated_at     datetime(3)   not null,
    constraint uk_rights_list_version_number unique (number),
    constraint uk_rights_list_version_live unique (live_status),
    constraint fk_rights_list_version_based_on foreign key (based_on_id) references rights_list_version (id),
    constraint ck_rights_list_version_status check (status in ('DRAFT', 'PUBLISHED', 'SUPERSEDED')),
    constraint ck_rights_list_version_published check (status = 'DRAFT' or published_at is not null)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- An item of one version. item_key stays the same when a new version copies the item, so versions can be compared
-- item by item and feedback followed across versions.
create table rights_list_item (
    id          bigint        not null auto_increment primary key,
    version_id  bigint        not null,
    item_key    varchar(16)   not null,
    position    int           not null,
    kind        varchar(16)   not null,
    stage_id    bigint        not null,
    title       varchar(100)  not null,
    body        varchar(1000) not null,
    basis       varchar(500)  null,
    constraint uk_rights_list_item_key unique (version_id, item_key),
    constraint fk_rights_list_item_version foreign key (version_id) references rights_list_version (id),
    constraint fk_rights_list_item_stage foreign key (stage_id) references rights_stage (id),
    constraint ck_rights_list_item_kind check (kind in ('RIGHT', 'RESPONSIBILITY')),
    index ix_rights_list_item_order (version_id, position)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Feedback on one item of a published version. Anonymous feedback keeps no personal data at all (no name, phone,
-- village or address; at most the town it came from, for statistics); named feedback keeps the person's name, phone
-- and village, and all but "agree" is also filed as a matter for the owning office to answer. Feedback is never
-- edited: staff answer it, or hide it with a reason.
create table rights_feedback (
    id                       bigint        not null auto_increment primary key,
    version_id               bigint        not null,
    version_number           int           not null,
    item_id                  bigint        not null,
    item_key                 varchar(16)   not null,
    type                     varchar(16)   not null,
    body                     varchar(500)  null,
    named                    boolean       not null,
    author_name              varchar(64)   null,
    author_phone             varchar(11)   null,
    village_code             varchar(12)   null,
    town_code                varchar(9)    null,
    channel                  varchar(16)   not null,
    matter_id                bigint        null,
    submitted_at             datetime(3)   not null,
    answer                   varchar(2000) null,
    answered_at              datetime(3)   null,
    answered_by              varchar(64)   null,
    hidden                   boolean       not null default false,
    hidden_reason            varchar(200)  null,
    hidden_at                datetime(3)   null,
    hidden_by                varchar(64)   null,
    adopted_version_id       bigint        null,
    adopted_version_number   int           null,
    version                  int           not null default 0,
    created_at               datetime(3)   not null,
    updated_at               datetime(3)   not null,
    constraint fk_rights_feedback_version foreign key (version_id) references rights_list_version (id),
    constraint fk_rights_feedback_item foreign key (item_id) references rights_list_item (id),
    constraint fk_rights_feedback_matter foreign key (matter_id) references matter (id),
    constraint fk_rights_feedback_adopted foreign key (adopted_version_id) references rights_list_version (id),
    constraint uk_rights_feedback_matter unique (matter_id),
    constraint ck_rights_feedback_type check (type in ('AGREE', 'SUGGEST', 'OBJECT', 'ASK')),
    constraint ck_rights_feedback_anonymous check (
        named or (author_name is null and author_phone is null and village_code is null and matter_id is null)),
    constraint ck_rights_feedback_named check (
        not named or (author_name is not null and author_phone is not null and village_code is not null)),
    constraint ck_rights_feedback_hidden check (not hidden or hidden_reason is not null),
    -- the public pages: an item's visible feedback, newest first; the staff list by version
    index ix_rights_feedback_item (item_id, hidden, submitted_at),
    index ix_rights_feedback_version (version_id, submitted_at),
    index ix_rights_feedback_key (item_key, submitted_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Which feedback on the version before a changed item took up (the trace a new version shows).
create table rights_item_adoption (
    item_id      bigint  not null,
    feedback_id  bigint  not null,
    primary key (item_id, feedback_id),
    constraint fk_rights_item_adoption_item foreign key (item_id) references rights_list_item (id),
    constraint fk_rights_item_adoption_feedback foreign key (feedback_id) references rights_feedback (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- One key per feedback form: a double tap or a resubmitted page stores the feedback once (as filing_key for matters).
create table rights_feedback_key (
    submission_key  varchar(64)  not null primary key,
    feedback_id     bigint       null,
    created_at      datetime(3)  not null,
    constraint fk_rights_feedback_key_feedback foreign key (feedback_id) references rights_feedback (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
