package dev.glyphic.persistence.testing;

import dev.glyphic.application.port.out.auth.TokenDigest;
import dev.glyphic.application.port.out.auth.UserRepository;
import dev.glyphic.application.port.out.org.MembershipRepository;
import dev.glyphic.application.port.out.org.OrganizationRepository;
import dev.glyphic.application.port.out.transaction.Transactions;
import dev.glyphic.domain.identity.DisplayName;
import dev.glyphic.domain.identity.Email;
import dev.glyphic.domain.identity.User;
import dev.glyphic.domain.identity.UserId;
import dev.glyphic.domain.org.Membership;
import dev.glyphic.domain.org.OrgId;
import dev.glyphic.domain.org.Organization;
import dev.glyphic.domain.org.Role;
import dev.glyphic.domain.org.Slug;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh rows for one test, created through the real ports in the scope a use case would use, so tests never share
 * data. Also a superuser count, to look at what was stored behind Row Level Security.
 */
public final class TestData {
    private static final HexFormat HEX = HexFormat.of();

    private final Transactions transactions = PersistenceContext.bean(Transactions.class);
    private final UserRepository users = PersistenceContext.bean(UserRepository.class);
    private final OrganizationRepository organizations = PersistenceContext.bean(OrganizationRepository.class);
    private final MembershipRepository memberships = PersistenceContext.bean(MembershipRepository.class);

    /** Now, at the microsecond precision PostgreSQL keeps, so stored instants compare equal to the ones written. */
    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    /** Twelve random hex digits. */
    public static String unique() {
        byte[] bytes = new byte[6];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HEX.formatHex(bytes);
    }

    public static Email email() {
        return Email.of("person-" + unique() + "@example.com");
    }

    public static Slug slug() {
        return Slug.of("s-" + unique());
    }

    public static TokenDigest digest() {
        return new TokenDigest(unique() + unique() + unique());
    }

    public static Organization newOrg() {
        return Organization.found(DisplayName.of("Org"), slug(), now());
    }

    public User user() {
        User user = User.register(email(), DisplayName.of("Person"), now());
        if (!transactions.global(() -> users.insert(user, Optional.empty()))) {
            throw new IllegalStateException("random email collided: " + user.email());
        }
        return user;
    }

    /** A new organization with its owner. */
    public OrgId org(UserId owner) {
        Organization org = newOrg();
        transactions.inTenant(org.id(), () -> organizations.insert(org)
                && memberships.insert(new Membership(org.id(), owner, Role.OWNER, now())));
        return org.id();
    }

    public void join(OrgId org, UserId user, Role role) {
        transactions.inTenant(org, () -> memberships.insert(new Membership(org, user, role, now())));
    }

    /** {@code select count(*) …} as a superuser, past Row Level Security. */
    public static long count(String sql, Object... params) {
        try (Connection su = TestDatabase.get().superuser(); PreparedStatement s = su.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Runs a statement as a superuser, past Row Level Security: for what no port does (breaking a row on purpose). */
    public static void execute(String sql, Object... params) {
        try (Connection su = TestDatabase.get().superuser(); PreparedStatement s = su.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            s.execute();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The first column of every row, as text, as a superuser past Row Level Security. */
    public static java.util.List<String> texts(String sql, Object... params) {
        try (Connection su = TestDatabase.get().superuser(); PreparedStatement s = su.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                s.setObject(i + 1, params[i]);
            }
            java.util.List<String> rows = new java.util.ArrayList<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rows.add(rs.getString(1));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
