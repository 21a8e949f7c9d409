/** What an objection to a notice adds to the staff matter page: the notice and the reason, and that the reply is public. */
package org.bianmin.notice.web.objection;
