package org.peerplanner.domain.common;

import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.MariaDBDialect;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolutionInfo;
import org.hibernate.engine.jdbc.dialect.spi.DialectResolver;

/**
 * MySQL Connector/J reports a MariaDB server as product "MySQL" with a version like
 * "5.5.5-10.11.9-MariaDB", so Hibernate would pick the MySQL dialect (and a 5.5 one at that).
 * The version string gives MariaDB away; everything else falls through to Hibernate's own detection.
 */
public class ServerAwareDialectResolver implements DialectResolver {

    @Override
    public Dialect resolveDialect(DialectResolutionInfo info) {
        String version = info.getDatabaseVersion();
        if (version != null && version.toLowerCase(java.util.Locale.ROOT).contains("mariadb")) {
            return new MariaDBDialect(info);
        }
        return null;
    }
}
