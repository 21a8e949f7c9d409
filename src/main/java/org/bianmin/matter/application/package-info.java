/** The workflow's use cases: filing, acting, queues, tracking and rating, deadlines. */
package org.bianmin.matter.application;
