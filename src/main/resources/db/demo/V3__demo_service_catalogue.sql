-- DEMO DATA: a service catalogue of 24 items drawn from the seed's themes. Not an official catalogue.
insert into service_item (id, code, name_zh, name_en, category, description, materials, promised_days, helper_may_file, active, version, created_at, updated_at) values
(1, 'HOUSE-SAFETY', '农村住房安全鉴定', 'Rural house safety check', 'HOUSING', '对农村自建房进行安全鉴定，评定房屋危险等级，结果作为危房改造的依据。', '户主身份证
户口簿
房屋照片（正面、侧面各一张）', 10, true, true, 0, now(3), now(3)),
(2, 'HOUSE-RENOVATION', '农村危房改造补助申请', 'Dilapidated rural house renovation grant', 'HOUSING', '经鉴定为C级或D级危房的困难家庭，可申请危房改造补助。', '户主身份证
户口簿
房屋安全鉴定结论
低保证或特困证明（如有）', 20, true, true, 0, now(3), now(3)),
(3, 'HOMESTEAD', '农村宅基地和建房（规划许可）申请', 'Homestead and rural house building application', 'HOUSING', '本村村民申请宅基地新建、改建或扩建住房，经村、镇审查后报批。', '申请人身份证
户口簿
建房申请书
宅基地选址示意
村民小组会议记录', 20, true, true, 0, now(3), now(3)),
(4, 'WATER-CONNECT', '自来水入户接通', 'Tap-water connection', 'FACILITIES', '为农户办理自来水入户安装和接通。', '户主身份证
房屋位置说明', 5, true, true, 0, now(3), now(3)),
(5, 'ROAD-REPAIR', '村组道路损坏报修', 'Village road repair', 'FACILITIES', '村组道路出现坑洼、塌方、断裂等，报请修复。', '现场照片', 5, true, true, 0, now(3), now(3)),
(6, 'STREETLIGHT', '路灯损坏报修', 'Street light repair', 'FACILITIES', '村内路灯不亮、损坏的报修。', '现场照片（如有）', 5, true, true, 0, now(3), now(3)),
(7, 'DRAIN-REPAIR', '沟渠排水疏通报修', 'Drain and ditch clearing', 'FACILITIES', '沟渠、排水沟堵塞或损坏，报请疏通修复。', '现场照片（如有）', 5, true, true, 0, now(3), now(3)),
(8, 'POWER-FAULT', '农村用电故障报修转办', 'Power fault report', 'FACILITIES', '农户用电故障，由镇便民服务中心转供电所处理。', null, 3, true, true, 0, now(3), now(3)),
(9, 'RUBBISH', '生活垃圾清运', 'Household rubbish collection', 'ENVIRONMENT', '垃圾收集点清运不及时、垃圾桶损坏等问题。', null, 3, true, true, 0, now(3), now(3)),
(10, 'TOILET', '农村户厕改造补助', 'Rural toilet renovation grant', 'ENVIRONMENT', '农户改造卫生厕所，验收合格后申请补助。', '户主身份证
一卡通（社保卡）
改厕前后照片', 10, true, true, 0, now(3), now(3)),
(11, 'SEWAGE', '生活污水问题反映', 'Household sewage problem', 'ENVIRONMENT', '生活污水直排、管网堵塞等问题。', null, 5, true, true, 0, now(3), now(3)),
(12, 'DIBAO', '最低生活保障申请', 'Minimum living allowance (低保) application', 'ASSISTANCE', '家庭人均收入低于当地低保标准的，可申请最低生活保障。', '申请人身份证
户口簿
家庭收入情况说明
一卡通（社保卡）
残疾证或病历（如有）', 20, true, true, 0, now(3), now(3)),
(13, 'TEMP-ASSIST', '临时救助申请', 'Temporary assistance application', 'ASSISTANCE', '因突发事件、意外伤害、重大疾病等导致生活暂时困难的家庭可申请。', '申请人身份证
户口簿
相关证明（医疗票据、事故证明等）', 7, true, true, 0, now(3), now(3)),
(14, 'TEKUN', '特困人员供养申请', 'Support for people in extreme poverty (特困)', 'ASSISTANCE', '无劳动能力、无生活来源、无法定赡养抚养扶养义务人的老年人、残疾人和未成年人可申请。', '申请人身份证
户口簿
相关证明材料', 20, true, true, 0, now(3), now(3)),
(15, 'MEDICAL-ENROL', '城乡居民医保参保登记', 'Residents'' medical insurance enrolment', 'INSURANCE', '城乡居民基本医疗保险参保登记、信息变更。', '参保人身份证
户口簿', 5, true, true, 0, now(3), now(3)),
(16, 'MEDICAL-CLAIM', '医疗费用手工报销', 'Medical expenses reimbursement', 'INSURANCE', '异地就医等未能直接结算的医疗费用报销。', '参保人身份证
医疗费用发票原件
费用清单
出院小结', 15, true, true, 0, now(3), now(3)),
(17, 'PENSION-ENROL', '城乡居民养老保险参保', 'Residents'' pension insurance enrolment', 'INSURANCE', '城乡居民基本养老保险参保登记和缴费档次变更。', '参保人身份证
户口簿', 5, true, true, 0, now(3), now(3)),
(18, 'OLD-AGE-ALLOWANCE', '高龄津贴申请', 'Old-age allowance application', 'ELDERLY_AND_DISABLED', '年满80周岁的本区户籍老年人可申请高龄津贴。', '老人身份证
户口簿
一卡通（社保卡）', 10, true, true, 0, now(3), now(3)),
(19, 'DISABILITY-CERT', '残疾人证办理', 'Disability certificate', 'ELDERLY_AND_DISABLED', '申领、换领、补办第二代残疾人证，需到指定医院评定。', '本人身份证
户口簿
近期二寸免冠照片
相关病历', 15, true, true, 0, now(3), now(3)),
(20, 'DISABILITY-SUBSIDY', '残疾人两项补贴申请', 'Disability living and care subsidies', 'ELDERLY_AND_DISABLED', '困难残疾人生活补贴和重度残疾人护理补贴。', '残疾人证
身份证
一卡通（社保卡）', 15, true, true, 0, now(3), now(3)),
(21, 'ELDER-MEAL', '老年助餐服务登记', 'Elderly meal service registration', 'ELDERLY_AND_DISABLED', '登记村（社区）老年食堂助餐服务。', '老人身份证', 5, true, true, 0, now(3), now(3)),
(22, 'HOUSEHOLD-CERT', '户籍证明开具', 'Household registration certificate', 'OTHER', '开具户籍、亲属关系等证明。', '本人身份证
户口簿', 3, true, true, 0, now(3), now(3)),
(23, 'FARMLAND-SUBSIDY', '耕地地力保护补贴信息核对', 'Farmland subsidy check', 'OTHER', '耕地地力保护补贴面积、账户信息核对和更正。', '承包经营权证
一卡通（社保卡）', 10, true, true, 0, now(3), now(3)),
(24, 'DISPUTE', '邻里纠纷调解申请', 'Neighbour dispute mediation', 'OTHER', '邻里、土地、赡养等纠纷申请村、镇调解。本事项需本人到场，不能代办。', '本人身份证', 10, false, true, 0, now(3), now(3));

insert into service_field (id, item_id, field_key, type, required, position, label_zh, label_en, help_zh, help_en) values
(1, 1, 'house_age', 'NUMBER', true, 0, '房屋已建成多少年', 'Age of the house in years', '大约的年数即可', null),
(2, 1, 'structure', 'SINGLE_CHOICE', true, 1, '房屋结构', 'Structure of the house', null, null),
(3, 1, 'problems', 'MULTIPLE_CHOICE', false, 2, '发现的问题', 'Problems seen', null, null),
(4, 2, 'grade', 'SINGLE_CHOICE', true, 0, '鉴定等级', 'Safety grade', null, null),
(5, 2, 'household', 'NUMBER', true, 1, '家庭人口', 'People in the household', null, null),
(6, 3, 'kind', 'SINGLE_CHOICE', true, 0, '建房类型', 'Kind of building', null, null),
(7, 3, 'area', 'NUMBER', true, 1, '拟用地面积（平方米）', 'Planned plot area (m²)', '四川省规定每人不超过30平方米', null),
(8, 4, 'wanted_date', 'DATE', false, 0, '希望安装的日期', 'Preferred installation date', null, null),
(9, 5, 'place', 'TEXT', true, 0, '损坏地点', 'Where the damage is', '例如：三组王家院子旁', null),
(10, 5, 'danger', 'SINGLE_CHOICE', true, 1, '是否影响通行', 'Does it block traffic?', null, null),
(11, 6, 'place', 'TEXT', true, 0, '路灯位置', 'Where the light is', '例如：村委会门口第二盏', null),
(12, 6, 'count', 'NUMBER', false, 1, '损坏盏数', 'How many lights', null, null),
(13, 7, 'place', 'TEXT', true, 0, '地点', 'Where', null, null),
(14, 8, 'scope', 'SINGLE_CHOICE', true, 0, '停电范围', 'How far the outage reaches', null, null),
(15, 9, 'place', 'TEXT', true, 0, '收集点位置', 'Where the collection point is', null, null),
(16, 9, 'issue', 'MULTIPLE_CHOICE', true, 1, '问题', 'The problem', null, null),
(17, 10, 'kind', 'SINGLE_CHOICE', true, 0, '改厕类型', 'Kind of toilet', null, null),
(18, 11, 'place', 'TEXT', true, 0, '地点', 'Where', null, null),
(19, 12, 'household', 'NUMBER', true, 0, '家庭人口', 'People in the household', null, null),
(20, 12, 'income', 'NUMBER', true, 1, '家庭月收入（元）', 'Household monthly income (yuan)', '所有家庭成员收入合计', null),
(21, 12, 'reasons', 'MULTIPLE_CHOICE', true, 2, '困难原因', 'Why the household is in hardship', null, null),
(22, 13, 'cause', 'SINGLE_CHOICE', true, 0, '困难原因', 'What happened', null, null),
(23, 13, 'since', 'DATE', true, 1, '发生日期', 'Since when', null, null),
(24, 14, 'care', 'SINGLE_CHOICE', true, 0, '供养方式意愿', 'Preferred care', null, null),
(25, 15, 'people', 'NUMBER', true, 0, '参保人数', 'People to enrol', null, null),
(26, 15, 'kind', 'SINGLE_CHOICE', true, 1, '办理事项', 'What to do', null, null),
(27, 16, 'amount', 'NUMBER', true, 0, '费用总额（元）', 'Total amount (yuan)', null, null),
(28, 16, 'hospital', 'TEXT', true, 1, '就诊医院', 'Hospital', null, null),
(29, 17, 'grade', 'SINGLE_CHOICE', false, 0, '缴费档次', 'Contribution level', null, null),
(30, 19, 'kind', 'SINGLE_CHOICE', true, 0, '办理类型', 'What to do', null, null),
(31, 19, 'type', 'SINGLE_CHOICE', false, 1, '残疾类别', 'Kind of disability', null, null),
(32, 21, 'meals', 'MULTIPLE_CHOICE', true, 0, '需要的餐次', 'Meals wanted', null, null),
(33, 21, 'delivery', 'SINGLE_CHOICE', true, 1, '是否需要送餐', 'Delivery needed?', null, null),
(34, 22, 'purpose', 'TEXT', true, 0, '证明用途', 'What the certificate is for', null, null),
(35, 23, 'area', 'NUMBER', true, 0, '承包面积（亩）', 'Contracted area (mu)', null, null),
(36, 24, 'parties', 'NUMBER', true, 0, '涉及几户', 'How many households', null, null),
(37, 24, 'kind', 'SINGLE_CHOICE', true, 1, '纠纷类型', 'Kind of dispute', null, null);

insert into service_field_choice (field_id, position, choice_key, name_zh, name_en) values
(2, 0, 'brick', '砖混', 'Brick and concrete'),
(2, 1, 'earth', '土木', 'Earth and timber'),
(2, 2, 'stone', '石木', 'Stone and timber'),
(2, 3, 'other', '其他', 'Other'),
(3, 0, 'cracks', '墙体开裂', 'Cracked walls'),
(3, 1, 'roof', '屋顶漏雨', 'Leaking roof'),
(3, 2, 'tilt', '房屋倾斜', 'Leaning'),
(3, 3, 'foundation', '地基下沉', 'Sinking foundation'),
(4, 0, 'C', 'C级', 'Grade C'),
(4, 1, 'D', 'D级', 'Grade D'),
(6, 0, 'new', '新建', 'New house'),
(6, 1, 'rebuild', '原址翻建', 'Rebuild on the same site'),
(6, 2, 'extend', '改扩建', 'Extension'),
(10, 0, 'blocked', '无法通行', 'Impassable'),
(10, 1, 'hard', '通行困难', 'Difficult'),
(10, 2, 'minor', '影响不大', 'Minor'),
(14, 0, 'house', '仅本户', 'This house only'),
(14, 1, 'group', '整个组', 'The whole group'),
(14, 2, 'village', '全村', 'The whole village'),
(16, 0, 'late', '清运不及时', 'Not collected'),
(16, 1, 'bin', '垃圾桶损坏', 'Broken bin'),
(16, 2, 'smell', '异味严重', 'Bad smell'),
(17, 0, 'threegrid', '三格式', 'Three-chamber septic'),
(17, 1, 'biogas', '沼气池式', 'Biogas'),
(17, 2, 'sewer', '接入污水管网', 'Connected to sewer'),
(21, 0, 'illness', '疾病', 'Illness'),
(21, 1, 'disability', '残疾', 'Disability'),
(21, 2, 'old', '年老无劳动力', 'Old age'),
(21, 3, 'disaster', '灾害', 'Disaster'),
(21, 4, 'other', '其他', 'Other'),
(22, 0, 'illness', '重大疾病', 'Serious illness'),
(22, 1, 'accident', '意外事故', 'Accident'),
(22, 2, 'disaster', '自然灾害', 'Natural disaster'),
(22, 3, 'other', '其他', 'Other'),
(24, 0, 'home', '分散供养（在家）', 'At home'),
(24, 1, 'centre', '集中供养（敬老院）', 'In a care home'),
(26, 0, 'new', '新参保', 'New enrolment'),
(26, 1, 'change', '信息变更', 'Change details'),
(26, 2, 'stop', '停保', 'Stop'),
(29, 0, 'g200', '200元', '200 yuan'),
(29, 1, 'g500', '500元', '500 yuan'),
(29, 2, 'g1000', '1000元', '1,000 yuan'),
(29, 3, 'other', '其他', 'Other'),
(30, 0, 'new', '新办', 'New certificate'),
(30, 1, 'renew', '换领', 'Renewal'),
(30, 2, 'lost', '补办', 'Replacement'),
(31, 0, 'sight', '视力', 'Sight'),
(31, 1, 'hearing', '听力', 'Hearing'),
(31, 2, 'speech', '言语', 'Speech'),
(31, 3, 'limb', '肢体', 'Limb'),
(31, 4, 'intellect', '智力', 'Intellectual'),
(31, 5, 'mental', '精神', 'Mental'),
(32, 0, 'breakfast', '早餐', 'Breakfast'),
(32, 1, 'lunch', '午餐', 'Lunch'),
(32, 2, 'dinner', '晚餐', 'Dinner'),
(33, 0, 'yes', '需要送餐', 'Yes, deliver'),
(33, 1, 'no', '到食堂用餐', 'No, I will come'),
(37, 0, 'land', '土地', 'Land'),
(37, 1, 'neighbour', '邻里', 'Neighbours'),
(37, 2, 'family', '家庭赡养', 'Family support'),
(37, 3, 'other', '其他', 'Other');

-- district-level items go to their department; the rest follow the town rule of demo V2
insert into dispatch_rule (matter_type, service_code, place_code, office_id, active, version, created_at, updated_at)
select null, 'DISABILITY-CERT', null, id, true, 0, now(3), now(3) from office where code = 'D-CL';
insert into dispatch_rule (matter_type, service_code, place_code, office_id, active, version, created_at, updated_at)
select null, 'MEDICAL-CLAIM', null, id, true, 0, now(3), now(3) from office where code = 'D-YB';

-- the demo matters of V2 name the services they were filed for
update matter set service_code = 'HOUSE-SAFETY' where id = 1;
update matter set service_code = 'WATER-CONNECT' where id = 2;
update matter set service_code = 'STREETLIGHT' where id = 3;
update matter set service_code = 'TEMP-ASSIST' where id = 4;
update matter set service_code = 'DISABILITY-CERT' where id = 5;
update matter set service_code = 'TOILET' where id = 6;
update matter set service_code = 'RUBBISH' where id = 7;
update matter set service_code = 'OLD-AGE-ALLOWANCE' where id = 8;
update matter set service_code = 'HOMESTEAD' where id = 9;

