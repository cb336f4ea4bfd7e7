package dev.glyphic.persistence.setup;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Small edits of PostgreSQL JDBC URLs. */
public final class JdbcUrls {
    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]+)(/[^?]*)?(\\?.*)?$");

    private JdbcUrls() {
    }

    /**
     * The same server and parameters, another database. A {@code user=} parameter is dropped: it would override the
     * role the pool logs in as, and a superuser in the URL silently bypasses Row Level Security.
     */
    public static String withDatabase(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + url);
        }
        String query = m.group(3) == null ? "" : m.group(3)
                .replaceAll("([?&])(user|password)=[^&]*&?", "$1")
                .replaceAll("[?&]$", "");
        return m.group(1) + "/" + database + query;
    }
}
