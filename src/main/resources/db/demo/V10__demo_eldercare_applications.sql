-- Demo data (never in production): 居家养老 applications at every stage up to approval, for 三门村 (三家镇) and
-- 金鸡村 (玉丰镇), and the care assessor's account. Names, ID numbers (valid check digits, invented) and phones are
-- invented. Dates are relative to the day the data are loaded: 刘德明's application is on 三门村's posting now
-- (/public/eldercare/village/510904110201); 陈淑芬's posting has ended and waits for the town; 李秀珍 and 黄富贵 are
-- approved and wait for a service plan; 孙国强 was refused; 周玉梅 (no rule met) waits for the district.

insert into user_account (id, username, display_name, password_hash, must_change_password, enabled, office_id, village_id, version, created_at, updated_at) values
(30, 'assessor', '吴评估', '$shiro2$argon2id$v=19$t=1,m=65536,p=4$1k5qcxmaxSzLNE+s16/LEA$N6Bwwpl7w3uszG7N3x5eCrb+amp4ElExWYYrKfaXUmU', false, true, null, null, 0, now(3), now(3));
insert into user_role (user_id, role) values (30, 'CARE_ASSESSOR');

-- 王桂兰: VILLAGE_CHECK
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7101-01', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '王桂兰', '510904194403150226', '13881907101', '510904110201', 'HELPER', (select id from office where code = 'TC-510904110'), 'ACCEPTED', 49, date_add(date_add(curdate(), interval -2 day), interval 9 hour), date_add(curdate(), interval 68 day), null, null, false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -2 day), interval 9 hour), null, 'sanmen.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@m, date_add(date_add(curdate(), interval -2 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null);
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7101-01', @m, '510904110201', '510904110', '王桂兰', '510904194403150226', '13881907101', '三门村2组5号', null, null, null, '王小军', '13981907101', 'CHILD', '王小军', 'CHILD', 'HELPER', 11, 'sanmen.helper', true, 'met: AGE80-OR-DISABLED-AND-POOR', 'VILLAGE_CHECK', date_add(curdate(), interval 12 day), null, null, null, null, null, null, null, null, null, null, null, null, null, null, null, 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'LIVES_ALONE'), (@a, 'VERY_OLD'), (@a, 'LOW_INCOME');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('MEAL', 'CLEANING', 'EMERGENCY_CALL');

-- 刘德明: TOWN_VERIFICATION
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7102-02', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '刘德明', '510904194208070116', '13881907102', '510904110201', 'HELPER', (select id from office where code = 'TC-510904110'), 'ACCEPTED', 49, date_add(date_add(curdate(), interval -6 day), interval 9 hour), date_add(curdate(), interval 64 day), null, null, false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -6 day), interval 9 hour), null, 'sanmen.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@m, date_add(date_add(curdate(), interval -6 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null);
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7102-02', @m, '510904110201', '510904110', '刘德明', '510904194208070116', '13881907102', '三门村4组18号', null, null, null, '刘小军', '13981907102', 'CHILD', '刘小军', 'CHILD', 'HELPER', 11, 'sanmen.helper', true, 'met: AGE80-OR-DISABLED-AND-POOR', 'TOWN_VERIFICATION', date_add(curdate(), interval 13 day), date_add(curdate(), interval -3 day), '孙红梅、村医', '已入户核实：与申请情况相符。', date_add(curdate(), interval -2 day), date_add(curdate(), interval 4 day), null, null, null, null, null, null, null, null, null, null, 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'EMPTY_NEST'), (@a, 'VERY_OLD'), (@a, 'MINIMUM_LIVING_ALLOWANCE');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('MEAL', 'MEDICAL_ESCORT');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'sanmen.clerk', date_add(date_add(curdate(), interval -2 day), interval 11 hour));

-- 陈淑芬: TOWN_VERIFICATION
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7103-03', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '陈淑芬', '510904193801220264', '13981907103', '510904110201', 'HELPER', (select id from office where code = 'TC-510904110'), 'ACCEPTED', 49, date_add(date_add(curdate(), interval -14 day), interval 9 hour), date_add(curdate(), interval 56 day), null, null, false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -14 day), interval 9 hour), null, 'sanmen.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@m, date_add(date_add(curdate(), interval -14 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null);
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7103-03', @m, '510904110201', '510904110', '陈淑芬', '510904193801220264', null, '三门村1组3号', '中风后右侧肢体活动不便，需人协助洗澡', date_add(date_add(curdate(), interval -14 day), interval 9 hour), '陈淑芬', '陈小军', '13981907103', 'CHILD', '陈小军', 'CHILD', 'HELPER', 11, 'sanmen.helper', true, 'met: AGE80-OR-DISABLED-AND-POOR', 'TOWN_VERIFICATION', date_add(curdate(), interval 6 day), date_add(curdate(), interval -10 day), '孙红梅、村医', '已入户核实：与申请情况相符。', date_add(curdate(), interval -9 day), date_add(curdate(), interval -3 day), null, null, null, null, null, null, null, null, null, null, 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'LIVES_ALONE'), (@a, 'DISABLED_IN_DAILY_LIVING'), (@a, 'EXTREME_POVERTY');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('BATHING', 'CLEANING', 'REHABILITATION');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'sanmen.clerk', date_add(date_add(curdate(), interval -9 day), interval 11 hour));

-- 赵永福: ABILITY_ASSESSMENT
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7104-04', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '赵永福', '510904194606300159', '13881907104', '510904111201', 'HELPER', (select id from office where code = 'TC-510904111'), 'ACCEPTED', 49, date_add(date_add(curdate(), interval -20 day), interval 9 hour), date_add(curdate(), interval 50 day), null, null, false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -20 day), interval 9 hour), null, 'jinji.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904111'), null),
(@m, date_add(date_add(curdate(), interval -20 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904111'), null);
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7104-04', @m, '510904111201', '510904111', '赵永福', '510904194606300159', '13881907104', '金鸡村3组7号', null, null, null, '赵小军', '13981907104', 'CHILD', '赵小军', 'CHILD', 'HELPER', 13, 'jinji.helper', true, 'met: AGE80-OR-DISABLED-AND-POOR', 'ABILITY_ASSESSMENT', date_add(curdate(), interval 15 day), date_add(curdate(), interval -18 day), '郑伟、村医', '已入户核实：与申请情况相符。', date_add(curdate(), interval -17 day), date_add(curdate(), interval -11 day), date_add(curdate(), interval -6 day), 'yufeng.staff', null, null, null, null, null, null, null, null, 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'LEFT_BEHIND'), (@a, 'SEVERELY_DISABLED'), (@a, 'LOW_INCOME');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('MEDICAL_ESCORT', 'COMPANIONSHIP');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'jinji.clerk', date_add(date_add(curdate(), interval -17 day), interval 11 hour)),
(@a, 1, 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT', null, 'yufeng.staff', date_add(date_add(curdate(), interval -6 day), interval 11 hour));

-- 周玉梅: DISTRICT_APPROVAL
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7105-05', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '周玉梅', '510904195809110245', '13881907105', '510904110201', 'HELPER', (select id from office where code = 'TC-510904110'), 'ACCEPTED', 49, date_add(date_add(curdate(), interval -28 day), interval 9 hour), date_add(curdate(), interval 42 day), null, null, false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -28 day), interval 9 hour), null, 'sanmen.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@m, date_add(date_add(curdate(), interval -28 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null);
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7105-05', @m, '510904110201', '510904110', '周玉梅', '510904195809110245', '13881907105', '三门村5组22号', null, null, null, '周小军', '13981907105', 'CHILD', '周小军', 'CHILD', 'HELPER', 11, 'sanmen.helper', false, 'no rule met', 'DISTRICT_APPROVAL', date_add(curdate(), interval 8 day), date_add(curdate(), interval -26 day), '孙红梅、村医', '已入户核实：与申请情况相符。', date_add(curdate(), interval -25 day), date_add(curdate(), interval -19 day), date_add(curdate(), interval -14 day), 'sanjia.staff', '吴评估', date_add(curdate(), interval -6 day), 58, 'MODERATELY_IMPAIRED', null, null, null, null, 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'LIVES_ALONE'), (@a, 'EMPTY_NEST');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('MEAL', 'COMPANIONSHIP');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'sanmen.clerk', date_add(date_add(curdate(), interval -25 day), interval 11 hour)),
(@a, 1, 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT', null, 'sanjia.staff', date_add(date_add(curdate(), interval -14 day), interval 11 hour)),
(@a, 2, 'ABILITY_ASSESSMENT', 'DISTRICT_APPROVAL', null, 'assessor', date_add(date_add(curdate(), interval -6 day), interval 11 hour));

-- 孙国强: REFUSED
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7106-06', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '孙国强', '510904195002020134', '13881907106', '510904111201', 'HELPER', (select id from office where code = 'TC-510904111'), 'RESOLVED', 49, date_add(date_add(curdate(), interval -40 day), interval 9 hour), date_add(curdate(), interval 30 day), date_add(date_add(curdate(), interval -12 day), interval 15 hour), '不予批准：能力评估为能力完好，且不属于特困、低保或低收入家庭，暂不符合政府购买服务条件。', false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -40 day), interval 9 hour), null, 'jinji.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904111'), null),
(@m, date_add(date_add(curdate(), interval -40 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904111'), null),
(@m, date_add(date_add(curdate(), interval -12 day), interval 15 hour), 7, 'minzheng.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED', (select id from office where code = 'TC-510904111'), '不予批准：能力评估为能力完好，且不属于特困、低保或低收入家庭，暂不符合政府购买服务条件。');
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7106-06', @m, '510904111201', '510904111', '孙国强', '510904195002020134', '13881907106', '金鸡村1组9号', null, null, null, '孙小军', '13981907106', 'CHILD', '孙小军', 'CHILD', 'HELPER', 13, 'jinji.helper', false, 'no rule met', 'REFUSED', null, date_add(curdate(), interval -38 day), '郑伟、村医', '已入户核实：与申请情况相符。', date_add(curdate(), interval -37 day), date_add(curdate(), interval -31 day), date_add(curdate(), interval -27 day), 'yufeng.staff', '吴评估', date_add(curdate(), interval -20 day), 92, 'INTACT', 'minzheng.staff', null, '能力评估为能力完好，且不属于特困、低保或低收入家庭，暂不符合政府购买服务条件。', date_add(curdate(), interval -12 day), 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'EMPTY_NEST');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('CLEANING');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'jinji.clerk', date_add(date_add(curdate(), interval -37 day), interval 11 hour)),
(@a, 1, 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT', null, 'yufeng.staff', date_add(date_add(curdate(), interval -27 day), interval 11 hour)),
(@a, 2, 'ABILITY_ASSESSMENT', 'DISTRICT_APPROVAL', null, 'assessor', date_add(date_add(curdate(), interval -20 day), interval 11 hour)),
(@a, 3, 'DISTRICT_APPROVAL', 'REFUSED', '能力评估为能力完好，且不属于特困、低保或低收入家庭，暂不符合政府购买服务条件。', 'minzheng.staff', date_add(date_add(curdate(), interval -12 day), interval 11 hour));

-- 李秀珍: SERVICE_PLAN
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7107-07', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '李秀珍', '510904194005180286', '13881907107', '510904110201', 'KIOSK', (select id from office where code = 'TC-510904110'), 'RESOLVED', 49, date_add(date_add(curdate(), interval -45 day), interval 9 hour), date_add(curdate(), interval 25 day), date_add(date_add(curdate(), interval -10 day), interval 15 hour), '已批准居家养老服务，将制定服务计划。', false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -45 day), interval 9 hour), null, 'villager', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904110'), null),
(@m, date_add(date_add(curdate(), interval -45 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904110'), null),
(@m, date_add(date_add(curdate(), interval -10 day), interval 15 hour), 7, 'minzheng.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED', (select id from office where code = 'TC-510904110'), '已批准居家养老服务，将制定服务计划。');
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7107-07', @m, '510904110201', '510904110', '李秀珍', '510904194005180286', '13881907107', '三门村3组11号', '患高血压、糖尿病，行走需拐杖', date_add(date_add(curdate(), interval -45 day), interval 9 hour), '李秀珍', '李小军', '13981907107', 'CHILD', '李小军', 'CHILD', 'KIOSK', null, null, true, 'met: AGE80-OR-DISABLED-AND-POOR', 'SERVICE_PLAN', date_add(curdate(), interval 4 day), date_add(curdate(), interval -43 day), '孙红梅、村医', '已入户核实：与申请情况相符。', date_add(curdate(), interval -42 day), date_add(curdate(), interval -36 day), date_add(curdate(), interval -33 day), 'sanjia.staff', '吴评估', date_add(curdate(), interval -24 day), 35, 'SEVERELY_IMPAIRED', 'minzheng.staff', date_add(curdate(), interval -10 day), null, null, 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'LIVES_ALONE'), (@a, 'VERY_OLD'), (@a, 'DISABLED_IN_DAILY_LIVING'), (@a, 'MINIMUM_LIVING_ALLOWANCE');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('MEAL', 'BATHING', 'CLEANING', 'EMERGENCY_CALL');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'sanmen.clerk', date_add(date_add(curdate(), interval -42 day), interval 11 hour)),
(@a, 1, 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT', null, 'sanjia.staff', date_add(date_add(curdate(), interval -33 day), interval 11 hour)),
(@a, 2, 'ABILITY_ASSESSMENT', 'DISTRICT_APPROVAL', null, 'assessor', date_add(date_add(curdate(), interval -24 day), interval 11 hour)),
(@a, 3, 'DISTRICT_APPROVAL', 'SERVICE_PLAN', null, 'minzheng.staff', date_add(date_add(curdate(), interval -10 day), interval 11 hour));

-- 黄富贵: SERVICE_PLAN
insert into matter (tracking_number, type, service_code, subject, applicant_name, applicant_id_number, applicant_phone, village_code, channel, office_id, status, promised_days, submitted_at, due_date, resolved_at, reply, overdue, version, created_at, updated_at) values
('AJ20261101-7108-08', 'ELDERCARE_APPLICATION', null, '居家养老服务申请', '黄富贵', '510904194111030177', '13881907108', '510904111201', 'HELPER', (select id from office where code = 'TC-510904111'), 'RESOLVED', 49, date_add(date_add(curdate(), interval -50 day), interval 9 hour), date_add(curdate(), interval 20 day), date_add(date_add(curdate(), interval -15 day), interval 15 hour), '已批准居家养老服务，将制定服务计划。', false, 0, now(3), now(3));
set @m = last_insert_id();
insert into matter_event (matter_id, occurred_at, actor_id, actor_name, action, from_status, to_status, office_id, comment) values
(@m, date_add(date_add(curdate(), interval -50 day), interval 9 hour), null, 'jinji.helper', 'FILE', null, 'SUBMITTED', (select id from office where code = 'TC-510904111'), null),
(@m, date_add(date_add(curdate(), interval -50 day), interval 9 hour), null, 'system', 'ACCEPT', 'SUBMITTED', 'ACCEPTED', (select id from office where code = 'TC-510904111'), null),
(@m, date_add(date_add(curdate(), interval -15 day), interval 15 hour), 7, 'minzheng.staff', 'RESOLVE', 'ACCEPTED', 'RESOLVED', (select id from office where code = 'TC-510904111'), '已批准居家养老服务，将制定服务计划。');
insert into care_application (tracking_number, matter_id, village_code, town_code, elder_name, elder_id_number, elder_phone, address, health_notes, health_consent_at, health_consent_by, guardian_name, guardian_phone, guardian_relation, applicant_name, applicant_relation, channel, helper_id, helper_name, eligible, eligibility_note, stage, stage_due_on, visited_on, visited_by, visit_findings, posting_starts_on, posting_ends_on, verified_on, verified_by, assessor_name, assessed_on, assessment_score, grade, decided_by, approved_on, refused_reason, refused_on, version, created_at, updated_at) values
('AJ20261101-7108-08', @m, '510904111201', '510904111', '黄富贵', '510904194111030177', '13881907108', '金鸡村2组14号', null, null, null, '黄小军', '13981907108', 'CHILD', '黄小军', 'CHILD', 'HELPER', 13, 'jinji.helper', true, 'met: AGE80-OR-DISABLED-AND-POOR', 'SERVICE_PLAN', date_add(curdate(), interval -1 day), date_add(curdate(), interval -48 day), '郑伟、村医', '已入户核实：与申请情况相符。', date_add(curdate(), interval -47 day), date_add(curdate(), interval -41 day), date_add(curdate(), interval -38 day), 'yufeng.staff', '吴评估', date_add(curdate(), interval -30 day), 64, 'MILDLY_IMPAIRED', 'minzheng.staff', date_add(curdate(), interval -15 day), null, null, 0, now(3), now(3));
set @a = last_insert_id();
insert into care_application_situation (application_id, situation) values (@a, 'VERY_OLD'), (@a, 'LEFT_BEHIND'), (@a, 'LOW_INCOME');
insert into care_application_service (application_id, option_id) select @a, id from care_service_option where code in ('MEAL', 'MEDICAL_ESCORT', 'EMERGENCY_CALL');
insert into care_application_move (application_id, position, from_stage, to_stage, reason, actor, moved_at) values
(@a, 0, 'VILLAGE_CHECK', 'TOWN_VERIFICATION', null, 'jinji.clerk', date_add(date_add(curdate(), interval -47 day), interval 11 hour)),
(@a, 1, 'TOWN_VERIFICATION', 'ABILITY_ASSESSMENT', null, 'yufeng.staff', date_add(date_add(curdate(), interval -38 day), interval 11 hour)),
(@a, 2, 'ABILITY_ASSESSMENT', 'DISTRICT_APPROVAL', null, 'assessor', date_add(date_add(curdate(), interval -30 day), interval 11 hour)),
(@a, 3, 'DISTRICT_APPROVAL', 'SERVICE_PLAN', null, 'minzheng.staff', date_add(date_add(curdate(), interval -15 day), interval 11 hour));
