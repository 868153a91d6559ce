package dev.opshistory.reports.warehouse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The SQL of one analysis: {@code /sql/<name>.sql} on the class path, one statement per file. Values are
 * bound as {@code ?} parameters or read from session variables, never pasted into the text.
 */
public final class SqlResource {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private SqlResource() {
    }

    /**
     * The statement in {@code /sql/<name>.sql}, without its trailing semicolon.
     *
     * @throws IllegalArgumentException when there is no such resource
     */
    public static String load(String name) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not an SQL resource name: " + name);
        }
        return CACHE.computeIfAbsent(name, SqlResource::read);
    }

    private static String read(String name) {
        String path = "/sql/" + name + ".sql";
        try (InputStream in = SqlResource.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no SQL resource " + path);
            }
            String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
            return sql.endsWith(";") ? sql.substring(0, sql.length() - 1) : sql;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + path, e);
        }
    }
}
