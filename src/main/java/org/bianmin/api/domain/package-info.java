/**
 * The Open311 API's own rules: API keys (issued to an outside system, stored only as a hash, revocable) and how the
 * workflow's statuses read in Open311's two words.
 */
package org.bianmin.api.domain;
