/** Pages of the decision register: the clerk's desk, the town's review and read-only list, the admin settings. */
package org.bianmin.notice.web;
