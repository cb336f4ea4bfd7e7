package dev.glyphic.bench;

import dev.glyphic.persistence.setup.JdbcUrls;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The database's own ceiling on this machine, in the same run: pgbench on a scratch database of the same server.
 * TPC-B-like (5 statements and a commit per transaction) and select-only (one primary-key read), with 8 clients as
 * the brief asks, and with 1 client, which is what the benchmark's one sequential HTTP client compares with. Then the
 * database's share of a save: a custom script that stores the saved document twice (workflow and first version) as
 * JSONB from text and commits, with one client.
 */
final class PgbenchCeiling {
    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)");
    private static final Pattern LATENCY = Pattern.compile("latency average = ([0-9.]+) ms");
    static final String SAVE_LIKE = "save-like: 2 × the document as jsonb + commit, 1 client";

    /** One pgbench run: its exact arguments, transactions per second and average transaction latency. */
    record Run(String label, String command, double tps, double latencyMillis) {
    }

    private final String jdbcUrl;
    private final String host;
    private final int port;
    private final String user;
    private final String password;

    PgbenchCeiling(String jdbcUrl, String user, String password) {
        URI uri = URI.create(jdbcUrl.substring("jdbc:".length()));
        this.jdbcUrl = jdbcUrl;
        this.host = uri.getHost();
        this.port = uri.getPort() < 0 ? 5432 : uri.getPort();
        this.user = user;
        this.password = password;
    }

    List<Run> measure(Connection superuser, String database, int seconds, String document)
            throws SQLException, IOException {
        try (Statement s = superuser.createStatement()) {
            s.execute("create database " + database);
        }
        try {
            pgbench("-i", "-q", "-s", "10", database);
            List<Run> runs = new ArrayList<>();
            String t = String.valueOf(seconds);
            runs.add(run("TPC-B-like, 8 clients", database, "-c", "8", "-j", "2", "-T", t));
            runs.add(run("select-only, 8 clients", database, "-c", "8", "-j", "2", "-T", t, "-S"));
            runs.add(run("TPC-B-like, 1 client", database, "-c", "1", "-j", "1", "-T", t));
            runs.add(run("select-only, 1 client", database, "-c", "1", "-j", "1", "-T", t, "-S"));
            Path script = saveLike(database, document);
            try {
                runs.add(run(SAVE_LIKE, database, "-n", "-c", "1", "-j", "1", "-T", t, "-f", script.toString()));
            } finally {
                Files.deleteIfExists(script);
            }
            return runs;
        } finally {
            try (Statement s = superuser.createStatement()) {
                s.execute("drop database if exists " + database + " with (force)");
            }
        }
    }

    /** Tables shaped like workflows and workflow_versions where it matters (JSONB, a derived node count, keys). */
    private Path saveLike(String database, String document) throws SQLException, IOException {
        try (Connection c = DriverManager.getConnection(JdbcUrls.withDatabase(jdbcUrl, database), user, password);
             Statement s = c.createStatement()) {
            s.execute("create table bench_document (d text not null)");
            s.execute("create table bench_workflows (id uuid primary key, definition jsonb not null, node_count int "
                    + "generated always as (jsonb_array_length(definition -> 'nodes')) stored)");
            s.execute("create table bench_versions (workflow_id uuid, version int, definition jsonb not null, "
                    + "primary key (workflow_id, version))");
            try (PreparedStatement insert = c.prepareStatement("insert into bench_document values (?)")) {
                insert.setString(1, document);
                insert.executeUpdate();
            }
        }
        Path script = Files.createTempFile("glyphic-save-like", ".sql");
        Files.writeString(script, """
                begin;
                select set_config('app.org_id', gen_random_uuid()::text, true);
                with w as (insert into bench_workflows (id, definition)
                           select gen_random_uuid(), d::jsonb from bench_document returning id)
                insert into bench_versions select w.id, 1, d.d::jsonb from w, bench_document d;
                commit;
                """);
        return script;
    }

    private Run run(String label, String database, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(database);
        String output = pgbench(all.toArray(String[]::new));
        Matcher tps = TPS.matcher(output);
        Matcher latency = LATENCY.matcher(output);
        if (!tps.find() || !latency.find()) {
            throw new IllegalStateException("pgbench said nothing about tps/latency:\n" + output);
        }
        String command = "pgbench " + String.join(" ", args).replaceAll("-f \\S+", "-f save-like.sql");
        return new Run(label, command, Double.parseDouble(tps.group(1)), Double.parseDouble(latency.group(1)));
    }

    private String pgbench(String... args) {
        List<String> command = new ArrayList<>(List.of("pgbench", "-h", host, "-p", String.valueOf(port), "-U", user));
        command.addAll(List.of(args));
        System.err.println("  " + String.join(" ", command));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (!password.isEmpty()) {
                builder.environment().putAll(Map.of("PGPASSWORD", password));
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run pgbench (is it on the PATH?): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
