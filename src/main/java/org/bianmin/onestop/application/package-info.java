/** Use cases: edit the catalogue, file a request (kiosk, helper, API) exactly once, record the helper's steps. */
package org.bianmin.onestop.application;
