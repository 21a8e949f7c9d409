/** Cross-cutting web plumbing: language choice, themes, messages, error pages. */
package org.bianmin.shared.web;
