/** Backing beans of the workflow's pages: staff queues and matter detail, the tracking page, dispatch rules. */
package org.bianmin.matter.web;
