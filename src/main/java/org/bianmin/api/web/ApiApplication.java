package org.bianmin.api.web;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Jakarta REST under {@code /api}: the Open311 resource and its error mapper are found by scanning. Shiro lets
 * {@code /api/**} through (anon): the API checks its own keys.
 */
@ApplicationPath("/api")
public class ApiApplication extends Application {}
