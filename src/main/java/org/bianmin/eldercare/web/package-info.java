/** 居家养老 pages: providers (admin), plans, reviews and statistics (staff), recipients (public). */
package org.bianmin.eldercare.web;
