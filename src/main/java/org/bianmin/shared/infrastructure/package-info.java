/** Datasource definition, schema migrations and demo data loading. */
package org.bianmin.shared.infrastructure;
