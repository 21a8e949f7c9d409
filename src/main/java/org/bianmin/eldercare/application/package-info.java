/**
 * Home-care use cases: filing applications (kiosk, helper), the stages up to the district's decision and the
 * hand-over to the service plan, the village posting and objections, and the administrator's lists and rules.
 */
package org.bianmin.eldercare.application;
