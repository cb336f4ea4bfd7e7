package dev.glyphic.persistence.setup;

import java.util.Objects;

/**
 * Where the database is and the two roles Glyphic uses: the admin role owns the schema and runs migrations; the app
 * role serves requests and owns nothing, so Row Level Security applies to it.
 */
public record DatabaseSettings(String url, String appUser, String appPassword, String adminUser,
                               String adminPassword) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "database url");
        Objects.requireNonNull(appUser, "app user");
        Objects.requireNonNull(adminUser, "admin user");
        appPassword = appPassword == null ? "" : appPassword;
        adminPassword = adminPassword == null ? "" : adminPassword;
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", appUser=" + appUser + ", adminUser=" + adminUser + "]";
    }
}
