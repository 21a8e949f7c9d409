/**
 * Use cases of the Open311 GeoReport v2 API: read the catalogue and the public face of requests (no personal data),
 * file a request for an API client, issue and revoke API keys, and throttle each client.
 */
package org.bianmin.api.application;
