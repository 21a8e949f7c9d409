-- Demo data (never in production): 居家养老 providers and service plans, loaded after V10 (the applications).
-- Five providers with differing areas, two of them switched off. Plans: 黄富贵 (V10, 金鸡村, approved) gets a plan
-- starting this month; two earlier recipients of 三门村 and 高岩村 (invented, with their whole history) have plans:
-- 吴秀英's is due for its six-monthly review now (the reminder job files the town's reminder matter at its next run),
-- 郑德福's ended (died). 李秀珍 (V10) is left waiting for her plan. Names, ID numbers and phones are invented. Rows
-- of V10 are found by tracking number, never by id.

insert into care_provider (name, contact_person, contact_phone, note, active, version, created_at, updated_at) values
('三家镇幸福居家养老服务中心', '罗慧', '0825-6612001', '示例数据', true, 0, now(3), now(3)),
('玉丰镇康乐养老服务站', '蒋平', '0825-6613002', '示例数据', true, 0, now(3), now(3)),
('安居区颐养护理院上门服务部', '邓医生', '0825-6614003', '示例数据：只在三门村、金鸡村上门', true, 0, now(3), now(3)),
('磨溪镇邻里互助助餐点', '唐大姐', '13881906004', '示例数据：合同到期，已停用', false, 0, now(3), now(3)),
('三门村老年协会助餐点', '孙会长', '13881906005', '示例数据：已并入三家镇服务中心，停用', false, 0, now(3), now(3));

insert into care_provider_area (provider_id, place_code)
select p.id, a.code from care_provider p join (
    select '三家镇幸福居家养老服务中心' name, '510904110' code union all
    select '玉丰镇康乐养老服务站', '510904111' union all
    select '安居区颐养护理院上门服务部', '510904110201' union all
    select '安居区颐养护理院上门服务部', '510904111201' union all
    select '磨溪镇邻里互助助餐点', '510904113' union all
    select '三门村老年协会助餐点', '510904110201') a on a.name = p.name;

insert into care_provider_service (provider_id, option_id)
select p.id, o.id from care_provider p join (
    select '三家镇幸福居家养老服务中心' name, 'MEAL' code union all
    select '三家镇幸福居家养老服务中心', 'CLEANING' union all
    select '三家镇幸福居家养老服务中心', 'BATHING' union all
    select '三家镇幸福居家养老服务中心', 'EMERGENCY_CALL' union all
    select '三家镇幸福居家养老服务中心', 'COMPANIONSHIP' union all
    select '玉丰镇康乐养老服务站', 'MEAL' union all
    select '玉丰镇康乐养老服务站', 'MEDICAL_ESCORT' union all
    select '玉丰镇康乐养老服务站', 'EMERGENCY_CALL' union all
    select '玉丰镇康乐养老服务站', 'COMPANIONSHIP' union all
    select '安居区颐养护理院上门服务部', 'BATHING' union all
    select '安居区颐养护理院上门服务部', 'MEDICAL_ESCORT' union all
    select '安居区颐养护理院上门服务部', 'REHABILITATION' union all
    select '磨溪镇邻里互助助餐点', 'MEAL' union all
    select '三门村老年协会助餐点', 'MEAL') s on s.name = p.name
join care_service_option o on o.code = s.code;

-- 黄富贵 (V10, approved 15 days ago): the plan is made today and starts next month.
set @a = (select id from care_application where tracking_number = 'AJ20261101-7108-08' and stage = 'SERVICE_PLAN');
insert into care_plan (application_id, village_code, provider_id, hours_per_month, monthly_subsidy, start_month, next_review_on, status, created_by, version, created_at, updated_at)
select a.id, a.village_code, (select id from care_provider where name = '玉丰镇康乐养老服务站'), 24, 200.00,
       date_format(curdate() + interval 1 month, '%Y-%m-01'), date_format(curdate() + interval 7 month, '%Y-%m-01'),
       'ACTIVE', 'minzheng.staff', 0, now(3), now(3)
from care_application a where a.id = @a;
insert into care_plan_service (plan_id, option_id)
select p.id, o.id from care_plan p join care_service_option o on o.code in ('MEAL', 'MEDICAL_ESCORT', 'EMERGENCY_CALL')
where p.application_id = @a;
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at)
select @a, (select count(*) from care_application_move m where m.application_id = @a), 'SERVICE_PLAN', 'IN_SERVICE', null,
       'minzheng.staff', now(3)
from dual where @a is not null;
update care_application set stage = 'IN_SERVICE', stage_due_on = null, version = version + 1 where id = @a;

