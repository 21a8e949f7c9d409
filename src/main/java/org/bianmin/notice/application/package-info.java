/**
 * Use cases of the decision register (四议两公开): a village clerk's matters, meetings and disclosures, the town's
 * review, the register sheet and its Excel export, the district's settings and the result-disclosure reminder. Each
 * public method is one transaction and checks permission and data scope itself.
 */
package org.bianmin.notice.application;
