/**
 * The Open311 endpoints under {@code /api/open311/v2} (Jakarta REST), their JSON (JSON-P) and XML (StAX) writers and
 * the spec's error format; the administrator's API-key page.
 */
package org.bianmin.api.web;
