/** JPA repository of home-care applications, the service list, eligibility rules, settings and objections. */
package org.bianmin.eldercare.infrastructure;
