/**
 * 居家养老: applications for government-purchased home care, the eligibility rules staff are shown, and the stages an
 * application passes in order (village check and posting, town verification, ability assessment, district approval,
 * service plan).
 */
package org.bianmin.eldercare.domain;
