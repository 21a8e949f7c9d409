/**
 * 四议两公开: a village's decision matters (议事事项), the four discussions that must pass in order, each checked against
 * the quorum and majority the law asks for, and the two disclosures (决议公开, 实施结果公开).
 */
package org.bianmin.notice.domain;
