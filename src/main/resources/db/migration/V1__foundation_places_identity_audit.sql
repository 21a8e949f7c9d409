-- Places (district > town/sub-district > village/community) and the offices that receive work.
create table place (
    id          bigint       not null auto_increment primary key,
    code        varchar(12)  not null,
    name        varchar(100) not null,
    name_en     varchar(100) null,
    level       varchar(16)  not null,
    parent_id   bigint       null,
    active      boolean      not null default true,
    sample      boolean      not null default false,
    version     int          not null default 0,
    created_at  datetime(3)  not null,
    updated_at  datetime(3)  not null,
    constraint uk_place_code unique (code),
    constraint fk_place_parent foreign key (parent_id) references place (id),
    index ix_place_parent (parent_id, active, code)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table office (
    id             bigint       not null auto_increment primary key,
    code           varchar(32)  not null,
    name           varchar(100) not null,
    name_en        varchar(100) null,
    kind           varchar(32)  not null,
    place_id       bigint       not null,
    supervisor_id  bigint       null,
    active         boolean      not null default true,
    sample         boolean      not null default false,
    version        int          not null default 0,
    created_at     datetime(3)  not null,
    updated_at     datetime(3)  not null,
    constraint uk_office_code unique (code),
    constraint fk_office_place foreign key (place_id) references place (id),
    constraint fk_office_supervisor foreign key (supervisor_id) references office (id),
    index ix_office_place (place_id, active)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Staff accounts. Villagers never have accounts: they are identified per matter.
create table user_account (
    id                    bigint       not null auto_increment primary key,
    username              varchar(64)  not null,
    display_name          varchar(64)  not null,
    password_hash         varchar(255) not null,
    must_change_password  boolean      not null default true,
    enabled               boolean      not null default true,
    office_id             bigint       null,
    village_id            bigint       null,
    last_sign_in_at       datetime(3)  null,
    version               int          not null default 0,
    created_at            datetime(3)  not null,
    updated_at            datetime(3)  not null,
    constraint uk_user_account_username unique (username),
    constraint fk_user_account_office foreign key (office_id) references office (id),
    constraint fk_user_account_village foreign key (village_id) references place (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create table user_role (
    user_id  bigint      not null,
    role     varchar(32) not null,
    primary key (user_id, role),
    constraint fk_user_role_user foreign key (user_id) references user_account (id)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- Failed sign-ins per typed user name, known or not, so that an unknown name behaves like a known one.
create table login_throttle (
    username          varchar(64)  not null primary key,
    failures          int          not null,
    first_failure_at  datetime(3)  not null,
    locked_until      datetime(3)  null
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

-- The audit log: append-only (the triggers below refuse changes and deletions).
create table audit_entry (
    id           bigint        not null auto_increment primary key,
    occurred_at  datetime(3)   not null,
    actor_id     bigint        null,
    actor_name   varchar(64)   null,
    action       varchar(48)   not null,
    object_type  varchar(48)   null,
    object_id    varchar(64)   null,
    summary      varchar(2000) null,
    source_ip    varchar(45)   null,
    index ix_audit_time (occurred_at),
    index ix_audit_actor (actor_name, occurred_at),
    index ix_audit_action (action, occurred_at),
    index ix_audit_object (object_type, object_id, occurred_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;

create trigger audit_entry_no_update before update on audit_entry
    for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only';

create trigger audit_entry_no_delete before delete on audit_entry
    for each row signal sqlstate '45000' set message_text = 'audit_entry is append-only';
