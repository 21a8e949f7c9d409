/** The owning office's pages under /staff/rights/: versions, a version's items and publishing, feedback, stages. */
package org.bianmin.rights.web.staff;