-- 吴秀英 (三门村): approved seven months ago, in service since six months ago; the review is due now.
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20260401-7111-11', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '吴秀英', '510904193905120225', '13881907111', '510904110201', 'HELPER', (select id from office where code = 'TC-510904110'), 'RESOLVED', 49, curdate() - interval 8 month, curdate() - interval 7 month + interval 20 day, curdate() - interval 7 month, '已批准居家养老服务，将制定服务计划。', false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, curdate() - interval 8 month + interval 9 hour, null, 'sanmen.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@m, curdate() - interval 8 month + interval 9 hour, null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null),
(@m, curdate() - interval 7 month + interval 15 hour, 7, 'minzheng.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED', (select id from office where code = 'TC-510904110'), '已批准居家养老服务，将制定服务计划。');
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20260401-7111-11', @m, '510904110201', '510904110', '吴秀英', '510904193905120225', '13881907111', '三门村6组2号', null, null, null, '吴小华', '13981907111', 'CHILD', '吴小华', 'CHILD', 'HELPER', 11, 'sanmen.helper', true, 'met: AGE80-OR-DISABLED-AND-POOR', 'IN_SERVICE', null, curdate() - interval 8 month + interval 2 day, '孙红梅、村医', '已入户核实：与申请情况相符。', curdate() - interval 8 month + interval 3 day, curdate() - interval 8 month + interval 9 day, curdate() - interval 8 month + interval 13 day, 'sanjia.staff', '吴评估', curdate() - interval 8 month + interval 22 day, 48, 'MODERATELY_IMPAIRED', 'minzheng.staff', curdate() - interval 7 month, null, null, 0, curdate() - interval 8 month + interval 9 hour, now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'LIVES_ALONE'), (@a, 'VERY_OLD'), (@a, 'MINIMUM_LIVING_ALLOWANCE');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('MEAL', 'CLEANING', 'EMERGENCY_CALL');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'sanmen.clerk', curdate() - interval 8 month + interval 3 day + interval 11 hour),
(@a, 1, 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT', null, 'sanjia.staff', curdate() - interval 8 month + interval 13 day + interval 11 hour),
(@a, 2, 'ABILITY_ASSESSMENT', 'DISTRICT_APPROVAL', null, 'assessor', curdate() - interval 8 month + interval 22 day + interval 11 hour),
(@a, 3, 'DISTRICT_APPROVAL', 'SERVICE_PLAN', null, 'minzheng.staff', curdate() - interval 7 month + interval 11 hour),
(@a, 4, 'SERVICE_PLAN', 'IN_SERVICE', null, 'minzheng.staff', curdate() - interval 7 month + interval 5 day + interval 11 hour);
insert into care_plan (application_id, village_code, provider_id, hours_per_month, monthly_subsidy, start_month, next_review_on, status, created_by, version, created_at, updated_at) values
(@a, '510904110201', (select id from care_provider where name = '三家镇幸福居家养老服务中心'), 20, 200.00,
 date_format(curdate() - interval 6 month, '%Y-%m-01'), date_format(curdate(), '%Y-%m-01'), 'ACTIVE', 'minzheng.staff', 0,
 curdate() - interval 7 month + interval 5 day + interval 11 hour, now(3));
set @p = last_insert_id();
insert into care_plan_service (plan_id, option_id) select @p, id from care_service_option where code in ('MEAL', 'CLEANING', 'EMERGENCY_CALL');

-- 郑德福 (高岩村): in service from five months ago until he died last month.
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20260501-7112-12', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '郑德福', '510904193702080155', '13881907112', '510904110202', 'KIOSK', (select id from office where code = 'TC-510904110'), 'RESOLVED', 49, curdate() - interval 7 month, curdate() - interval 6 month + interval 20 day, curdate() - interval 6 month, '已批准居家养老服务，将制定服务计划。', false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, curdate() - interval 7 month + interval 9 hour, null, 'villager', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@m, curdate() - interval 7 month + interval 9 hour, null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null),
(@m, curdate() - interval 6 month + interval 15 hour, 7, 'minzheng.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED', (select id from office where code = 'TC-510904110'), '已批准居家养老服务，将制定服务计划。');
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20260501-7112-12', @m, '510904110202', '510904110', '郑德福', '510904193702080155', '13881907112', '高岩村1组8号', null, null, null, '郑小兵', '13981907112', 'CHILD', '郑小兵', 'CHILD', 'KIOSK', null, null, true, 'met: AGE80-OR-DISABLED-AND-POOR', 'IN_SERVICE', null, curdate() - interval 7 month + interval 2 day, '高岩村村医', '已入户核实：与申请情况相符。', curdate() - interval 7 month + interval 3 day, curdate() - interval 7 month + interval 9 day, curdate() - interval 7 month + interval 12 day, 'sanjia.staff', '吴评估', curdate() - interval 7 month + interval 20 day, 22, 'COMPLETELY_LOST', 'minzheng.staff', curdate() - interval 6 month, null, null, 0, curdate() - interval 7 month + interval 9 hour, now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'VERY_OLD'), (@a, 'DISABLED_IN_DAILY_LIVING'), (@a, 'EXTREME_POVERTY');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('BATHING', 'REHABILITATION', 'MEDICAL_ESCORT');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'sanmen.clerk', curdate() - interval 7 month + interval 3 day + interval 11 hour),
(@a, 1, 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT', null, 'sanjia.staff', curdate() - interval 7 month + interval 12 day + interval 11 hour),
(@a, 2, 'ABILITY_ASSESSMENT', 'DISTRICT_APPROVAL', null, 'assessor', curdate() - interval 7 month + interval 20 day + interval 11 hour),
(@a, 3, 'DISTRICT_APPROVAL', 'SERVICE_PLAN', null, 'minzheng.staff', curdate() - interval 6 month + interval 11 hour),
(@a, 4, 'SERVICE_PLAN', 'IN_SERVICE', null, 'minzheng.staff', curdate() - interval 6 month + interval 4 day + interval 11 hour);
insert into care_plan (application_id, village_code, provider_id, hours_per_month, monthly_subsidy, start_month, next_review_on, status, end_reason, end_note, ended_on, created_by, version, created_at, updated_at) values
(@a, '510904110202', (select id from care_provider where name = '三家镇幸福居家养老服务中心'), 30, 300.00,
 date_format(curdate() - interval 5 month, '%Y-%m-01'), null, 'ENDED', 'DIED', '家属告知，服务终止。',
 curdate() - interval 1 month, 'minzheng.staff', 1, curdate() - interval 6 month + interval 4 day + interval 11 hour, now(3));
set @p = last_insert_id();
insert into care_plan_service (plan_id, option_id) select @p, id from care_service_option where code in ('BATHING', 'COMPANIONSHIP');
