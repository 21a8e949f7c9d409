/** Shared services every feature uses: the working-day calendar. */
package org.bianmin.shared.application;
