package org.bianmin.shared.infrastructure;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The portal's one datasource. The class name is fixed (a variable one is silently ignored by Payara); only the
 * address and the credentials come from MicroProfile Config, i.e. from BIANMIN_DB_URL, BIANMIN_DB_USER and
 * BIANMIN_DB_PASSWORD in production.
 */
@DataSourceDefinition(
        name = "java:app/jdbc/bianmin",
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=bianmin.db.url}",
        user = "${MPCONFIG=bianmin.db.user}",
        password = "${MPCONFIG=bianmin.db.password}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            "characterEncoding=UTF-8",
            "connectionTimeZone=Asia/Shanghai",
            "cachePrepStmts=true",
            "useServerPrepStmts=false",
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=auto-commit",
            "fish.payara.fail-all-connections=true"
        })
@Singleton
public class DataSourceConfig {}
