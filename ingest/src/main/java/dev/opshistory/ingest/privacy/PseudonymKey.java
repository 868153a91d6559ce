package dev.opshistory.ingest.privacy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Map;

/**
 * The secret key of the pseudonyms' HMAC: from the environment variable {@value #KEY_VARIABLE} (its UTF-8
 * bytes), else from the file named by {@value #KEY_FILE_VARIABLE} (its bytes, without a trailing line break),
 * else 32 random bytes for this run only. Only {@link #origin()} is ever shown: neither {@link #toString()} nor
 * {@link #describe()} holds the key.
 */
public final class PseudonymKey {

    /** Environment variable holding the key itself. */
    public static final String KEY_VARIABLE = "OPSHISTORY_PSEUDONYM_KEY";
    /** Environment variable naming a file that holds the key. */
    public static final String KEY_FILE_VARIABLE = "OPSHISTORY_PSEUDONYM_KEY_FILE";

    private static final int RANDOM_KEY_BYTES = 32;

    /** Where the key came from. */
    public enum Origin {
        /** {@value #KEY_VARIABLE}. */
        ENVIRONMENT,
        /** The file named by {@value #KEY_FILE_VARIABLE}. */
        FILE,
        /** Drawn at random for this run: pseudonyms are stable within the run only. */
        RANDOM
    }

    private final byte[] bytes;
    private final Origin origin;

    private PseudonymKey(byte[] bytes, Origin origin) {
        if (bytes.length == 0) {
            throw new IllegalArgumentException("the pseudonym key is empty");
        }
        this.bytes = bytes.clone();
        this.origin = origin;
    }

    /**
     * The key the environment gives, else a random one.
     *
     * @param environment the process environment ({@code System.getenv()})
     * @throws IllegalArgumentException when the key is empty or the key file cannot be read (the message names
     *                                  the file, never its content)
     */
    public static PseudonymKey fromEnvironment(Map<String, String> environment) {
        String key = environment.get(KEY_VARIABLE);
        if (key != null && !key.isEmpty()) {
            return new PseudonymKey(key.getBytes(StandardCharsets.UTF_8), Origin.ENVIRONMENT);
        }
        String file = environment.get(KEY_FILE_VARIABLE);
        if (file != null && !file.isBlank()) {
            return new PseudonymKey(readKeyFile(Path.of(file)), Origin.FILE);
        }
        return random();
    }

    /** A fresh random key, for this run only. */
    public static PseudonymKey random() {
        byte[] bytes = new byte[RANDOM_KEY_BYTES];
        new SecureRandom().nextBytes(bytes);
        return new PseudonymKey(bytes, Origin.RANDOM);
    }

    /** A key of these bytes (tests, and callers with a key of their own). */
    public static PseudonymKey of(byte[] bytes) {
        return new PseudonymKey(bytes, Origin.ENVIRONMENT);
    }

    public Origin origin() {
        return origin;
    }

    /** One line for stderr saying where the key came from and what that means for the pseudonyms. */
    public String describe() {
        return switch (origin) {
            case ENVIRONMENT -> "pseudonymize: key from " + KEY_VARIABLE + "; pseudonyms are stable across runs with"
                    + " the same key";
            case FILE -> "pseudonymize: key from the file named by " + KEY_FILE_VARIABLE + "; pseudonyms are stable"
                    + " across runs with the same key";
            case RANDOM -> "pseudonymize: neither " + KEY_VARIABLE + " nor " + KEY_FILE_VARIABLE + " is set, so a random"
                    + " key is used: pseudonyms are stable within this run only";
        };
    }

    byte[] bytes() {
        return bytes.clone();
    }

    private static byte[] readKeyFile(Path file) {
        byte[] content;
        try {
            content = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read the pseudonym key file named by " + KEY_FILE_VARIABLE
                    + ": " + file, e);
        }
        int end = content.length;
        while (end > 0 && (content[end - 1] == '\n' || content[end - 1] == '\r')) {
            end--;
        }
        if (end == 0) {
            throw new IllegalArgumentException("the pseudonym key file named by " + KEY_FILE_VARIABLE + " is empty: "
                    + file);
        }
        return Arrays.copyOf(content, end);
    }

    @Override
    public String toString() {
        return "PseudonymKey[" + origin + "]";
    }
}
