-- DEMO DATA (never in production): objections (异议) to notices of demo V8, so the public board shows how they are
-- counted and answered. One objection to 三门村's revised village rules was answered by 三家镇便民服务中心 (its reply
-- is the public answer); one to 高岩村's culture square result is waiting. The objectors' names and phones are on the
-- matters only (demo numbers), never on the board.

insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone,
                    village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply,
                    overdue, version, created_at, updated_at)
values ('AJ20261127-3001-71', 'NOTICE_OBJECTION', null, '对「修订《三门村村规民约》」的决议公开提出异议', '邓玉芬', null,
        '13881900071', '510904110201', 'KIOSK', (select id from office where code = 'TC-510904110'), 'RESOLVED', 10,
        date_sub(now(3), interval 2 day), date_add(curdate(), interval 12 day), date_sub(now(3), interval 1 day),
        '集中晒场设在村委会旁原小学操场，由村集体统一管理、免费使用；农忙时另在3组、5组设临时晒场。占道晒粮只在主干道禁止，入户小路不受影响。',
        false, 0, now(3), now(3));
set @o1 = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@o1, date_sub(now(3), interval 2 day), null, 'villager', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@o1, date_sub(now(3), interval 2 day), (select id from user_account where username = 'sanjia.staff'), 'sanjia.staff', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null),
(@o1, date_sub(now(3), interval 1 day), (select id from user_account where username = 'sanjia.staff'), 'sanjia.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED', (select id from office where code = 'TC-510904110'),
 '集中晒场设在村委会旁原小学操场，由村集体统一管理、免费使用；农忙时另在3组、5组设临时晒场。占道晒粮只在主干道禁止，入户小路不受影响。');

insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone,
                    village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply,
                    overdue, version, created_at, updated_at)
values ('AJ20261128-3002-72', 'NOTICE_OBJECTION', null, '对「高岩村文化广场建设」的实施结果公开提出异议', '黄志强', null,
        '13990400072', '510904110202', 'WEB', (select id from office where code = 'TC-510904110'), 'SUBMITTED', 10,
        date_sub(now(3), interval 1 day), null, null, null, false, 0, now(3), now(3));
set @o2 = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@o2, date_sub(now(3), interval 1 day), null, 'villager', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null);

insert into notice_objection (decision_id, disclosure_id, matter_id, channel, reason, submitted_at, answer, answered_at,
                              version, created_at, updated_at) values
(2, (select id from decision_disclosure where matter_id = 2 and kind = 'RESOLUTION'), @o1, 'KIOSK',
 '集中晒场设在哪里、收不收费，决议里没有写清楚；禁止占道晒粮以后，住在坡上的人家没有地方晒谷子。',
 date_sub(now(3), interval 2 day),
 '集中晒场设在村委会旁原小学操场，由村集体统一管理、免费使用；农忙时另在3组、5组设临时晒场。占道晒粮只在主干道禁止，入户小路不受影响。',
 date_sub(now(3), interval 1 day), 0, now(3), now(3)),
(4, (select id from decision_disclosure where matter_id = 4 and kind = 'RESULT'), @o2, 'WEB',
 '公示的使用资金338600元，请公开健身器材和路灯的采购明细。',
 date_sub(now(3), interval 1 day), null, null, 0, now(3), now(3));
