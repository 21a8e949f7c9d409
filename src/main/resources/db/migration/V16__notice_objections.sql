-- Objections (异议) to a published disclosure of a decision matter (四议两公开). Each objection is a routed matter
-- (type NOTICE_OBJECTION, to the village's town office); the person's name and phone live only on that matter. This
-- row links the disclosure and the matter, keeps the reason for the office, and the answer the office gave when it
-- resolved the matter, which the public notice shows without anything about who objected.
create table notice_objection (
    id             bigint        not null auto_increment primary key,
    decision_id    bigint        not null,
    disclosure_id  bigint        not null,
    matter_id      bigint        not null,
    channel        varchar(16)   not null,
    reason         varchar(500)  not null,
    submitted_at   datetime(3)   not null,
    answer         varchar(2000) null,
    answered_at    datetime(3)   null,
    version        int           not null default 0,
    created_at     datetime(3)   not null,
    updated_at     datetime(3)   not null,
    constraint fk_notice_objection_decision foreign key (decision_id) references decision_matter (id),
    constraint fk_notice_objection_disclosure foreign key (disclosure_id) references decision_disclosure (id),
    constraint fk_notice_objection_matter foreign key (matter_id) references matter (id),
    constraint uk_notice_objection_matter unique (matter_id),
    -- the notice page counts a matter's objections and lists the answered ones, newest first
    index ix_notice_objection_decision (decision_id, submitted_at)
) engine = InnoDB default charset = utf8mb4 collate = utf8mb4_unicode_ci;
